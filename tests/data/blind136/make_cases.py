#!/usr/bin/env python3
"""Regenerate the blind136 evaluation set (case folders + labels.yaml) next to this file.

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries; no clock, no randomness.
Only the standard library, PyYAML and zoneinfo are used. Every UTC offset is computed with
zoneinfo (Europe/Stockholm, Europe/Copenhagen; EU DST starts 2026-03-29) and every weekday
named in the text is asserted.
"""
import base64
import json
import os
import quopri
import re
import shutil
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from html import escape
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
STO = ZoneInfo("Europe/Stockholm")
CPH = ZoneInfo("Europe/Copenhagen")
UTC = timezone.utc

OWNER = "ingrid.falkmadsen@example.com"
OWNER_NAME = "Ingrid Falk Madsen"
WORK = "ingrid.falk@kvarnfors.example"   # current employer; auto-forwarded to OWNER

# --------------------------------------------------------------------------- dates

_WD = {}
for i, names in enumerate([
        ("måndag", "mån", "mandag", "man", "monday", "mon"),
        ("tisdag", "tis", "tirsdag", "tirs", "tuesday", "tue"),
        ("onsdag", "ons", "wednesday", "wed"),
        ("torsdag", "tors", "thursday", "thu"),
        ("fredag", "fre", "friday", "fri"),
        ("lördag", "lør", "lørdag", "saturday", "sat"),
        ("söndag", "søndag", "sunday", "sun")]):
    for n in names:
        _WD[n] = i


def wd(y, m, d, name):
    """Assert that the weekday written in a text is right."""
    got = date(y, m, d).weekday()
    assert got == _WD[name.lower().rstrip(".")], (y, m, d, name, got)


def L(tz, y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def iso(dt):
    return dt.isoformat()


def rfc(dt):
    return format_datetime(dt)


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def lstamp(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


SV_MON = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]
SV_MON_AB = ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.",
             "nov.", "dec."]
SV_DAY = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
SV_DAY_AB = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"]
DA_MON = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
DA_MON_AB = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
             "nov.", "dec."]
DA_DAY = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
DA_DAY_AB = ["man.", "tirs.", "ons.", "tors.", "fre.", "lør.", "søn."]
EN_MON_AB = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
EN_DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_DAY_AB = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def en_hm(dt):
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h}{ap}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{ap}"


# --------------------------------------------------------------------------- MIME

def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


def fa(name, email):
    return formataddr((name, email), charset="utf-8")


def enc(body, cte):
    if isinstance(body, str):
        body = body.encode("utf-8")
    if cte == "base64":
        return base64.encodebytes(body).decode("ascii")
    if cte == "quoted-printable":
        out = quopri.encodestring(body).decode("ascii")
        return out if out.endswith("\n") else out + "\n"
    out = body.decode("utf-8")
    return out if out.endswith("\n") else out + "\n"


def leaf(ctype, body, cte="quoted-printable", extra=()):
    return ([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)] + list(extra),
            enc(body, cte))


def text(body, sub="plain", cte="quoted-printable", charset="UTF-8", params=""):
    return leaf(f'text/{sub}; charset="{charset}"{params}', body, cte)


def multi(sub, boundary, parts):
    body = ""
    for ph, pb in parts:
        body += f"--{boundary}\n" + "".join(f"{k}: {v}\n" for k, v in ph) + "\n" + pb + "\n"
    body += f"--{boundary}--\n"
    return ([("Content-Type", f'multipart/{sub}; boundary="{boundary}"')], body)


def attach(ctype, filename, data, cte="base64"):
    return leaf(f'{ctype}; name="{filename}"', data, cte,
                [("Content-Disposition", f'attachment; filename="{filename}"')])


def message(headers, part):
    ph, pb = part
    out = "".join(f"{k}: {v}\n" for k, v in headers)
    out += "MIME-Version: 1.0\n"
    out += "".join(f"{k}: {v}\n" for k, v in ph)
    return (out + "\n" + pb).encode("utf-8")


def received(by_host, from_host, ip, sent, for_addr=OWNER, ident="ESMTPS"):
    t = rfc(sent.astimezone(UTC) + timedelta(seconds=2))
    return ("Received", f"from {from_host} ({from_host} [{ip}])\n        by {by_host} with "
            f"{ident} id {abs(hash_str(from_host + t)) % 10**10:010d}\n        for <{for_addr}>; {t}")


def hash_str(s):
    # tiny deterministic string hash (python's hash() is salted)
    h = 2166136261
    for ch in s.encode("utf-8"):
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    return h


def owner_hdrs(sent, from_host, ip, forwarded=False):
    hs = [("Delivered-To", OWNER),
          received("mx1.example.com", from_host, ip, sent)]
    if forwarded:
        hs += [("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{WORK} {OWNER}")]
    return hs


def to_html(txt, style="font-family:Arial,sans-serif"):
    out = []
    quote = False
    for line in txt.split("\n"):
        if line.startswith(">"):
            if not quote:
                out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                           'padding-left:1ex">')
                quote = True
            line = line[1:].lstrip()
        elif quote:
            out.append("</blockquote>")
            quote = False
        out.append(f"<div>{escape(line)}</div>" if line.strip() else "<div><br></div>")
    if quote:
        out.append("</blockquote>")
    return f'<div dir="ltr" style="{style}">' + "\n".join(out) + "</div>\n"


# --------------------------------------------------------------------------- iCalendar

def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, cur_len, limit = [], "", 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if cur_len + n > limit:
            out.append(cur)
            cur, cur_len, limit = " ", 1, 75
        cur += ch
        cur_len += n
    out.append(cur)
    return "\r\n".join(out)


def ical(lines):
    return "".join(fold(x) + "\r\n" for x in lines)


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def vtz_windows(tzid):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
            "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
            "END:DAYLIGHT", "END:VTIMEZONE"]


def vtz_iana(tzid):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
            "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
            "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD", "END:VTIMEZONE"]


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE",
             google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp}"
                f";CN={name};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}:mailto:{email}"


# --------------------------------------------------------------------------- Google Calendar

GTXT = {
    "sv": dict(org="Organisatör", guests="Gäster", orgtag="organisatör",
               all="Visa all gästinformation", meet="Gå med i Google Meet",
               phone="Ring in", reply="Svara för {o} och visa mer information",
               footer="Inbjudan från Google Kalender",
               why="Du får det här mejlet eftersom du är gäst vid händelsen.",
               fwd=("Om du vidarebefordrar inbjudan kan mottagaren svara organisatören, läggas "
                    "till på gästlistan, bjuda in andra oavsett sin egen inbjudningsstatus eller "
                    "ändra ditt OSA."),
               loc="Plats", inv="Inbjudan", upd="Uppdaterad inbjudan",
               cancel="Inställd händelse",
               changed="Den här händelsen har ändrats.",
               cancelled="Den här händelsen har ställts in och tagits bort från din kalender.",
               tzname={"CET": "Centraleuropeisk normaltid - Stockholm",
                        "CEST": "Centraleuropeisk sommartid - Stockholm"}),
    "da": dict(org="Arrangør", guests="Gæster", orgtag="arrangør",
               all="Se alle oplysninger om gæster", meet="Deltag med Google Meet",
               phone="Deltag via telefon", reply="Svar for {o}, og se flere oplysninger",
               footer="Invitation fra Google Kalender",
               why="Du modtager denne mail, fordi du er gæst i begivenheden.",
               fwd=("Hvis du videresender invitationen, kan modtagerne svare arrangøren, blive "
                    "tilføjet gæstelisten, invitere andre eller ændre dit svar."),
               loc="Sted", inv="Invitation", upd="Opdateret invitation",
               cancel="Aflyst begivenhed",
               changed="Denne begivenhed er blevet ændret.",
               cancelled="Denne begivenhed er blevet aflyst og fjernet fra din kalender.",
               tzname={"CET": "Centraleuropæisk normaltid - København",
                       "CEST": "Centraleuropæisk sommertid - København"}),
    "en": dict(org="Organizer", guests="Guests", orgtag="organizer",
               all="View all guest info", meet="Join with Google Meet", phone="Join by phone",
               reply="Reply for {o} and view more details",
               footer="Invitation from Google Calendar",
               why="You are receiving this email because you are an attendee on the event.",
               fwd=("Forwarding this invitation could allow any recipient to send a response to "
                    "the organizer, be added to the guest list, invite others regardless of "
                    "their own invitation status, or modify your RSVP."),
               loc="Location", inv="Invitation", upd="Updated invitation",
               cancel="Canceled event",
               changed="This event has been changed.",
               cancelled="This event has been canceled and removed from your calendar.",
               tzname={"CET": "Central European Time - Copenhagen",
                       "CEST": "Central European Time - Copenhagen"}),
}


def g_subject_when(lang, s, e):
    tzn = s.tzname()
    if lang == "sv":
        return (f"{SV_DAY_AB[s.weekday()]} {s.day} {SV_MON_AB[s.month-1]} {s.year} "
                f"{s:%H:%M} - {e:%H:%M} ({tzn})")
    if lang == "da":
        return (f"{DA_DAY_AB[s.weekday()]} {s.day}. {DA_MON_AB[s.month-1]} {s.year} "
                f"{s:%H.%M} - {e:%H.%M} ({tzn})")
    return (f"{EN_DAY_AB[s.weekday()]} {EN_MON_AB[s.month-1]} {s.day}, {s.year} "
            f"{en_hm(s)} - {en_hm(e)} ({tzn})")


def g_body_when(lang, s, e):
    if lang == "sv":
        return f"{SV_DAY[s.weekday()]} {s.day} {SV_MON[s.month-1]} {s.year} ⋅ {s:%H:%M} – {e:%H:%M}"
    if lang == "da":
        return f"{DA_DAY[s.weekday()]} {s.day}. {DA_MON[s.month-1]} {s.year} ⋅ {s:%H.%M} – {e:%H.%M}"
    return (f"{EN_DAY[s.weekday()]} {EN_MON_AB[s.month-1]} {s.day}, {s.year} ⋅ "
            f"{en_hm(s)} – {en_hm(e)}")


def google_invite(*, lang, title, start, end, organizer, guests, uid, sent, msgid, boundary,
                  description="", location="", meet=None, seq=0, kind="new", cancel_note="",
                  created=None, to=OWNER):
    """guests: list of (name, email, partstat); organizer=(name, email)."""
    T = GTXT[lang]
    prefix = {"new": T["inv"], "upd": T["upd"], "cancel": T["cancel"]}[kind]
    subject = f"{prefix}: {title} @ {g_subject_when(lang, start, end)} ({to})"
    eid = base64.b64encode(f"{uid.split('@')[0]} {to}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    tzline = T["tzname"][start.tzname()]
    lines = []
    if kind == "upd":
        lines += [T["changed"], ""]
    if kind == "cancel":
        lines += [T["cancelled"], ""]
        if cancel_note:
            lines += [cancel_note, ""]
    lines += [title, g_body_when(lang, start, end), tzline, ""]
    if location:
        lines += [T["loc"], location, ""]
    if meet and kind != "cancel":
        lines += [T["meet"], f"https://meet.google.com/{meet}", ""]
    lines += [T["org"], organizer[0], organizer[1], ""]
    lines += [T["guests"]]
    for n, em, _ps in guests:
        if em == organizer[1]:
            lines += [f"{n} - {T['orgtag']}", em]
        elif n != em:
            lines += [n, em]
        else:
            lines += [em]
    lines += [f"{T['all']} {view}", ""]
    if description and kind != "cancel":
        lines += [description, ""]
    if kind != "cancel":
        lines += [f"{T['reply'].format(o=to)} {view}", ""]
    lines += ["", "~~//~~", f"{T['footer']}: https://calendar.google.com/calendar/", "",
              T["why"], "", T["fwd"]]
    plain = "\n".join(lines) + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body>' + to_html(plain, "font-family:Roboto,Helvetica,Arial,sans-serif")
            + "</body></html>\n")
    method = "CANCEL" if kind == "cancel" else "REQUEST"
    created = created or sent
    desc = description
    if meet:
        desc = (desc + "\n\n" if desc else "") + (
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"{T['meet']}: https://meet.google.com/{meet}\n\n"
            "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
            "Please do not edit this section.\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
           "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
           f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(sent)}",
           f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, em, ps in guests:
        if kind == "cancel":
            cal.append(attendee(n, em, ps, rsvp="FALSE", google=True))
        else:
            cal.append(attendee(n, em, ps, rsvp="TRUE", google=True))
    if meet:
        cal.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    cal += [f"CREATED:{zstamp(created)}", f"DESCRIPTION:{esc(desc)}",
            f"LAST-MODIFIED:{zstamp(sent)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
            "STATUS:" + ("CANCELLED" if kind == "cancel" else "CONFIRMED"),
            f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE"]
    if kind != "cancel":
        cal += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                "TRIGGER:-P0DT0H30M0S", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    ics = ical(cal)
    b1, b2 = boundary + "a1", boundary + "b2"
    alt = multi("alternative", b2, [
        text(plain, cte="base64", params="; format=flowed; delsp=yes"),
        text(html, "html"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', ics, "base64")])
    body = multi("mixed", b1, [alt, attach("application/ics", "invite.ics", ics)])
    name_hdr = fa(organizer[0], organizer[1])
    headers = [("Delivered-To", OWNER),
               received("mx1.example.com", "mail-sor-f69.google.com", "209.85.220.69", sent),
               ("Return-Path", f"<{hash_str(uid):08x}-calendar@calendar-server.bounces.google.com>"),
               ("Reply-To", name_hdr),
               ("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Message-ID", msgid),
               ("Date", rfc(sent.astimezone(UTC)).replace("-0000", "+0000")),
               ("Subject", hdr(subject)),
               ("From", name_hdr),
               ("To", to)]
    return message(headers, body)


# --------------------------------------------------------------------------- Outlook / Exchange

OTXT = {
    "sv": dict(when="När", where="Var", cancel="Inställt",
               tzlabel="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",
               lang="sv-SE"),
    "da": dict(when="Hvornår", where="Hvor", cancel="Aflyst",
               tzlabel="(UTC+01:00) Bruxelles, København, Madrid, Paris", lang="da-DK"),
    "en": dict(when="When", where="Where", cancel="Canceled",
               tzlabel="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", lang="en-GB"),
    "en-sto": dict(when="When", where="Where", cancel="Canceled",
                   tzlabel="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
                   lang="en-GB"),
}


def o_when(lang, s, e):
    if lang == "sv":
        d = f"den {s.day} {SV_MON[s.month-1]} {s.year}"
    elif lang == "da":
        d = f"{DA_DAY[s.weekday()]} {s.day}. {DA_MON[s.month-1]} {s.year}"
    else:
        d = f"{EN_DAY[s.weekday()]}, {s.day} {EN_MON[s.month-1]} {s.year}"
    return f"{d} {s:%H:%M}-{e:%H:%M} {OTXT[lang]['tzlabel']}."


TEAMS_BLOCK = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {num}
Passcode: {pw}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""


def outlook_invite(*, lang, subject, start, end, tzid, organizer, required, optional=(),
                   location, body, uid, sent, msgid, boundary, thread_index, seq=0,
                   cancel=False, to_hdr=None, forwarded=False, teams=None, me=OWNER,
                   host="EUR05-DB8-obe.outbound.protection.outlook.com", ip="40.107.22.51"):
    """required/optional: lists of (name, email). start/end aware local datetimes."""
    T = OTXT[lang]
    if cancel:
        subject = f"{T['cancel']}: {subject}"
    tz = start.tzinfo
    assert start.tzinfo is end.tzinfo
    plain = f"{T['when']}: {o_when(lang, start, end)}\n{T['where']}: {location}\n\n"
    plain += "*~*~*~*~*~*~*~*~*~*\n\n" + body.rstrip("\n") + "\n"
    if teams and not cancel:
        plain += "\n" + TEAMS_BLOCK.format(**teams) + "\n"
    html_lines = "".join(
        f'<p class="MsoNormal">{escape(x) if x.strip() else "&nbsp;"}</p>\n'
        for x in plain.split("\n"))
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n'
            f'<body lang="{T["lang"]}" link="#0563C1" vlink="#954F72">\n'
            f'<div class="WordSection1">\n{html_lines}</div>\n</body>\n</html>\n')
    method = "CANCEL" if cancel else "REQUEST"
    cal = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
           "VERSION:2.0"] + vtz_windows(tzid) + ["BEGIN:VEVENT",
           f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, em in required:
        cal.append(attendee(n, em, "NEEDS-ACTION", "REQ-PARTICIPANT"))
    for n, em in optional:
        cal.append(attendee(n, em, "NEEDS-ACTION", "OPT-PARTICIPANT"))
    desc = plain
    cal += [f"DESCRIPTION;LANGUAGE={T['lang']}:{esc(desc)}",
            f"UID:{uid}",
            f"SUMMARY;LANGUAGE={T['lang']}:{esc(subject)}",
            f"DTSTART;TZID={tzid}:{lstamp(start)}",
            f"DTEND;TZID={tzid}:{lstamp(end)}",
            "CLASS:PUBLIC", "PRIORITY:" + ("1" if cancel else "5"),
            f"DTSTAMP:{zstamp(sent)}", "TRANSP:" + ("TRANSPARENT" if cancel else "OPAQUE"),
            "STATUS:" + ("CANCELLED" if cancel else "CONFIRMED"), f"SEQUENCE:{seq}",
            f"LOCATION;LANGUAGE={T['lang']}:{esc(location)}",
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
            f"X-MICROSOFT-CDO-OWNERAPPTID:{-(hash_str(uid) % 2000000000)}",
            "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if cancel else "TENTATIVE"),
            "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if cancel else "BUSY"),
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
            "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if cancel else "1"),
            "X-MICROSOFT-CDO-INSTTYPE:0",
            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
            "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
            "X-MICROSOFT-ISRESPONSEREQUESTED:" + ("FALSE" if cancel else "TRUE")]
    if not cancel:
        cal += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                "ACTION:DISPLAY", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    ics = ical(cal)
    body_part = multi("alternative", boundary, [
        text(plain), text(html, "html"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics, "base64")])
    to_list = to_hdr or ", ".join(fa(n, e) for n, e in required if e != organizer[1])
    headers = owner_hdrs(sent, host, ip, forwarded) + [
        ("Return-Path", f"<{organizer[1]}>"),
        ("From", fa(*organizer)),
        ("To", to_list)]
    if optional:
        headers.append(("CC", ", ".join(fa(n, e) for n, e in optional)))
    headers += [("Subject", hdr(subject)), ("Thread-Topic", hdr(subject.split(": ", 1)[-1])),
                ("Thread-Index", thread_index), ("Date", rfc(sent)), ("Message-ID", msgid),
                ("Accept-Language", f"{T['lang']}, en-US"), ("Content-Language", T["lang"]),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                ("Content-class", "urn:content-classes:calendarmessage"),
                ("x-ms-publictraffictype", "Email")]
    return message(headers, body_part)


# --------------------------------------------------------------------------- misc content

def tiny_pdf(title):
    t = title.encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            None,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    stream = b"BT /F1 18 Tf 60 770 Td (" + t + b") Tj ET"
    objs[3] = b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def gmail_msg(*, frm, to, subject, sent, msgid, plain, boundary, cc=None, in_reply_to=None,
              references=None, forwarded=False, extra_parts=(), reply_to=None,
              host="mail-sor-f41.google.com", ip="209.85.220.41"):
    headers = owner_hdrs(sent, host, ip, forwarded)
    headers.append(("Return-Path", f"<{frm[1]}>"))
    if reply_to:
        headers.append(("Reply-To", reply_to))
    headers += [("From", fa(*frm)), ("Date", rfc(sent)), ("Message-ID", msgid)]
    if in_reply_to:
        headers.append(("In-Reply-To", in_reply_to))
        headers.append(("References", references or in_reply_to))
    headers += [("Subject", hdr(subject)), ("To", to)]
    if cc:
        headers.append(("Cc", cc))
    alt = multi("alternative", boundary + "00", [text(plain), text(to_html(plain), "html")])
    if extra_parts:
        part = multi("mixed", boundary + "ff", [alt] + list(extra_parts))
    else:
        part = alt
    return message(headers, part)


def outlook_msg(*, frm, to, subject, sent, msgid, plain, boundary, thread_index, cc=None,
                in_reply_to=None, references=None, lang="en-GB", attachments=(),
                forwarded=False, host="EUR03-AM7-obe.outbound.protection.outlook.com",
                ip="40.107.105.88"):
    html_lines = "".join(
        f'<p class="MsoNormal">{escape(x) if x.strip() else "&nbsp;"}</p>\n'
        for x in plain.split("\n"))
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n'
            f'<body lang="{lang}" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            f'{html_lines}</div>\n</body>\n</html>\n')
    headers = owner_hdrs(sent, host, ip, forwarded) + [
        ("Return-Path", f"<{frm[1]}>"), ("From", fa(*frm)), ("To", to)]
    if cc:
        headers.append(("CC", cc))
    headers += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^(RE|SV|VS|FW): ", "", subject))),
                ("Thread-Index", thread_index), ("Date", rfc(sent)), ("Message-ID", msgid)]
    if in_reply_to:
        headers += [("References", references or in_reply_to), ("In-Reply-To", in_reply_to)]
    headers += [("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
                ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
    alt = multi("alternative", boundary + "_alt_", [text(plain), text(html, "html")])
    if attachments:
        part = multi("mixed", boundary + "_mix_", [alt] + list(attachments))
    else:
        part = alt
    return message(headers, part)


# --------------------------------------------------------------------------- ATS vendors

def teamtailor_msg(*, company, sender, subject, sent, msgid, plain, boundary, token,
                   attachments=(), brand="#1f3a3d"):
    paras = "".join(f'<p style="margin:0 0 14px 0">{escape(p).replace(chr(10), "<br>")}</p>\n'
                    for p in plain.strip("\n").split("\n\n"))
    html = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width"></head>\n'
            '<body style="background:#f4f4f4;margin:0;padding:0">\n'
            '<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td '
            'align="center">\n<table width="600" cellpadding="0" cellspacing="0" '
            'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;'
            'line-height:22px;color:#222">\n'
            f'<tr><td style="background:{brand};padding:24px 32px;color:#fff;font-size:18px">'
            f'{escape(company)}</td></tr>\n<tr><td style="padding:32px">\n{paras}</td></tr>\n'
            '<tr><td style="padding:16px 32px;color:#999;font-size:12px">Skickat via '
            '<a href="https://www.teamtailor.com" style="color:#999">Teamtailor</a></td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n')
    headers = owner_hdrs(sent, "a7-19.smtp-out.eu-west-1.amazonses.com", "54.240.7.19") + [
        ("Return-Path", f"<0102019c{hash_str(msgid):08x}-bounces@eu-west-1.amazonses.com>"),
        ("From", fa(company, "no-reply@teamtailor-mail.com")),
        ("Reply-To", fa(sender, f"reply+{token}@teamtailor-mail.com")),
        ("To", fa(OWNER_NAME, OWNER)),
        ("Subject", hdr(subject)), ("Date", rfc(sent)), ("Message-ID", msgid),
        ("X-Mailer", "Teamtailor"),
        ("Feedback-ID", "1.eu-west-1.tt0Notif:AmazonSES")]
    alt = multi("alternative", boundary + "-alt", [text(plain), text(html, "html")])
    part = multi("mixed", boundary + "-mix", [alt] + list(attachments)) if attachments else alt
    return message(headers, part)


def varbi_msg(*, org, subject, sent, msgid, plain, boundary):
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body style="font-family:Arial,sans-serif;font-size:14px">\n'
            + "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>\n"
                      for p in plain.strip("\n").split("\n\n"))
            + '<p style="color:#888;font-size:11px">Detta meddelande har skickats via Varbi '
              'rekryteringssystem. Det går inte att svara på detta e-postmeddelande.</p>\n'
              '</body></html>\n')
    headers = owner_hdrs(sent, "mail2.varbi.com", "185.48.116.22") + [
        ("Return-Path", "<bounce@varbi.com>"),
        ("From", fa(org, "noreply@varbi.com")),
        ("To", OWNER),
        ("Subject", hdr(subject)), ("Date", rfc(sent)), ("Message-ID", msgid),
        ("X-Mailer", "Varbi")]
    return message(headers, multi("alternative", boundary, [
        text(plain, cte="quoted-printable"), text(html, "html", cte="base64")]))


# --------------------------------------------------------------------------- labels

def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start),
            "end": iso(end) if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup),
            "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes,
            "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# =========================================================================== positives

@case
def c01():
    slug = "b136-01-teamtailor-portfolio-review"
    co, role = "Skeppsholm Form", "Industridesigner – Konsumentelektronik"
    sara = ("Sara Lund", "sara.lund@skeppsholmform.example")
    annika = ("Annika Wahlberg", "annika.wahlberg@skeppsholmform.example")
    petter = ("Petter Ölund", "petter.olund@skeppsholmform.example")
    s, e = L(STO, 2026, 3, 9, 13, 0), L(STO, 2026, 3, 9, 14, 30)
    wd(2026, 3, 9, "måndag")
    items = []
    sent1 = L(STO, 2026, 2, 23, 9, 14, 7)
    p1 = f"""Hej Ingrid!

Tack för din ansökan till tjänsten {role} hos Skeppsholm Form. Vi har tagit emot dina dokument och din portfoliolänk.

Vi går igenom ansökningarna löpande och återkommer till dig så snart vi kan. Du kan när som helst se och uppdatera din ansökan via din kandidatsida: https://skeppsholmform.teamtailor.com/candidate/a8c31f0e

Vänliga hälsningar
Sara Lund
Talent Acquisition Partner, Skeppsholm Form
"""
    items.append(("01-tack-for-din-ansokan.eml", teamtailor_msg(
        company=co, sender=sara[0], subject=f"Tack för din ansökan – {role}", sent=sent1,
        msgid="<0102019c8a4f1d2e-6b1c0f7a-8d51-4c2e-9a47-1f3b5e8c2d10-000000@eu-west-1.amazonses.com>",
        plain=p1, boundary="tt-9f2c41d07be3", token="a8c31f0e77b24c51")))
    sent2 = L(STO, 2026, 3, 3, 10, 2, 41)
    p2 = f"""Hej Ingrid!

Tack för att du vill jobba hos oss. Vi har tittat igenom din portfolio och vill gärna träffa dig för en portfoliogenomgång.

Datum: måndag 9 mars 2026
Tid: 13:00–14:30
Plats: Skeppsholm Form, Hornsgatan 84, 118 21 Stockholm (ring på porttelefonen, 3 tr)

Du träffar Annika Wahlberg (designchef) och Petter Ölund (senior industridesigner). Planera gärna för ca 20 minuter där du går igenom två–tre projekt som du är stolt över, gärna med skisser och prototyper – resten av tiden blir ett samtal om rollen och teamet.

En kalenderfil finns bifogad. Om tiden inte passar, svara på det här mejlet så hittar vi en ny.

Vänliga hälsningar
Sara Lund
Talent Acquisition Partner, Skeppsholm Form
sara.lund@skeppsholmform.example | 070-412 88 03
"""
    cal = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Teamtailor//Interview Scheduler//SV",
           "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + vtz_iana("Europe/Stockholm") + [
           "BEGIN:VEVENT", "UID:tt-interview-4471953@teamtailor.com",
           f"DTSTAMP:{zstamp(sent2)}",
           f"DTSTART;TZID=Europe/Stockholm:{lstamp(s)}",
           f"DTEND;TZID=Europe/Stockholm:{lstamp(e)}",
           f"SUMMARY:{esc('Portfoliogenomgång: Ingrid Falk Madsen – ' + role)}",
           "DESCRIPTION:" + esc("Portfoliogenomgång med Annika Wahlberg och Petter Ölund.\n"
                                "Kontaktperson: Sara Lund, sara.lund@skeppsholmform.example"),
           "LOCATION:" + esc("Skeppsholm Form, Hornsgatan 84, 118 21 Stockholm"),
           f"ORGANIZER;CN={sara[0]}:mailto:{sara[1]}",
           attendee(annika[0], annika[1], "ACCEPTED"),
           attendee(petter[0], petter[1], "ACCEPTED"),
           attendee(OWNER_NAME, OWNER, "NEEDS-ACTION"),
           "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    items.append(("02-inbjudan-portfoliogenomgang.eml", teamtailor_msg(
        company=co, sender=sara[0], subject=f"Inbjudan till portfoliogenomgång – {role}",
        sent=sent2,
        msgid="<0102019cb1e07f93-2d7e4a11-5c0b-4f8e-b2a3-7e91c4d05f62-000000@eu-west-1.amazonses.com>",
        plain=p2, boundary="tt-1d8e7a55c204", token="a8c31f0e77b24c51",
        attachments=[attach('text/calendar; charset="UTF-8"; method=REQUEST', "intervju.ics",
                            ical(cal))])))
    sent3 = L(STO, 2026, 3, 8, 13, 0, 3)
    wd(2026, 3, 8, "söndag")
    p3 = """Hej Ingrid!

En påminnelse om din portfoliogenomgång med Skeppsholm Form imorgon, måndag 9 mars, kl. 13:00.

Adress: Hornsgatan 84, 118 21 Stockholm (3 tr). Du träffar Annika och Petter.

Lycka till!
Sara Lund
Skeppsholm Form
"""
    items.append(("03-paminnelse-imorgon.eml", teamtailor_msg(
        company=co, sender=sara[0], subject="Påminnelse: Portfoliogenomgång imorgon kl. 13:00",
        sent=sent3,
        msgid="<0102019cc7a3be01-77f0d9c2-19aa-4b6d-8e05-c3f2a6b81e94-000000@eu-west-1.amazonses.com>",
        plain=p3, boundary="tt-6a0b3f92e1d8", token="a8c31f0e77b24c51")))
    label = lab([iv(co, role, s, e, "scheduled", [annika[1], petter[1]],
                    [annika[1], petter[1]], "onsite")],
                "medium", "positive/ats-teamtailor-ics",
                "Teamtailor receipt + interview invite with .ics (TZID Europe/Stockholm + VTIMEZONE) "
                "+ reminder: one portfolio review. Two interviewers (panel) -> onsite; Sara only "
                "coordinates. Reply-To is a Teamtailor reply+ address, never a recipient.")
    return slug, items, label


@case
def c02():
    slug = "b136-02-varbi-booked-slot-12-3"
    org = "Kommunalförbundet Hjälpmedel Roslagen"
    co, role = "Hjälpmedel Roslagen", "Industridesigner"
    maria = ("Maria Holst", "maria.holst@hjalpmedelroslagen.example")
    s, e = L(STO, 2026, 3, 12, 10, 0), L(STO, 2026, 3, 12, 11, 0)
    wd(2026, 3, 12, "torsdag")
    wd(2026, 3, 13, "fredag")
    items = []
    sent1 = L(STO, 2026, 3, 2, 15, 31, 12)
    p1 = f"""Hej Ingrid,

Tack för din ansökan till tjänsten som {role} (ref.nr 2026/114) vid {org}.

Vi vill gärna träffa dig för en intervju. Klicka på länken nedan och välj den tid som passar dig bäst. Tiderna fördelas efter principen först till kvarn.

https://hjalpmedelroslagen.varbi.com/se/interview/book/token:7c1e0b93f5a24d6e/

Tillgängliga tider:
12/3 kl. 10-11
12/3 kl. 13-14
13/3 kl. 9-10

Intervjun genomförs på plats i Täby av enhetschef Maria Holst och HR-specialist Jonas Berg. Ta med giltig legitimation.

Har du frågor om tjänsten är du välkommen att kontakta Maria Holst, maria.holst@hjalpmedelroslagen.example, 08-522 417 30.

Med vänlig hälsning
{org}
"""
    items.append(("01-varbi-valj-intervjutid.eml", varbi_msg(
        org=org, subject=f"Inbjudan till intervju – {role}, ref.nr 2026/114", sent=sent1,
        msgid="<20260302143112.4F2A1C0B7E@mail2.varbi.com>", plain=p1,
        boundary="----=_Part_88213_1409712331.1772461872000")))
    sent2 = L(STO, 2026, 3, 2, 19, 48, 55)
    p2 = f"""Hej Ingrid,

Du har bokat följande tid för intervju avseende tjänsten {role} (ref.nr 2026/114):

Tid: torsdag 12/3 kl. 10-11
Plats: {org}, Kanalvägen 3, 183 30 Täby. Anmäl dig i receptionen, plan 2.
Intervjuare: Maria Holst, enhetschef, och Jonas Berg, HR-specialist

Om du behöver avboka eller byta tid kan du göra det via länken nedan senast 24 timmar före intervjun:
https://hjalpmedelroslagen.varbi.com/se/interview/manage/token:7c1e0b93f5a24d6e/

Välkommen!

Med vänlig hälsning
Maria Holst
Enhetschef Utveckling & design
maria.holst@hjalpmedelroslagen.example
"""
    items.append(("02-varbi-bokningsbekraftelse.eml", varbi_msg(
        org=org, subject="Bekräftelse på bokad intervjutid", sent=sent2,
        msgid="<20260302184855.9B07E3D21A@mail2.varbi.com>", plain=p2,
        boundary="----=_Part_88907_2011845520.1772477335000")))
    label = lab([iv(co, role, s, e, "scheduled", [maria[1]], [maria[1]], "onsite")],
                "hard", "positive/ats-varbi-slot-booking",
                "Varbi slot offer (3 slots, not an interview by itself) then booking confirmation "
                "'torsdag 12/3 kl. 10-11' = 12 March (day/month), 10:00-11:00 CET. Panel of Maria "
                "Holst + Jonas Berg (no address for Jonas) -> onsite, only Maria's address known. "
                "Sender noreply@varbi.com is never a recipient.")
    return slug, items, label


@case
def c03():
    slug = "b136-03-dansk-jobsamtale-mail-og-invitation"
    co, role = "Hvidbjerg Lys", "Industriel designer, belysning"
    louise = ("Louise Dam", "louise.dam@hvidbjerglys.example")
    rasmus = ("Rasmus Kjær", "rasmus.kjaer@hvidbjerglys.example")
    s, e = L(CPH, 2026, 3, 11, 13, 0), L(CPH, 2026, 3, 11, 14, 0)
    wd(2026, 3, 11, "onsdag")
    items = []
    sent1 = L(CPH, 2026, 2, 26, 11, 20, 4)
    p1 = f"""Kære Ingrid

Tusind tak for din ansøgning til stillingen som {role.lower()} hos Hvidbjerg Lys. Vi er blevet rigtig glade for at se dit arbejde med armaturer og materialer.

Vi vil gerne invitere dig til en første samtale med vores designchef, Rasmus Kjær. Samtalen foregår over Google Meet onsdag d. 11. marts kl. 13.00-14.00. Jeg deltager ikke selv, men står for det praktiske, så skriv endelig til mig, hvis tidspunktet ikke passer.

Jeg sender en kalenderinvitation om lidt.

Bedste hilsner
Louise Dam
HR & People | Hvidbjerg Lys ApS
Vesterbrogade 149, 1620 København V
"""
    items.append(("01-invitation-til-samtale.eml", gmail_msg(
        frm=louise, to=fa(OWNER_NAME, OWNER), subject=f"Invitation til jobsamtale – {role}",
        sent=sent1, msgid="<CAH7x2kQ0mV+Lr8dJ3sP9wYtE5bN1fGq6cZ4aUo@mail.gmail.com>",
        plain=p1, boundary="000000000000a4f21c0649bd")))
    sent2 = L(CPH, 2026, 2, 26, 11, 26, 37)
    items.append(("02-invitation-jobsamtale.eml", google_invite(
        lang="da", title="Jobsamtale – Ingrid Falk Madsen / Hvidbjerg Lys", start=s, end=e,
        organizer=louise,
        guests=[(louise[0], louise[1], "ACCEPTED"), (rasmus[0], rasmus[1], "ACCEPTED"),
                (OWNER, OWNER, "NEEDS-ACTION")],
        uid="5k2v8rq1lmd0a7ce3hbt9gno4s@google.com", sent=sent2,
        msgid="<calendar-7d0e2c44-91b3-4a6f-8c55-2e0f9b13a7d8@google.com>",
        boundary="000000000000c51e7a0649bd",
        description=("Første samtale med Rasmus Kjær (designchef) om stillingen som industriel "
                     "designer, belysning.\n\nVh Louise"),
        meet="kqd-hxtr-wmz")))
    label = lab([iv(co, role, s, e, "scheduled", [rasmus[1]], [rasmus[1]], "hiring_manager")],
                "medium", "positive/dedupe-danish-google",
                "Danish recruiter mail 'onsdag d. 11. marts kl. 13.00-14.00' + Danish Google invite "
                "(UTC Z times) for the same interview -> one. Louise explicitly does not attend; "
                "interviewer is the design chief Rasmus.")
    return slug, items, label


@case
def c04():
    slug = "b136-04-case-presentation-outlook-dst-label"
    co, role = "Kastrup Medico", "Senior Industrial Designer, Drug Delivery"
    camilla = ("Camilla Juhl", "caju@kastrupmedico.example")
    mette = ("Mette Lund-Sørensen", "mlso@kastrupmedico.example")
    anders = ("Anders Friis", "anfr@kastrupmedico.example")
    s, e = L(CPH, 2026, 3, 31, 9, 30), L(CPH, 2026, 3, 31, 11, 0)
    assert s.utcoffset() == timedelta(hours=2)
    wd(2026, 3, 31, "Tuesday")
    items = []
    sent1 = L(CPH, 2026, 3, 13, 16, 5, 19)
    p1 = """Dear Ingrid,

Thank you for your application for the Senior Industrial Designer, Drug Delivery position. The hiring team has reviewed your portfolio and we would like to invite you to the case stage.

Attached you will find the case brief: a grip and interaction concept for a re-usable auto-injector for users with reduced hand function. We don't expect finished renderings – sketches, foam models and your reasoning are what we are looking for.

You will present your concept to the design panel on Tuesday 31/3 from 09:30 to 11:00 at our office in Kastrup (approx. 30 minutes presentation, followed by questions and a conversation with the panel). The panel will be Mette Lund-Sørensen (Head of Industrial Design) and Anders Friis (Human Factors Lead). I will send you a calendar invitation shortly.

If you have questions about the brief, just reply to this e-mail.

Kind regards

Camilla Juhl
Talent Acquisition Partner
Kastrup Medico A/S | Amager Strandvej 402 | DK-2770 Kastrup
"""
    items.append(("01-case-brief.eml", outlook_msg(
        frm=camilla, to=fa(OWNER_NAME, OWNER),
        subject="Case stage – Senior Industrial Designer, Drug Delivery", sent=sent1,
        msgid="<AM9PR02MB7321C4D1E2F0A8B6C5D3E9F1A2B4C6D8E0F1@AM9PR02MB7321.eurprd02.prod.outlook.com>",
        plain=p1, boundary="_004_AM9PR02MB7321", thread_index="AdyzF4mQk2VbH7c0Sx6r1pN8tLw5Eg==",
        attachments=[attach("application/pdf", "Case_brief_Kastrup_Medico.pdf",
                            tiny_pdf("Case brief - auto-injector grip concept"))])))
    sent2 = L(CPH, 2026, 3, 13, 16, 22, 48)
    body = """Dear Ingrid,

As mentioned, here is the invitation for your case presentation. Please bring your models; we have a projector with HDMI and USB-C in the room.

Please ask for me at the reception on arrival.

Kind regards
Camilla Juhl
Talent Acquisition Partner, Kastrup Medico A/S
"""
    items.append(("02-invitation-case-presentation.eml", outlook_invite(
        lang="en", subject="Case presentation – Ingrid Falk Madsen (Senior Industrial Designer)",
        start=s, end=e, tzid="Romance Standard Time", organizer=camilla,
        required=[(OWNER_NAME, OWNER), mette, anders],
        location="Kastrup Medico, Amager Strandvej 402, 2770 Kastrup – meeting room Øresund",
        body=body, uid="040000008200E00074C5B7101A82E00800000000F0A4C3D1E6B2DC01000000000000000010000000B7E2C4A19D3F5E4B8A6C1D0F2E3B4A59",
        sent=sent2,
        msgid="<AM9PR02MB73215E8A2B1C0D9F7E6A5B4C3D2E1F0A9B8C@AM9PR02MB7321.eurprd02.prod.outlook.com>",
        boundary="_000_AM9PR02MB73215E8A2B1C0D9F7E6A5B4C3D2E1F0A9B8C_",
        thread_index="AdyzF8a1PqR3sT5uV7wX9yZ0aB2cDg==")))
    label = lab([iv(co, role, s, e, "scheduled", [mette[1], anders[1]], [mette[1], anders[1]],
                    "onsite")],
                "hard", "positive/case-presentation-outlook-dst",
                "Take-home brief (not an interview) + live case presentation to a 2-person panel "
                "on 31/3 09:30-11:00. Outlook 'When:' line says (UTC+01:00) Brussels, Copenhagen "
                "(Windows standard-time label) but 31 March is after the 29 March DST switch: "
                "+02:00. TZID Romance Standard Time with VTIMEZONE. Camilla only coordinates.")
    return slug, items, label


@case
def c05():
    slug = "b136-05-reschedule-across-dst"
    co, role = "Vinga Outdoor", "Produktdesigner, hårdvaror"
    emma = ("Emma Sjöberg", "emma.sjoberg@vingaoutdoor.example")
    johan = ("Johan Strand", "johan.strand@vingaoutdoor.example")
    s0, e0 = L(STO, 2026, 3, 26, 15, 0), L(STO, 2026, 3, 26, 16, 0)
    s, e = L(STO, 2026, 4, 1, 15, 0), L(STO, 2026, 4, 1, 16, 0)
    assert s0.utcoffset() == timedelta(hours=1) and s.utcoffset() == timedelta(hours=2)
    wd(2026, 3, 26, "torsdag")
    wd(2026, 4, 1, "onsdag")
    title = "Intervju: Produktdesigner – Ingrid Falk Madsen"
    uid = "1p7mct4q0s9hv2kd6e8rbj3alf@google.com"
    desc = ("Hej Ingrid!\n\nVälkommen på intervju med Johan Strand, produktchef för hårdvaror. "
            "Vi ses via Google Meet.\n\n/Emma, HR Vinga Outdoor")
    guests = [(emma[0], emma[1], "ACCEPTED"), (johan[0], johan[1], "ACCEPTED"),
              (OWNER, OWNER, "NEEDS-ACTION")]
    items = []
    sent1 = L(STO, 2026, 3, 13, 9, 40, 12)
    items.append(("01-inbjudan-intervju.eml", google_invite(
        lang="sv", title=title, start=s0, end=e0, organizer=emma, guests=guests, uid=uid,
        sent=sent1, msgid="<calendar-2b6f0d91-4c3e-4a8d-9e17-5f2a8c0b6d43@google.com>",
        boundary="0000000000003e9b2d064a51", description=desc, meet="vbn-qtre-xkp")))
    sent2 = L(STO, 2026, 3, 23, 8, 12, 30)
    wd(2026, 3, 26, "torsdag")
    p2 = """Hej Ingrid!

Johan har fått en brådskande resa till vår leverantör i Porto och är tyvärr borta på torsdag. Skulle det gå att flytta er intervju till onsdag 1 april, samma tid (15–16)?

Jag skickar en uppdaterad kalenderinbjudan så fort jag hört från dig. Ber om ursäkt för strulet!

Vänliga hälsningar
Emma Sjöberg
HR-partner | Vinga Outdoor AB
"""
    m2 = "<CAJq3vM5pX0h+8dFw2oRk7Yt9sLb4nE6cUa1gQz@mail.gmail.com>"
    items.append(("02-kan-vi-flytta-intervjun.eml", gmail_msg(
        frm=emma, to=fa(OWNER_NAME, OWNER), subject="Kan vi flytta intervjun?", sent=sent2,
        msgid=m2, plain=p2, boundary="000000000000f17c3e064a52")))
    sent3 = L(STO, 2026, 3, 23, 11, 5, 2)
    m_ing = "<CAF9kE2r7wQ+NtY0b3xLm5gH8dUj1oPz6sVc4Ai@mail.gmail.com>"
    p3 = """Toppen, tack Ingrid! Då uppdaterar jag inbjudan till onsdag 1 april kl. 15.

/Emma

Den mån 23 mars 2026 kl 10:47 skrev Ingrid Falk Madsen <ingrid.falkmadsen@example.com>:
> Hej Emma,
>
> Inga problem – onsdag 1 april kl. 15–16 fungerar bra för mig.
>
> Vänliga hälsningar
> Ingrid
>
> Den mån 23 mars 2026 kl 08:12 skrev Emma Sjöberg <emma.sjoberg@vingaoutdoor.example>:
>> Hej Ingrid!
>>
>> Johan har fått en brådskande resa till vår leverantör i Porto och är tyvärr
>> borta på torsdag. Skulle det gå att flytta er intervju till onsdag 1 april,
>> samma tid (15–16)?
"""
    wd(2026, 3, 23, "mån")
    items.append(("03-sv-kan-vi-flytta-intervjun.eml", gmail_msg(
        frm=emma, to=fa(OWNER_NAME, OWNER), subject="Re: Kan vi flytta intervjun?", sent=sent3,
        msgid="<CAJq3vM7aB1n+Q2sWe9Rt4Ky6uPl0mD3hXo8fGz@mail.gmail.com>", plain=p3,
        boundary="0000000000002a84d1064a55", in_reply_to=m_ing, references=f"{m2} {m_ing}")))
    sent4 = L(STO, 2026, 3, 23, 11, 7, 44)
    items.append(("04-uppdaterad-inbjudan.eml", google_invite(
        lang="sv", title=title, start=s, end=e, organizer=emma, guests=guests, uid=uid,
        sent=sent4, msgid="<calendar-9a41e7c2-0d85-4b6f-a3e9-7c12f5b08d66@google.com>",
        boundary="000000000000b7d4f1064a55", description=desc, meet="vbn-qtre-xkp", seq=1,
        kind="upd", created=sent1)))
    label = lab([iv(co, role, s, e, "scheduled", [johan[1]], [johan[1]], "hiring_manager")],
                "hard", "positive/reschedule-across-dst",
                "Google invite Thu 26 Mar 15:00 CET, moved by e-mail to 'onsdag 1 april, samma "
                "tid (15–16)', then 'Uppdaterad inbjudan' SEQUENCE 1 same UID at 13:00Z = 15:00 "
                "CEST. 'Same time' means same local time across the 29 March DST switch. Emma "
                "(HR) organizes only.")
    return slug, items, label


@case
def c06():
    slug = "b136-06-outlook-aflyst-jobsamtale"
    co, role = "Sydhavn Akustik", "Industriel designer"
    henrik = ("Henrik Bach", "hb@sydhavnakustik.example")
    s, e = L(CPH, 2026, 3, 20, 10, 0), L(CPH, 2026, 3, 20, 11, 0)
    wd(2026, 3, 20, "fredag")
    uid = ("040000008200E00074C5B7101A82E00800000000D1C2B3A4F5E6DC0100000000000000001000000"
           "0A1B2C3D4E5F60718293A4B5C6D7E8F9")
    items = []
    sent1 = L(CPH, 2026, 3, 4, 14, 10, 26)
    body1 = """Hej Ingrid

Tak for din ansøgning til stillingen som industriel designer. Jeg vil meget gerne møde dig til en samtale om stillingen og om dit arbejde med akustikpaneler – bagefter viser jeg dig gerne rundt på værkstedet.

Vi ses i Sluseholmen. Ring på, når du står ved porten.

Venlig hilsen
Henrik Bach
Designchef, Sydhavn Akustik ApS
+45 31 72 90 14
"""
    items.append(("01-moedeindkaldelse-jobsamtale.eml", outlook_invite(
        lang="da", subject="Jobsamtale – Industriel designer (Ingrid Falk Madsen)", start=s,
        end=e, tzid="Romance Standard Time", organizer=henrik, required=[(OWNER_NAME, OWNER)],
        location="Sydhavn Akustik, Sluseholmen 8, 2450 København SV", body=body1, uid=uid,
        sent=sent1,
        msgid="<DB9PR08MB6604A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6@DB9PR08MB6604.eurprd08.prod.outlook.com>",
        boundary="_000_DB9PR08MB6604A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6_",
        thread_index="AdysQ1w2E3r4T5y6U7i8O9p0Aa1Bbw==",
        to_hdr=fa(OWNER_NAME, OWNER))))
    sent2 = L(CPH, 2026, 3, 17, 9, 2, 51)
    body2 = """Kære Ingrid

Jeg er desværre nødt til at aflyse vores samtale på fredag. Vi har i ledelsen besluttet at sætte rekrutteringen på pause indtil efter sommerferien, da en stor ordre er blevet udskudt.

Jeg beklager meget og vender tilbage, hvis stillingen bliver genopslået.

Venlig hilsen
Henrik Bach
Designchef, Sydhavn Akustik ApS
"""
    items.append(("02-aflyst-jobsamtale.eml", outlook_invite(
        lang="da", subject="Jobsamtale – Industriel designer (Ingrid Falk Madsen)", start=s,
        end=e, tzid="Romance Standard Time", organizer=henrik, required=[(OWNER_NAME, OWNER)],
        location="Sydhavn Akustik, Sluseholmen 8, 2450 København SV", body=body2, uid=uid,
        sent=sent2, seq=1, cancel=True,
        msgid="<DB9PR08MB66049F8E7D6C5B4A3F2E1D0C9B8A7F6E5D4C@DB9PR08MB6604.eurprd08.prod.outlook.com>",
        boundary="_000_DB9PR08MB66049F8E7D6C5B4A3F2E1D0C9B8A7F6E5D4C_",
        thread_index="AdysQ1w2E3r4T5y6U7i8O9p0Aa1BbwA3kLm=",
        to_hdr=fa(OWNER_NAME, OWNER))))
    label = lab([iv(co, role, s, e, "cancelled", [henrik[1]], [henrik[1]], "hiring_manager")],
                "medium", "positive/cancellation-outlook-danish",
                "Danish Outlook meeting request (Romance Standard Time) then METHOD:CANCEL "
                "'Aflyst:' SEQUENCE 1, same UID: recruitment paused. Kept as cancelled at its last "
                "time; the organizer (design chief) is the interviewer.")
    return slug, items, label


@case
def c07():
    slug = "b136-07-telefonintervju-och-andra-intervju"
    co, role = "Tegelbruket Design", "Industridesigner (konsult)"
    lina = ("Lina Forsberg", "lina.forsberg@tegelbruket.example")
    viktor = ("Viktor Ahlgren", "viktor.ahlgren@tegelbruket.example")
    sofia = ("Sofia Ek", "sofia.ek@tegelbruket.example")
    s1, e1 = L(STO, 2026, 3, 4, 15, 30), L(STO, 2026, 3, 4, 16, 0)
    s2, e2 = L(STO, 2026, 3, 17, 14, 0), L(STO, 2026, 3, 17, 15, 30)
    wd(2026, 3, 3, "tisdag")
    wd(2026, 3, 4, "onsdag")
    wd(2026, 3, 17, "tisdag")
    items = []
    sent1 = L(STO, 2026, 2, 25, 16, 47, 9)
    m1 = "<CAN8pQ4r+Tz1wXk6vB3mH9dL0sYe7cGu2fJa5Ro@mail.gmail.com>"
    sig = """Lina Forsberg
Rekryterare | Tegelbruket Design AB
Tegelviksgatan 32, 116 41 Stockholm
070-338 21 54"""
    p1 = f"""Hej Ingrid!

Tack för din ansökan till tjänsten som industridesigner hos oss på Tegelbruket. Jag skulle gärna vilja ringa dig för ett första telefonsamtal på ca 30 minuter, där jag berättar mer om oss och uppdraget och du får berätta lite om dig själv.

Passar tisdag 3/3 kl. 09.00 eller onsdag 4/3 kl. 15.30?

Vänliga hälsningar
{sig}
"""
    items.append(("01-forsta-samtal.eml", gmail_msg(
        frm=lina, to=fa(OWNER_NAME, OWNER), subject="Industridesigner hos Tegelbruket – första samtal",
        sent=sent1, msgid=m1, plain=p1, boundary="000000000000d3a8b70649a1")))
    sent2 = L(STO, 2026, 2, 26, 8, 5, 40)
    m_ing = "<CAF9kE2r9xT+Lm3pQ0wZ6bY1nHs8dGv4cUe7Aio@mail.gmail.com>"
    p2 = f"""Perfekt, då bokar vi onsdag 4/3 kl. 15.30. Jag ringer dig på 073-901 44 62. Hörs då!

/Lina

{sig}

Den ons 25 feb. 2026 kl 21:18 skrev Ingrid Falk Madsen <ingrid.falkmadsen@example.com>:
> Hej Lina,
>
> Tack för ditt mejl! Onsdag 4/3 kl. 15.30 passar mig utmärkt. Mitt nummer är
> 073-901 44 62.
>
> Vänliga hälsningar
> Ingrid
>
> Den ons 25 feb. 2026 kl 16:47 skrev Lina Forsberg <lina.forsberg@tegelbruket.example>:
>> Passar tisdag 3/3 kl. 09.00 eller onsdag 4/3 kl. 15.30?
"""
    wd(2026, 2, 25, "ons")
    m2 = "<CAN8pQ4tVb2+Kd8sR1nW0eYh5mXj3oLc6gPz9Fu@mail.gmail.com>"
    items.append(("02-sv-forsta-samtal.eml", gmail_msg(
        frm=lina, to=fa(OWNER_NAME, OWNER),
        subject="Re: Industridesigner hos Tegelbruket – första samtal", sent=sent2, msgid=m2,
        plain=p2, boundary="0000000000005f19c20649b2", in_reply_to=m_ing,
        references=f"{m1} {m_ing}")))
    sent3 = L(STO, 2026, 3, 5, 10, 30, 18)
    p3 = f"""Hej igen Ingrid!

Tack för ett trevligt samtal igår! Vi vill gärna gå vidare och bjuda in dig till en andra intervju på vårt kontor på Södermalm, tisdag 17 mars kl. 14.00.

Du träffar Viktor Ahlgren, designchef, och Sofia Ek, projektledare för uppdraget. Räkna med ungefär en och en halv timme. Ta gärna med ett par projekt du kan visa – fysiska modeller är alltid uppskattade.

Viktor skickar en kalenderinbjudan.

Vänliga hälsningar
{sig}
"""
    items.append(("03-andra-intervju.eml", gmail_msg(
        frm=lina, to=fa(OWNER_NAME, OWNER), subject="Andra intervju hos Tegelbruket",
        sent=sent3, msgid="<CAN8pQ4u0Jq+Hs7dT2bY5kWl9vRe1nMf3cXa8Gi@mail.gmail.com>",
        plain=p3, boundary="000000000000e6b4a90649c8", cc=fa(*viktor))))
    sent4 = L(STO, 2026, 3, 5, 11, 2, 55)
    items.append(("04-inbjudan-andra-intervju.eml", google_invite(
        lang="sv", title="Andra intervju – Ingrid Falk Madsen (industridesigner)", start=s2,
        end=e2, organizer=viktor,
        guests=[(viktor[0], viktor[1], "ACCEPTED"), (sofia[0], sofia[1], "ACCEPTED"),
                (OWNER, OWNER, "NEEDS-ACTION")],
        uid="3h8rk0d2pq7vtc5n1aemg9lbfj@google.com", sent=sent4,
        msgid="<calendar-c8e1a2b7-5f34-4d09-b6a1-0e9d3c7f2a58@google.com>",
        boundary="0000000000009c27e50649c9",
        description="Andra intervju med Viktor Ahlgren och Sofia Ek. Välkommen!",
        location="Tegelbruket Design, Tegelviksgatan 32, 116 41 Stockholm")))
    label = lab([
        iv(co, role, s1, e1, "scheduled", [lina[1]], [lina[1]], "phone_screen"),
        iv(co, role, s2, e2, "scheduled", [viktor[1], sofia[1]], [viktor[1], sofia[1]],
           "onsite")],
        "hard", "positive/two-interviews-thread",
        "Two interviews. (1) Recruiter phone screen proposed as two options ('tisdag 3/3 kl. "
        "09.00 eller onsdag 4/3 kl. 15.30'), confirmed in the reply: 4 March 15:30, ca 30 min; "
        "Lina conducts it. (2) Second interview 'tisdag 17 mars kl. 14.00', ca 1.5 h, by mail "
        "and Google invite (one entry) with Viktor + Sofia -> onsite.")
    return slug, items, label


@case
def c08():
    slug = "b136-08-kobenhavn-onsite-loop"
    co, role = "Bølge Design", "Lead Industrial Designer"
    signe = ("Signe Thorsen", "signe.thorsen@bolgedesign.example")
    kasper = ("Kasper Holm", "kasper.holm@bolgedesign.example")
    nanna = ("Nanna Vestergaard", "nanna.vestergaard@bolgedesign.example")
    mikkel = ("Mikkel Lau", "mikkel.lau@bolgedesign.example")
    freja = ("Freja Dahl", "freja.dahl@bolgedesign.example")
    day = (2026, 4, 14)
    wd(*day, "Tuesday")
    a = (L(CPH, *day, 9, 30), L(CPH, *day, 10, 30))
    b = (L(CPH, *day, 10, 45), L(CPH, *day, 11, 30))
    c = (L(CPH, *day, 12, 30), L(CPH, *day, 13, 30))
    assert a[0].utcoffset() == timedelta(hours=2)
    items = []
    sent1 = L(CPH, 2026, 3, 25, 14, 18, 33)
    p1 = """Hej Ingrid,

We're really happy to invite you to the final round for the Lead Industrial Designer role! It will be a half day at our studio on Refshaleøen on Tuesday 14/4.

Programme
09:30–10:30  Portfolio review with Kasper Holm (Design Director)
10:45–11:30  Meet the team – Nanna Vestergaard & Mikkel Lau (Senior Industrial Designers)
11:30–12:30  Lunch with the studio (informal, not part of the assessment)
12:30–13:30  Case workshop with Freja Dahl (Head of R&D)

Each host will send you a calendar invite. Address: Refshalevej 163A, 1432 København K – take the harbour bus to Refshaleøen and look for the blue door.

Let me know if you have any dietary requirements for lunch.

Mange hilsner
Signe Thorsen
People & Culture | Bølge Design A/S
"""
    items.append(("01-final-round-programme.eml", gmail_msg(
        frm=signe, to=fa(OWNER_NAME, OWNER), subject="Final round at Bølge Design – Tuesday 14/4",
        sent=sent1, msgid="<CAB4nR8s+Yq2vLx7dW1kPe0mHj5tGc9oZu3fTa6@mail.gmail.com>",
        plain=p1, boundary="000000000000a81f3d064b02")))
    loc = "Bølge Design, Refshalevej 163A, 1432 København K"
    specs = [
        ("02-invitation-portfolio-review.eml", "Portfolio review – Ingrid Falk Madsen", a, kasper,
         [kasper], "2ad9mq5rt0c7hkv1sb6l8pe3gn@google.com",
         "<calendar-1f6b3c82-7e4d-4a91-8b2c-d5e0f7a36c19@google.com>", "000000000000c3e5a2064b6f",
         L(CPH, 2026, 4, 1, 9, 12, 4),
         "Walk us through 3-4 projects of your choice. Final round, session 1 of 3."),
        ("03-invitation-meet-the-team.eml", "Meet the team – Ingrid Falk Madsen", b, nanna,
         [nanna, mikkel], "6te1jn9vb3mq0c8kd2hsr7alfp@google.com",
         "<calendar-5a0d9e13-2c6b-4f78-9e41-b3c7a8d02f65@google.com>", "0000000000004b7d91064b70",
         L(CPH, 2026, 4, 1, 10, 40, 51),
         "Informal but structured conversation with two of our senior designers. Session 2 of 3."),
        ("04-invitation-case-workshop.eml", "Case workshop – Ingrid Falk Madsen", c, freja,
         [freja], "0lq4ce7dh2mv9rt5bk1sa8npgj@google.com",
         "<calendar-e7c2b409-1d5a-4e36-a8f3-92b6d1c0e7a4@google.com>", "000000000000f2a6c8064b74",
         L(CPH, 2026, 4, 1, 15, 3, 27),
         "Hands-on workshop: we'll give you a small problem from a current project and sketch "
         "together. Pens and paper provided. Session 3 of 3."),
    ]
    for fname, title, (s, e), org, hosts, uid, msgid, bnd, sent, desc in specs:
        guests = [(h[0], h[1], "ACCEPTED") for h in hosts] + [(OWNER, OWNER, "NEEDS-ACTION")]
        items.append((fname, google_invite(
            lang="en", title=title, start=s, end=e, organizer=org, guests=guests, uid=uid,
            sent=sent, msgid=msgid, boundary=bnd, description=desc, location=loc)))
    allv = [kasper[1], nanna[1], mikkel[1], freja[1]]
    label = lab([iv(co, role, a[0], c[1], "scheduled", allv, allv, "onsite")],
                "hard", "positive/onsite-loop-multi-invite",
                "Programme mail (sent in CET, 'Tuesday 14/4') + three Google invites from three "
                "hosts for back-to-back sessions with a lunch break on 14 April (CEST, +02:00): one "
                "onsite 09:30-13:30 with all four interviewers. Signe (People & Culture) only "
                "coordinates.")
    return slug, items, label


def apple_msg(*, frm, to, subject, sent, msgid, plain, in_reply_to=None,
              references=None, host="mail.sjoomobel.example", ip="194.9.95.112"):
    headers = owner_hdrs(sent, host, ip) + [("Return-Path", f"<{frm[1]}>"), ("From", fa(*frm))]
    headers += [("Subject", hdr(subject)), ("Date", rfc(sent)), ("Message-Id", msgid)]
    if in_reply_to:
        headers += [("In-Reply-To", in_reply_to), ("References", references or in_reply_to)]
    headers += [("To", to), ("X-Mailer", "iPhone Mail (22D82)")]
    return message(headers, text(plain, params=""))


@case
def c09():
    slug = "b136-09-fika-imorgon-trad"
    co, role = "Sjöö Möbelverkstad", "Möbeldesigner"
    hanna = ("Hanna Sjöö", "hanna@sjoomobel.example")
    items = []
    sent1 = L(STO, 2026, 3, 9, 12, 3, 41)
    m1 = "<6F1C2A9B-3D47-4E80-9A15-B2C7D0E3F418@sjoomobel.example>"
    p1 = """Hej Ingrid!

Tack för din ansökan till tjänsten som möbeldesigner – roligt att se dina stolsprojekt, särskilt den böjda asken.

Första steget i vår rekrytering är alltid en fika med mig, så att vi hinner lära känna varandra innan vi går vidare till en portfoliogenomgång med verkstaden. Har du möjlighet någon förmiddag den här veckan, gärna onsdag?

Hälsningar
Hanna Sjöö
Grundare & VD, Sjöö Möbelverkstad AB

Skickat från min iPhone
"""
    items.append(("01-fika.eml", apple_msg(
        frm=hanna, to=fa(OWNER_NAME, OWNER), subject="Din ansökan – möbeldesigner", sent=sent1,
        msgid=m1, plain=p1)))
    sent2 = L(STO, 2026, 3, 10, 18, 41, 5)
    wd(2026, 3, 10, "tisdag")
    tomorrow = (sent2 + timedelta(days=1)).date()
    assert tomorrow == date(2026, 3, 11)
    wd(2026, 3, 11, "onsdag")
    s, e = L(STO, 2026, 3, 11, 10, 30), L(STO, 2026, 3, 11, 11, 30)
    m_ing = "<CAF9kE2s1Pq+Wx4bN8mT0dRj6yLh3oKc5gVa7Zu@mail.gmail.com>"
    p2 = """Perfekt! Då ses vi imorgon kl. 10.30 på Café Pascal, Norrtullsgatan 4. Vi brukar sitta ungefär en timme.

Ta gärna med en skissbok om du har, men inget mer än så.

Hälsningar
Hanna

Skickat från min iPhone

> 10 mars 2026 kl. 07:55 skrev Ingrid Falk Madsen <ingrid.falkmadsen@example.com>:
>
> Hej Hanna,
>
> Tack för ditt mejl, vad roligt! Onsdag förmiddag passar bra – vilken tid passar dig?
>
> Vänliga hälsningar
> Ingrid
>
>> 9 mars 2026 kl. 12:03 skrev Hanna Sjöö <hanna@sjoomobel.example>:
>>
>> Första steget i vår rekrytering är alltid en fika med mig, så att vi hinner
>> lära känna varandra innan vi går vidare till en portfoliogenomgång med
>> verkstaden. Har du möjlighet någon förmiddag den här veckan, gärna onsdag?
"""
    items.append(("02-sv-fika.eml", apple_msg(
        frm=hanna, to=fa(OWNER_NAME, OWNER), subject="Sv: Din ansökan – möbeldesigner",
        sent=sent2, msgid="<A04E7D31-9C2B-4F65-8E10-7D3B6C9A2F05@sjoomobel.example>",
        plain=p2, in_reply_to=m_ing, references=f"{m1} {m_ing}")))
    label = lab([iv(co, role, s, e, "scheduled", [hanna[1]], [hanna[1]], "hiring_manager")],
                "hard", "positive/coffee-chat-relative-date",
                "Founder/CEO 'fika' explicitly the first step of the recruitment. Time only as "
                "'imorgon kl. 10.30' in a reply dated Tue 10 Mar 18:41 +0100 -> Wed 11 Mar 10:30 "
                "CET; 'ungefär en timme' -> end 11:30. Single-part QP iPhone mails.")
    return slug, items, label


@case
def c10():
    slug = "b136-10-standalone-outlook-ics-kista"
    co, role = "Kallvik Mobility", "Industrial Designer – Micromobility"
    oskar = ("Oskar Nilsson", "oskar.nilsson@kallvikmobility.example")
    s, e = L(STO, 2026, 4, 8, 10, 0), L(STO, 2026, 4, 8, 11, 15)
    assert s.utcoffset() == timedelta(hours=2)
    wd(2026, 4, 8, "Wednesday")
    tzid = "W. Europe Standard Time"
    stamp = L(STO, 2026, 3, 24, 14, 3, 9)
    desc = (f"When: {o_when('en-sto', s, e)}\nWhere: Kallvik Mobility HQ, Kistagången 20, "
            "164 40 Kista\n\n*~*~*~*~*~*~*~*~*~*\n\nHi Ingrid,\n\nThis is your second-round "
            "interview for the Industrial Designer – Micromobility role: a technical "
            "conversation about design for manufacturing (die-cast and injection-moulded parts, "
            "tolerances, DFM trade-offs) with Oskar Nilsson, Engineering Manager. Bring physical "
            "samples if you have them.\n\nQuestions about logistics: Elsa Rydén, recruiting "
            "coordinator – elsa.ryden@kallvikmobility.example\n\nKallvik Mobility Recruiting\n")
    cal = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010",
           "VERSION:2.0"] + vtz_windows(tzid) + [
           "BEGIN:VEVENT",
           "ORGANIZER;CN=Kallvik Mobility Recruiting:mailto:recruiting@kallvikmobility.example",
           attendee(oskar[0], oskar[1], "ACCEPTED"),
           attendee(OWNER_NAME, OWNER, "NEEDS-ACTION"),
           attendee("Elsa Rydén", "elsa.ryden@kallvikmobility.example", "ACCEPTED",
                    "OPT-PARTICIPANT", "FALSE"),
           f"DESCRIPTION;LANGUAGE=en-GB:{esc(desc)}",
           "UID:040000008200E00074C5B7101A82E00800000000A7F3E1C9B2D4DC010000000000000000100000"
           "00C4D5E6F708192A3B4C5D6E7F8091A2B3",
           "SUMMARY;LANGUAGE=en-GB:Interview (2nd round) – Industrial Designer: Ingrid Falk Madsen",
           f"DTSTART;TZID={tzid}:{lstamp(s)}", f"DTEND;TZID={tzid}:{lstamp(e)}",
           "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(stamp)}", "TRANSP:OPAQUE",
           "STATUS:CONFIRMED", "SEQUENCE:0",
           "LOCATION;LANGUAGE=en-GB:Kallvik Mobility HQ\\, Kistagången 20\\, 164 40 Kista",
           "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2121884503",
           "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
           "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
           "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
           "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
           "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
           "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    items = [("01-interview-kallvik-mobility.ics", ical(cal).encode("utf-8"))]
    label = lab([iv(co, role, s, e, "scheduled", [oskar[1]], [oskar[1]], "technical")],
                "medium", "positive/standalone-outlook-ics",
                "Standalone Exchange .ics, TZID 'W. Europe Standard Time' with VTIMEZONE; "
                "DESCRIPTION repeats the Outlook 'When: ... (UTC+01:00) Amsterdam, Berlin' label "
                "but 8 April is CEST (+02:00). Organizer is a group mailbox (not a recipient); "
                "Elsa is an optional coordinator; Oskar conducts.")
    return slug, items, label


@case
def c11():
    slug = "b136-11-gcal-json-anden-samtale"
    co, role = "Tidevand Design", "Industriel designer"
    julie = ("Julie Brix", "julie.brix@tidevand.example")
    peter = ("Peter Winther", "peter.winther@tidevand.example")
    s, e = L(CPH, 2026, 3, 25, 11, 0), L(CPH, 2026, 3, 25, 12, 0)
    wd(2026, 3, 25, "onsdag")
    ev = {
        "kind": "calendar#event",
        "etag": "\"3521907744180000\"",
        "id": "7sm2kq0dv5hj1r9b3celt8pa4n",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=N3NtMmtxMGR2NWhqMXI5YjNjZWx0OHBhNG4gaW5ncmlkLmZhbGttYWRzZW5AZXhhbXBsZS5jb20",
        "created": "2026-03-16T13:21:08.000Z",
        "updated": "2026-03-16T13:24:52.090Z",
        "summary": "Samtale: Industriel designer – Ingrid Falk Madsen",
        "description": ("Anden samtale med Peter Winther (partner). Vi ses i studiet på 3. sal – "
                        "tag gerne fysiske modeller eller skitser med.\n\n"
                        "Praktiske spørgsmål: skriv til mig.\nJulie Brix, kontorchef"),
        "location": "Tidevand Design, Islands Brygge 43, 2300 København S",
        "creator": {"email": julie[1], "displayName": julie[0]},
        "organizer": {"email": julie[1], "displayName": julie[0]},
        "start": {"dateTime": iso(s), "timeZone": "Europe/Copenhagen"},
        "end": {"dateTime": iso(e), "timeZone": "Europe/Copenhagen"},
        "iCalUID": "7sm2kq0dv5hj1r9b3celt8pa4n@google.com",
        "sequence": 0,
        "attendees": [
            {"email": julie[1], "displayName": julie[0], "organizer": True,
             "responseStatus": "accepted"},
            {"email": peter[1], "displayName": peter[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True,
             "responseStatus": "accepted"}],
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    noise = {
        "kind": "calendar#event",
        "etag": "\"3520114870236000\"",
        "id": "3fvd8ka1nq6ml0ej2tc9bs7rh5",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=M2Z2ZDhrYTFucTZtbDBlajJ0YzliczdyaDUgaW5ncmlkLmZhbGttYWRzZW5AZXhhbXBsZS5jb20",
        "created": "2026-03-06T07:40:35.000Z",
        "updated": "2026-03-06T07:40:35.118Z",
        "summary": "Mormors 80-årsdag (Lund)",
        "creator": {"email": OWNER, "self": True},
        "organizer": {"email": OWNER, "self": True},
        "start": {"date": "2026-03-28"},
        "end": {"date": "2026-03-29"},
        "transparency": "transparent",
        "iCalUID": "3fvd8ka1nq6ml0ej2tc9bs7rh5@google.com",
        "sequence": 0,
        "reminders": {"useDefault": False},
        "eventType": "default",
    }
    items = [("01-samtale-tidevand.gcal.json",
              (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")),
             ("02-mormor-80.gcal.json",
              (json.dumps(noise, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))]
    label = lab([iv(co, role, s, e, "scheduled", [peter[1]], [peter[1]], "hiring_manager")],
                "medium", "positive/calendar-api-json",
                "Calendar API event (Danish 'Samtale' = interview, 'Anden samtale' = second "
                "interview) with self attendee; organizer Julie (office manager) schedules, partner "
                "Peter conducts. Second file is an unrelated all-day family event.")
    return slug, items, label


@case
def c12():
    slug = "b136-12-rekryteringsbyra-vidarebefordrat"
    co, role = "GreenTrail Robotics", "Industrial Designer, Field Robotics"
    erik = ("Erik Lindahl", "erik.lindahl@nordictalent.example")
    charlotte = ("Charlotte Ahrens", "charlotte.ahrens@greentrail-robotics.example")
    s, e = L(STO, 2026, 3, 30, 9, 0), L(STO, 2026, 3, 30, 10, 0)
    assert s.utcoffset() == timedelta(hours=2)
    wd(2026, 3, 30, "Monday")
    sent = L(STO, 2026, 3, 26, 15, 12, 44)
    fwd_date = L(STO, 2026, 3, 26, 14, 40)
    wd(2026, 3, 26, "Thu")
    p = f"""Hi Ingrid,

Great news – GreenTrail want to meet you! See Charlotte's confirmation below: Monday 30/3 at 09:00 at their office in Kista (Isafjordsgatan 22), about an hour. Charlotte is the hiring manager for the role; Tobias Rehn, their mechanical lead, will join her.

A few tips: they love seeing how you handled sealing and ruggedisation, so bring the IP67 enclosure project. Give me a call afterwards and tell me how it went.

Good luck!

Erik Lindahl
Senior Consultant, Design & Engineering
Nordic Talent Partners AB | +46 70 455 12 90

---------- Forwarded message ---------
From: {charlotte[0]} <{charlotte[1]}>
Date: Thu, 26 Mar 2026 at 14:40
Subject: RE: Candidate presentation – Ingrid Falk Madsen
To: {erik[0]} <{erik[1]}>


Hi Erik,

Thanks for sending Ingrid's profile – her rugged-enclosure work is very relevant for our field robots. Monday 30 March, 09:00–10:00 works for us. I'll be joined by Tobias Rehn, our mechanical lead.

Please ask her to sign in at the reception on floor 2; I'll come and pick her up.

Best regards,
Charlotte Ahrens
Head of Product Design | GreenTrail Robotics AB
"""
    assert fwd_date.strftime("%H:%M") == "14:40"
    items = [("01-fwd-interview-confirmed.eml", gmail_msg(
        frm=erik, to=fa(OWNER_NAME, OWNER),
        subject="Fwd: RE: Candidate presentation – Ingrid Falk Madsen", sent=sent,
        msgid="<CAM2kT9v+Pq3xLw0dS7nHb4eYr1mJg6cFu5oZa8@mail.gmail.com>", plain=p,
        boundary="000000000000e1d74b064b19"))]
    label = lab([iv(co, role, s, e, "scheduled", [charlotte[1]], [charlotte[1]], "onsite")],
                "hard", "positive/agency-forward-dst",
                "Recruitment-agency consultant forwards the hiring manager's confirmation. Company is "
                "the client (GreenTrail), not the agency. Mail sent Thu 26 Mar (+0100) for Mon 30 "
                "Mar 09:00 local, the day after the DST switch (+02:00). Charlotte + Tobias (no "
                "address) -> panel/onsite; Erik only brokers.")
    return slug, items, label


@case
def c13():
    slug = "b136-13-installd-och-ny-inbjudan"
    co, role = "Mälarö Hem", "Industridesigner, köksprodukter"
    klara = ("Klara Nord", "klara.nord@malarohem.example")
    s1, e1 = L(STO, 2026, 3, 24, 10, 0), L(STO, 2026, 3, 24, 11, 0)
    s2, e2 = L(STO, 2026, 4, 7, 10, 0), L(STO, 2026, 4, 7, 11, 0)
    wd(2026, 3, 24, "tisdag")
    wd(2026, 4, 7, "tisdag")
    assert s2.utcoffset() == timedelta(hours=2)
    loc = "Mälarö Hem, Ulvsundavägen 106, 168 67 Bromma"
    guests = [(klara[0], klara[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
    uid1 = "4bk9s0ph2dq7lm1vt6cj3ergna@google.com"
    items = []
    sent1 = L(STO, 2026, 3, 10, 13, 15, 22)
    desc1 = ("Hej Ingrid! Välkommen på intervju för tjänsten som industridesigner inom "
             "köksprodukter. Intervjun blir med mig (designchef). Vi ses i receptionen.\n\n/Klara")
    items.append(("01-inbjudan-intervju.eml", google_invite(
        lang="sv", title="Intervju – Industridesigner köksprodukter", start=s1, end=e1,
        organizer=klara, guests=guests, uid=uid1, sent=sent1,
        msgid="<calendar-0b3e8f1d-6a27-4c94-b5d0-e18a7c2f4b93@google.com>",
        boundary="0000000000007a2ce40649f3", description=desc1, location=loc)))
    sent2 = L(STO, 2026, 3, 23, 17, 50, 9)
    note = ("Klara Nord har ställt in den här händelsen och lagt till ett meddelande:\n"
            "\"Hej Ingrid, jag har tyvärr blivit sjuk och måste ställa in vår intervju imorgon. "
            "Jag skickar en ny tid så snart jag kan. Förlåt! /Klara\"")
    items.append(("02-installd-intervju.eml", google_invite(
        lang="sv", title="Intervju – Industridesigner köksprodukter", start=s1, end=e1,
        organizer=klara, guests=guests, uid=uid1, sent=sent2, seq=1, kind="cancel",
        cancel_note=note, created=sent1,
        msgid="<calendar-8d52a0c7-3e19-4f6b-9a84-c07e2b1d5f36@google.com>",
        boundary="000000000000c9f1b2064b0e", location=loc)))
    sent3 = L(STO, 2026, 3, 25, 9, 30, 47)
    desc3 = ("Hej igen Ingrid! Här kommer den nya tiden för vår intervju – tack för ditt "
             "tålamod. Samma upplägg som tidigare: du och jag, ca en timme.\n\n/Klara")
    items.append(("03-inbjudan-ny-tid.eml", google_invite(
        lang="sv", title="Intervju (ny tid) – Industridesigner köksprodukter", start=s2, end=e2,
        organizer=klara, guests=guests, uid="9rjt2cv6mk0ba4hp8se1dl5qfo@google.com",
        sent=sent3, msgid="<calendar-4f7c1e09-b2d8-4a35-8e6f-1a93d0c7b528@google.com>",
        boundary="0000000000005de8a3064b2a", description=desc3, location=loc)))
    label = lab([
        iv(co, role, s1, e1, "cancelled", [klara[1]], [klara[1]], "hiring_manager"),
        iv(co, role, s2, e2, "scheduled", [klara[1]], [klara[1]], "hiring_manager")],
        "hard", "positive/cancel-then-rebooked",
        "Google invite 24 Mar 10:00 CET, 'Inställd händelse' (METHOD:CANCEL, same UID), then a "
        "NEW event (new UID) on 7 Apr 10:00 CEST -> two entries: one cancelled, one scheduled.")
    return slug, items, label


# =========================================================================== negatives

@case
def c14():
    slug = "b136-14-mote-pa-designmassan"
    matilda = ("Matilda Roos", "matilda.roos@lovangertextil.example")
    s, e = L(STO, 2026, 2, 5, 14, 0), L(STO, 2026, 2, 5, 14, 45)
    wd(2026, 2, 5, "Thursday")
    sent = L(STO, 2026, 2, 4, 21, 5, 31)
    desc = ("Hi Ingrid, lovely to bump into you at the fair opening! As discussed, let's sit down "
            "at our stand and go through the new wool felt qualities for the Kvarnfors lounge "
            "chair, plus sample lead times for the prototype run. Bring the colour cards if you "
            "have them.\n\n(Our HR team is also running 'Meet & hire' sessions at the stand on "
            "Saturday, in case any of your former students are looking for internships.)\n\n"
            "See you tomorrow!\nMatilda\nProduct Manager, Lövånger Textil")
    items = [("01-invitation-booth-meeting.eml", google_invite(
        lang="en", title="Meeting @ Nordic Furniture & Light Fair – Lövånger Textil stand C19:32",
        start=s, end=e, organizer=matilda,
        guests=[(matilda[0], matilda[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
        uid="8ne3vr1km6qd0hc2tb9sal7fjp@google.com", sent=sent,
        msgid="<calendar-6c0a3f82-d91e-4b57-a2c4-8e1f7b3d0a96@google.com>",
        boundary="000000000000b4e92a0648f1", description=desc,
        location="Stockholmsmässan, Hall C, stand C19:32"))]
    label = lab([], "hard", "negative/trade-fair-meeting",
                "Google invite for a supplier/brand meeting at a design fair about her current "
                "employer's chair project. Hiring words ('Meet & hire', internships) refer to "
                "others. Not a job interview.")
    return slug, items, label


@case
def c15():
    slug = "b136-15-leverantorsbesok-fabrik"
    daniel = ("Daniel Hedlund", "daniel.hedlund@kvarnfors.example")
    mats = ("Mats Gren", "mats.gren@gnosjoplast.example")
    s, e = L(STO, 2026, 4, 23, 8, 0), L(STO, 2026, 4, 23, 15, 0)
    wd(2026, 4, 23, "torsdag")
    sent = L(STO, 2026, 3, 9, 10, 41, 17)
    body = """Hej!

Här kommer inbjudan till leverantörsbesöket hos Gnosjö Plast. Vi åker med tåget 06:12 från Stockholm C (byte i Nässjö), Mats hämtar oss vid stationen.

Agenda
08:00 Välkomst och säkerhetsgenomgång
08:30 Genomgång av verktyg T-114 (armstöd) och T-117 (sitsskal)
10:00 Provskott i maskin 6, mätning av krympning
12:00 Lunch
13:00 Intervjuer med montörerna om monteringsmomenten (Ingrid håller i intervjuerna, 3 x 20 min)
14:30 Sammanfattning och åtgärdslista

Ta med skyddsskor.

/Daniel
Projektledare, Kvarnfors Design AB
"""
    items = [("01-leverantorsbesok-gnosjo-plast.eml", outlook_invite(
        lang="sv", subject="Leverantörsbesök Gnosjö Plast – verktygsgenomgång & provskott",
        start=s, end=e, tzid="W. Europe Standard Time", organizer=daniel,
        required=[("Ingrid Falk", WORK), mats], location="Gnosjö Plast AB, Industrigatan 7, Gnosjö",
        body=body, uid=("040000008200E00074C5B7101A82E00800000000C3B2A1F0E9D8DC01000000000000000"
                        "0100000009E8D7C6B5A4F3E2D1C0B9A8F7E6D5C4B"),
        sent=sent,
        msgid="<HE1PR05MB3242B7C6D5E4F3A2B1C0D9E8F7A6B5C4D3E2@HE1PR05MB3242.eurprd05.prod.outlook.com>",
        boundary="_000_HE1PR05MB3242B7C6D5E4F3A2B1C0D9E8F7A6B5C4D3E2_",
        thread_index="AdyvP0q9R8s7T6u5V4w3X2y1Z0aBcA==", forwarded=True, me=WORK,
        to_hdr=f"{fa('Ingrid Falk', WORK)}, {fa(*mats)}"))]
    label = lab([], "medium", "negative/supplier-visit",
                "Work invite (auto-forwarded from her current employer's address) for a factory "
                "visit at an injection-moulding supplier; 'Intervjuer med montörerna' are run BY "
                "Ingrid as user research. Not a job interview.")
    return slug, items, label


@case
def c16():
    slug = "b136-16-medarbetarsamtal"
    per = ("Per Ekdahl", "per.ekdahl@kvarnfors.example")
    s, e = L(STO, 2026, 3, 18, 14, 0), L(STO, 2026, 3, 18, 15, 30)
    wd(2026, 3, 18, "onsdag")
    sent = L(STO, 2026, 3, 2, 8, 30, 2)
    body = """Hej Ingrid!

Dags för årets medarbetarsamtal. Vi går igenom ditt förberedelseunderlag: hur året har varit, dina mål och utvecklingsönskemål för 2026 och din arbetssituation. Fyll gärna i underlaget i Sympa senast fredag 13/3.

Lönesamtalet tar vi separat i maj, enligt vår lönerevisionsprocess.

/Per
Designchef, Kvarnfors Design AB
"""
    wd(2026, 3, 13, "fredag")
    items = [("01-medarbetarsamtal-2026.eml", outlook_invite(
        lang="sv", subject="Medarbetarsamtal 2026 – Ingrid & Per", start=s, end=e,
        tzid="W. Europe Standard Time", organizer=per, required=[("Ingrid Falk", WORK)],
        location="Rum Ateljén, plan 3", body=body,
        uid=("040000008200E00074C5B7101A82E008000000004E5D6C7B8A9FDC01000000000000000010000000"
             "F1E2D3C4B5A6978877665544332211AA"),
        sent=sent,
        msgid="<HE1PR05MB32421A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D@HE1PR05MB3242.eurprd05.prod.outlook.com>",
        boundary="_000_HE1PR05MB32421A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D_",
        thread_index="AdyqB7c6D5e4F3g2H1i0J9k8L7m6Nw==", forwarded=True, me=WORK,
        to_hdr=fa("Ingrid Falk", WORK)))]
    label = lab([], "hard", "negative/performance-review",
                "'Medarbetarsamtal' (annual performance/development review) with her manager at her "
                "CURRENT employer; Outlook invite via work-address forwarding. 'samtal' vocabulary "
                "but not a hiring process.")
    return slug, items, label


@case
def c17():
    slug = "b136-17-alumnimagasin-intervju"
    tove = ("Tove Ahlström", "tove.ahlstrom@designhogskolan.example")
    s, e = L(STO, 2026, 3, 26, 10, 0), L(STO, 2026, 3, 26, 10, 45)
    wd(2026, 3, 26, "torsdag")
    items = []
    sent1 = L(STO, 2026, 3, 12, 10, 15, 36)
    p1 = """Hej Ingrid!

Jag heter Tove och är redaktör för Form & Fakta, Designhögskolans alumnimagasin. I vårnumret har vi temat "Från examensarbete till produktion" och vi skulle väldigt gärna vilja intervjua dig om din väg från examen 2017 till industridesigner på Kvarnfors – inte minst loungestolen som nu går i produktion.

Intervjun tar ca 45 minuter via Teams, och fotograferingen bokar vi separat. Skulle torsdag 26 mars kl. 10.00 fungera? Jag skickar en inbjudan så länge, säg bara till om du vill byta tid.

Varma hälsningar
Tove Ahlström
Redaktör, Form & Fakta – Designhögskolans alumnimagasin
"""
    m1 = "<GV3P280MB0912A7B6C5D4E3F2A1B0C9D8E7F6A5B4C3D2@GV3P280MB0912.SWEP280.PROD.OUTLOOK.COM>"
    items.append(("01-intervju-till-alumnimagasinet.eml", outlook_msg(
        frm=tove, to=fa(OWNER_NAME, OWNER), subject="Intervju till alumnimagasinet Form & Fakta?",
        sent=sent1, msgid=m1, plain=p1, boundary="_GV3P280MB0912A7B6",
        thread_index="AdyyX1a2B3c4D5e6F7g8H9i0J1k2Lw==", lang="sv-SE",
        host="SWE01-GV0-obe.outbound.protection.outlook.com", ip="40.107.141.77")))
    sent2 = L(STO, 2026, 3, 12, 10, 19, 4)
    body = """Hej Ingrid!

Här kommer inbjudan till intervjun för alumniporträttet i Form & Fakta. Vi pratar om din väg från examensarbetet till produktion, dina förebilder och tips till nuvarande studenter. Texten skickas till dig för faktagranskning innan publicering.

/Tove
"""
    items.append(("02-inbjudan-alumniportratt.eml", outlook_invite(
        lang="sv", subject="Intervju: Ingrid Falk Madsen – Form & Fakta (alumniporträtt)",
        start=s, end=e, tzid="W. Europe Standard Time", organizer=tove,
        required=[(OWNER_NAME, OWNER)], location="Microsoft Teams-möte", body=body,
        uid=("040000008200E00074C5B7101A82E00800000000B6A5F4E3D2C1DC0100000000000000001000000"
             "07A6B5C4D3E2F1A0B9C8D7E6F5A4B3C2D"),
        sent=sent2,
        msgid="<GV3P280MB09123C2D1E0F9A8B7C6D5E4F3A2B1C0D9E8F@GV3P280MB0912.SWEP280.PROD.OUTLOOK.COM>",
        boundary="_000_GV3P280MB09123C2D1E0F9A8B7C6D5E4F3A2B1C0D9E8F_",
        thread_index="AdyyX5m6N7o8P9q0R1s2T3u4V5w6Xw==",
        teams=dict(mid="NzQ2ZjFhYzgtOTEyZC00YjE3LWE5ZGYtM2M0ZTVhNmI3Yzhk",
                   tid="5e1f0c9a-8b7d-4e6f-a3c2-1d0b9e8f7a6c", num="381 604 227 915",
                   pw="Hq7fZ2"),
        host="SWE01-GV0-obe.outbound.protection.outlook.com", ip="40.107.141.77")))
    label = lab([], "hard", "negative/press-alumni-interview",
                "University alumni magazine wants to 'intervjua' her for a portrait; Outlook/Teams "
                "invite titled 'Intervju: ...'. Press interview, not a job interview.")
    return slug, items, label


@case
def c18():
    slug = "b136-18-varbi-ansokan-mottagen"
    org = "Region Östersjö"
    sent = L(STO, 2026, 2, 20, 23, 12, 40)
    wd(2026, 3, 8, "söndag")
    p = f"""Hej Ingrid Falk Madsen,

Tack för din ansökan till tjänsten Designer med inriktning tillgänglighet, ref.nr RÖ 2026/233, vid {org}, Förvaltningen för kollektivtrafik.

Vi har tagit emot din ansökan. Sista ansökningsdag är söndag 8/3. Intervjuer planeras att genomföras under vecka 12 (16–20 mars). Om du blir kallad till intervju kontaktas du via e-post eller telefon.

Du kan logga in och se din ansökan på https://regionostersjo.varbi.com/se/minasidor/

Upplysningar om tjänsten lämnas av enhetschef Lars Wiklund, 010-417 52 30.

Med vänlig hälsning
{org}
"""
    items = [("01-tack-for-din-ansokan.eml", varbi_msg(
        org=org, subject="Tack för din ansökan – Designer med inriktning tillgänglighet",
        sent=sent, msgid="<20260220221240.3C9E5B17D2@mail2.varbi.com>", plain=p,
        boundary="----=_Part_41172_871204455.1771625560000"))]
    label = lab([], "medium", "negative/application-received",
                "Varbi application receipt mentioning that interviews are planned in week 12 "
                "(16-20 March); nothing is booked.")
    return slug, items, label


@case
def c19():
    slug = "b136-19-teamtailor-avslag-efter-intervju"
    co = "Vinterviken Studio"
    wd(2026, 3, 10, "tisdag")
    sent = L(STO, 2026, 3, 16, 16, 40, 25)
    p = """Hej Ingrid,

Tack för att du tog dig tid att träffa oss på intervjun i tisdags (10/3 kl. 13.00) och för en riktigt inspirerande genomgång av dina projekt.

Vi har nu träffat samtliga kandidater och har efter noga övervägande valt att gå vidare med en annan kandidat, vars erfarenhet av medicinteknisk produktutveckling ligger närmare det vi behöver just nu.

Vi vill gärna spara din ansökan i vår kandidatbank och höra av oss om en roll som passar dig bättre dyker upp.

Stort lycka till framöver!

Vänliga hälsningar
Moa Berglund
Rekryteringsansvarig, Vinterviken Studio
"""
    items = [("01-angaende-tjansten.eml", teamtailor_msg(
        company=co, sender="Moa Berglund",
        subject="Angående tjänsten som Industridesigner på Vinterviken Studio", sent=sent,
        msgid="<0102019cf3d81a47-3b9e6c20-7d14-4a85-b0f6-19c2e5a7d830-000000@eu-west-1.amazonses.com>",
        plain=p, boundary="tt-b84e0c27d913", token="f09c2d4b81e3a657", brand="#5a3e2b"))]
    label = lab([], "medium", "negative/rejection-after-interview",
                "Teamtailor rejection that references a past interview date and time (10/3 kl. "
                "13.00). Rejection -> not an interview per the rules.")
    return slug, items, label


@case
def c20():
    slug = "b136-20-teamtailor-boka-tid-obokad"
    co = "Kulla Cykel"
    wd(2026, 3, 30, "mån")
    wd(2026, 3, 31, "tis")
    wd(2026, 4, 1, "ons")
    items = []
    sent1 = L(STO, 2026, 3, 18, 9, 5, 50)
    p1 = """Hej Ingrid!

Tack för din ansökan till tjänsten som Industridesigner, e-cykel. Vi skulle gärna vilja träffa dig för en intervju med vår designansvarige Jesper Kulla.

Välj en tid som passar dig via länken nedan. Intervjuerna är 45 minuter och hålls över Teams.

Lediga tider just nu:
mån 30 mars kl. 09.00
tis 31 mars kl. 13.00
ons 1 april kl. 10.30

Välj tid: https://kullacykel.teamtailor.com/meetings/book/4d7f0e2a9b1c

Länken är giltig i 5 dagar.

Vänliga hälsningar
Amira Haddad
People Partner, Kulla Cykel
"""
    items.append(("01-boka-din-intervju.eml", teamtailor_msg(
        company=co, sender="Amira Haddad",
        subject="Boka din intervju – Industridesigner, e-cykel", sent=sent1,
        msgid="<0102019d01a7c3e5-8f2d0b61-4e9a-47c3-9d58-a6b1e0f3c742-000000@eu-west-1.amazonses.com>",
        plain=p1, boundary="tt-3c9a71e0f5b2", token="7b2e9d0c4a1f8365", brand="#d9462b")))
    sent2 = L(STO, 2026, 3, 23, 9, 0, 12)
    p2 = """Hej Ingrid!

Vi ser att du ännu inte har bokat en tid för intervju för tjänsten som Industridesigner, e-cykel. Länken är giltig till och med idag:

https://kullacykel.teamtailor.com/meetings/book/4d7f0e2a9b1c

Hör av dig om ingen av tiderna passar så försöker vi hitta en annan lösning.

Vänliga hälsningar
Amira Haddad
People Partner, Kulla Cykel
"""
    items.append(("02-paminnelse-boka-tid.eml", teamtailor_msg(
        company=co, sender="Amira Haddad",
        subject="Påminnelse: Boka din intervju – Industridesigner, e-cykel", sent=sent2,
        msgid="<0102019d1b4e9f02-2a6c8d17-b3f0-4e52-8c91-5d0e7a3b6f14-000000@eu-west-1.amazonses.com>",
        plain=p2, boundary="tt-e1f06b8d2a47", token="7b2e9d0c4a1f8365", brand="#d9462b")))
    label = lab([], "hard", "negative/unbooked-self-scheduling",
                "Teamtailor self-scheduling link with three offered slots and a reminder that no "
                "slot has been booked. Availability request / unbooked link -> not an interview.")
    return slug, items, label


@case
def c21():
    slug = "b136-21-hemuppgift-designcase"
    ida = ("Ida Mørch", "ida.morch@kokkenfabrikken.example")
    wd(2026, 3, 27, "Friday")
    sent = L(CPH, 2026, 3, 16, 10, 0, 38)
    p = """Hi Ingrid,

Thank you for your application for the Industrial Designer position at Køkkenfabrikken – we enjoyed looking through your portfolio.

As the next step in our process, we would like you to solve a short design case at home. The brief is attached: a modular drawer organiser for our new kitchen line, with a focus on recycled materials and flat-pack logistics.

Practical details
- Deliverable: max. 10 slides, PDF
- Deadline: Friday 27/3 at 12:00 (Danish time)
- Upload: https://kokkenfabrikken.example/case-upload/ifm-2026
- Expected effort: 4–6 hours

You don't need to present the case. Our design team reviews all submissions anonymously, and we will contact shortlisted candidates about interviews in week 15.

Best regards
Ida Mørch
Talent Partner | Køkkenfabrikken ApS
"""
    items = [("01-design-case.eml", outlook_msg(
        frm=ida, to=fa(OWNER_NAME, OWNER), subject="Design case – Industrial Designer",
        sent=sent,
        msgid="<VI1PR09MB4120D3C2B1A0F9E8D7C6B5A4F3E2D1C0B9A8@VI1PR09MB4120.eurprd09.prod.outlook.com>",
        plain=p, boundary="_004_VI1PR09MB4120D3C2",
        thread_index="AdywZ9y8X7w6V5u4T3s2R1q0P9o8Nw==", lang="en-GB",
        attachments=[attach("application/pdf", "Design_case_brief.pdf",
                            tiny_pdf("Design case - modular drawer organiser"))]))]
    label = lab([], "medium", "negative/take-home-assignment",
                "Take-home design case with a hand-in deadline (Friday 27/3 12:00); explicitly no "
                "presentation, interviews only later for a shortlist. Not an interview.")
    return slug, items, label


@case
def c22():
    slug = "b136-22-jury-portfoliogranskning"
    birgitta = ("Birgitta Sand", "birgitta.sand@formakademin.example")
    jonas = ("Jonas Ek", "jonas.ek@formakademin.example")
    s, e = L(STO, 2026, 4, 10, 9, 0), L(STO, 2026, 4, 10, 16, 0)
    wd(2026, 4, 10, "fredag")
    sent = L(STO, 2026, 3, 18, 15, 44, 20)
    desc = ("Hej Ingrid! Stort tack för att du ställer upp som extern jurymedlem i årets antagning "
            "till kandidatprogrammet i industridesign.\n\nFörmiddag: portfoliogranskning av "
            "arbetsprover (ca 40 sökande).\nEftermiddag: antagningsintervjuer med de 8 sökande vi "
            "går vidare med, 20 minuter vardera. Du sitter i intervjupanelen tillsammans med "
            "Jonas Ek och mig.\n\nArvode enligt avtal, lunch ingår.\n\n/Birgitta, studierektor")
    items = [("01-inbjudan-antagningsjury.eml", google_invite(
        lang="sv", title="Antagning IDK 2026: portfoliogranskning & antagningsintervjuer (extern jury)",
        start=s, end=e, organizer=birgitta,
        guests=[(birgitta[0], birgitta[1], "ACCEPTED"), (jonas[0], jonas[1], "ACCEPTED"),
                (OWNER, OWNER, "NEEDS-ACTION")],
        uid="5cq8tm3bh0vn7ek2rd9lsa1jgp@google.com", sent=sent,
        msgid="<calendar-a3d9e0b1-7c42-4f85-9b16-2e8c0d5f7a31@google.com>",
        boundary="0000000000001f7bd4064a9c", description=desc,
        location="Formakademin, Verkstadsgatan 12, Stockholm – sal 204"))]
    label = lab([], "hard", "negative/user-is-interviewer-admissions",
                "Design-school admissions: Ingrid reviews applicants' portfolios and sits on the "
                "interview panel (she is the interviewer; admissions, not a job).")
    return slug, items, label


# =========================================================================== main

def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith("b136-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, items, label = fn()
        assert slug.startswith(f"b136-{i:02d}-"), slug
        d = os.path.join(HERE, slug)
        os.makedirs(d)
        for fname, data in items:
            assert re.match(r"^\d\d-.*\.(eml|ics|gcal\.json)$", fname), fname
            with open(os.path.join(d, fname), "wb") as f:
                f.write(data)
        labels[slug] = label
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# Labels for blind136 (written blind). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=100)
    pos = sum(1 for v in labels.values() if v["interview"])
    ivs = [x for v in labels.values() for x in v["interviews"]]
    print(f"{len(labels)} cases, {pos} positive, {len(labels)-pos} negative, {len(ivs)} interviews "
          f"({sum(x['status']=='scheduled' for x in ivs)} scheduled, "
          f"{sum(x['status']=='cancelled' for x in ivs)} cancelled)")


if __name__ == "__main__":
    main()
