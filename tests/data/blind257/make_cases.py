#!/usr/bin/env python3
"""Regenerate the blind257 evaluation cases (Casablanca auditor, Ramadan clock change).

Deterministic: every date, Message-ID, UID and MIME boundary is derived from fixed
values, so two runs produce byte-identical files.  Standard library + PyYAML only.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import re
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b257-"

UTC = timezone.utc
CASA = ZoneInfo("Africa/Casablanca")
PARIS = ZoneInfo("Europe/Paris")
DUBAI = ZoneInfo("Asia/Dubai")

USER = "yasmine.elouazzani@example.com"
USER_NAME = "Yasmine El Ouazzani"

FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DARIJA_DAYS = ["letnin", "tlat", "larb3", "lkhmis", "ljem3a", "sebt", "lhed"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

# --- sanity checks on the clock changes this set is about ---------------------------
# Morocco: UTC+1, except UTC+0 from Sun 15 Feb 2026 03:00 (-> 02:00) to Sun 22 Mar 2026 02:00 (-> 03:00)
assert datetime(2026, 2, 15, 1, 59, tzinfo=UTC).astimezone(CASA).utcoffset() == timedelta(hours=1)
assert datetime(2026, 2, 15, 2, 0, tzinfo=UTC).astimezone(CASA).utcoffset() == timedelta(0)
assert datetime(2026, 3, 22, 1, 59, tzinfo=UTC).astimezone(CASA).utcoffset() == timedelta(0)
assert datetime(2026, 3, 22, 2, 0, tzinfo=UTC).astimezone(CASA).utcoffset() == timedelta(hours=1)
# Paris: CET until Sun 29 Mar 2026 01:00 UTC, then CEST
assert datetime(2026, 3, 29, 0, 59, tzinfo=UTC).astimezone(PARIS).utcoffset() == timedelta(hours=1)
assert datetime(2026, 3, 29, 1, 0, tzinfo=UTC).astimezone(PARIS).utcoffset() == timedelta(hours=2)
assert datetime(2026, 6, 1, tzinfo=UTC).astimezone(DUBAI).utcoffset() == timedelta(hours=4)


def T(tz, y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def day(dt, name):
    """Assert that `name` (French, English or Darija) is dt's weekday; return name."""
    w = dt.weekday()
    ok = {FR_DAYS[w], EN_DAYS[w].lower(), EN_DAYS[w][:3].lower(), DARIJA_DAYS[w]}
    assert name.lower() in ok, (dt, name)
    return name


def fr_date(dt, year=True):
    s = f"{FR_DAYS[dt.weekday()]} {dt.day} {FR_MONTHS[dt.month - 1]}"
    return s + (f" {dt.year}" if year else "")


def en_date(dt):  # Thursday, February 12, 2026
    return f"{EN_DAYS[dt.weekday()]}, {EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year}"


def hx(seed, n, upper=False):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    out = out[:n]
    return out.upper() if upper else out


def digits(seed, n):
    return "".join(str(int(c, 16) % 10) for c in hx(seed, n))


def uuidish(seed):
    h = hx(seed, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b64ish(seed, n):
    raw = hashlib.sha256(seed.encode()).digest() * 4
    return base64.urlsafe_b64encode(raw).decode().replace("-", "x").replace("_", "Z").rstrip("=")[:n]


def rfc(dt):
    return format_datetime(dt)


def ics_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def iso_utc_ms(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


# --- headers ---------------------------------------------------------------------------
def A(name, email):
    return formataddr((name, email), charset="utf-8")


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", header_name="Subject").encode()


def addr_list(pairs):
    return ",\n ".join(A(n, e) for n, e in pairs)


def received(from_host, ip, dt, seed, server="mx1.example.com"):
    return ("Received", f"from {from_host} ({from_host} [{ip}])\n        by {server} (Postfix) with ESMTPS id "
            f"{hx(seed, 10, True)}\n        for <{USER}>; {rfc((dt + timedelta(seconds=3)).astimezone(UTC))}")


def mid_outlook(seed):
    host = "PR3PR08MB" + digits(seed + "h", 4)
    return f"<{host}{hx(seed, 24, True)}@{host}.eurprd08.prod.outlook.com>"


def mid_gmail(seed):
    return f"<CA{b64ish(seed, 44)}@mail.gmail.com>"


def mid_gcal(seed):
    return f"<calendar-{uuidish(seed)}@google.com>"


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


def render_headers(hdrs):
    return "".join(f"{k}: {v}\n" for k, v in hdrs)


# --- MIME parts ------------------------------------------------------------------------
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def leaf(ctype, text, cte="quoted-printable", extra=()):
    if cte == "quoted-printable":
        body = qp(text)
    elif cte == "base64":
        body = b64(text)
    else:
        body = text
    return ([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)] + list(extra), body)


def multi(subtype, boundary, parts, preamble=""):
    out = preamble
    for h, b in parts:
        out += f"--{boundary}\n" + render_headers(h) + "\n" + b.rstrip("\n") + "\n"
    out += f"--{boundary}--\n"
    return ([("Content-Type", f'multipart/{subtype};\n boundary="{boundary}"')], out)


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def write_eml(path, headers, part):
    ph, pb = part
    write(path, render_headers(list(headers) + [("MIME-Version", "1.0")] + ph) + "\n" + pb)


def write_json(path, obj):
    write(path, json.dumps(obj, indent=2, ensure_ascii=False) + "\n")


# --- HTML helpers ----------------------------------------------------------------------
URL_RE = re.compile(r"(https?://[^\s<>\"]+)")


def linkify(escaped):
    return URL_RE.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', escaped)


def paras_html(text, pclass=None):
    out = []
    cls = f' class="{pclass}"' if pclass else ""
    for para in text.strip("\n").split("\n\n"):
        lines = [linkify(html.escape(l, quote=False)) for l in para.split("\n")]
        out.append(f"<p{cls}>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def outlook_html(text, lang="FR"):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;'
            'font-family:"Aptos",sans-serif;}\n--></style>\n</head>\n'
            f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + paras_html(text, "MsoNormal") + "\n</div>\n</body>\n</html>\n")


def gmail_html(text, quote_html=""):
    blocks = []
    for para in text.strip("\n").split("\n\n"):
        for l in para.split("\n"):
            blocks.append(f"<div>{linkify(html.escape(l, quote=False))}</div>")
        blocks.append("<div><br></div>")
    return '<div dir="ltr">' + "".join(blocks[:-1]) + "</div>" + quote_html + "\n"


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


# --- iCalendar -------------------------------------------------------------------------
def fold(line, eol):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    parts, first = [], True
    while b:
        lim = 75 if first else 74
        if len(b) <= lim:
            parts.append(b)
            break
        cut = lim
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut])
        b = b[cut:]
        first = False
    return (eol + " ").join(p.decode("utf-8") for p in parts)


def ics(lines, eol="\r\n"):
    return eol.join(fold(l, eol) for l in lines) + eol


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


VTZ_MOROCCO_WIN = [  # as Exchange writes it for 2026 (Ramadan = "daylight" with -1h)
    "BEGIN:VTIMEZONE", "TZID:Morocco Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=4SU;BYMONTH=3", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T030000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=3SU;BYMONTH=2", "END:DAYLIGHT",
    "END:VTIMEZONE",
]

VTZ_CASA_OLSON = [
    "BEGIN:VTIMEZONE", "TZID:Africa/Casablanca", "X-LIC-LOCATION:Africa/Casablanca",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:+00",
    "DTSTART:20260215T030000", "END:STANDARD",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:+01",
    "DTSTART:20260322T020000", "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def teams_block_fr(seed):
    tid, oid = uuidish(seed + "tid"), uuidish(seed + "oid")
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b64ish(seed, 48)}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    mid = digits(seed + "id", 12)
    mid = f"{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}"
    code = b64ish(seed + "pw", 6)
    line = "_" * 80
    text = (f"{line}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, une application mobile ou un appareil de salle\n"
            f"Cliquez ici pour rejoindre la réunion<{url}>\nID de la réunion : {mid}\nCode secret : {code}\n"
            "Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | "
            "Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/"
            f"meetingOptions/?organizerId={oid}&tenantId={tid}&language=fr-FR>\n{line}\n")
    htm = ('<div style="margin-bottom:24px;overflow:hidden;white-space:nowrap;">' + "_" * 80 + "</div>\n"
           '<div style="margin-bottom:12px;"><span style="font-size:24px;font-weight:700;">Réunion Microsoft Teams</span></div>\n'
           f'<div><a href="{html.escape(url)}">Rejoindre la réunion maintenant</a></div>\n'
           f"<div>ID de la réunion : {mid}</div><div>Code secret : {code}</div>\n"
           '<div style="margin-top:24px;">' + "_" * 80 + "</div>\n")
    return url, text, htm


def outlook_invite(path, *, seed, sent, organizer, attendees, subject, start, end, location, body,
                   method="REQUEST", sequence=0, teams=True, to=None, cc=(), extra_headers=(),
                   recv=None, tzid="Morocco Standard Time"):
    """Exchange/Outlook meeting request (or cancellation) with a Windows TZID."""
    assert start.tzinfo is CASA
    uid = "040000008200E00074C5B7101A82E00800000000" + hx(seed + "uid", 72, True)
    when = f"Quand : {fr_date(start)} {start:%H:%M}-{end:%H:%M} (UTC+01:00) Casablanca."
    where = f"Où : {location}"
    text = f"{when}\n{where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n"
    htm_extra = ""
    url = None
    if teams and method == "REQUEST":
        url, ttext, thtm = teams_block_fr(seed)
        text += "\n" + ttext
        htm_extra = thtm
    htm = outlook_html(f"{when}\n{where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}")
    htm = htm.replace("</div>\n</body>", htm_extra + "</div>\n</body>")
    cancel = method == "CANCEL"
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += VTZ_MOROCCO_WIN if tzid == "Morocco Standard Time" else []
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, email, role in attendees:
        lines.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{email}")
    lines += [f"DESCRIPTION;LANGUAGE=fr-FR:{esc(text)}",
              f"UID:{uid}",
              f"SUMMARY;LANGUAGE=fr-FR:{esc(subject)}",
              f"DTSTART;TZID={tzid}:{ics_local(start)}",
              f"DTEND;TZID={tzid}:{ics_local(end)}",
              "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}", f"DTSTAMP:{ics_utc(sent)}", "TRANSP:OPAQUE",
              f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{sequence}",
              f"LOCATION;LANGUAGE=fr-FR:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:-{digits(seed + 'own', 10)}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
              f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if url:
        lines.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}")
        lines.append("X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/"
                     f"teams/{uuidish(seed + 'tid')}/{uuidish(seed + 'oid')}/19_meeting_{b64ish(seed, 48)}"
                     "@thread.v2/0")
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
    if not cancel:
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    b = "_000_" + hx(seed + "b", 24, True) + "prodoutlookcom_"
    part = multi("alternative", b, [
        leaf('text/plain; charset="utf-8"', text),
        leaf('text/html; charset="utf-8"', htm),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ])
    host = "PR3PR08MB" + digits(seed + "h", 4)
    to = to if to is not None else [(n, e) for n, e, r in attendees if r == "REQ-PARTICIPANT"]
    hdrs = [("Delivered-To", USER)]
    hdrs.append(received("mail-am6eur05on2" + digits(seed + "ip", 3) + ".outbound.protection.outlook.com",
                         "40.107.22." + str(int(digits(seed + "ip4", 2)) + 10), sent, seed))
    hdrs += [("Return-Path", f"<{organizer[1]}>"),
             ("From", A(*organizer)), ("To", addr_list(to))]
    if cc:
        hdrs.append(("CC", addr_list(cc)))
    hdrs += list(extra_headers)
    hdrs += [("Subject", subj(subject)),
             ("Thread-Topic", subj(subject.split(" : ", 1)[-1] if cancel else subject)),
             ("Thread-Index", thread_index(seed)),
             ("Date", rfc(sent)),
             ("Message-ID", f"<{host}{hx(seed, 24, True)}@{host}.eurprd08.prod.outlook.com>"),
             ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("Content-class", "urn:content-classes:calendarmessage"),
             ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + b64ish(seed + "s", 32))]
    write_eml(path, hdrs, part)
    return uid


GOOGLE_FOOT_EN = (
    "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
    "You are receiving this email because you are an attendee on the event. To stop receiving future updates "
    "for this event, decline this event.\n\nForwarding this invitation could allow any recipient to send a "
    "response to the organiser, be added to the guest list, invite others regardless of their own invitation "
    "status or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
GOOGLE_FOOT_FR = (
    "Invitation de Google Agenda : https://calendar.google.com/calendar/\n\n"
    "Vous recevez cet e-mail, car vous participez à cet événement. Pour ne plus recevoir de mises à jour "
    "concernant cet événement, refusez-le.\n\nSi vous transférez cette invitation, tout destinataire pourra "
    "envoyer une réponse à l'organisateur, être ajouté à la liste des invités, inviter d'autres personnes ou "
    "modifier votre réponse. En savoir plus https://support.google.com/calendar/answer/37135#forwarding\n")


def google_invite(path, *, seed, sent, organizer, guests, title, start, end, when_line, tz_line,
                  subject_when, description, location="", lang="en", meet=True):
    """Google Calendar invitation e-mail (UTC DTSTART, no VTIMEZONE, as Google sends single events)."""
    uid = hx(seed + "uid", 26) + "@google.com"
    eid = b64ish(seed + "eid", 60)
    code = hx(seed + "meet", 10)
    code = f"{code[:3]}-{code[3:7]}-{code[7:]}".translate(str.maketrans("0123456789", "qrstuvwxyz"))
    meet_url = f"https://meet.google.com/{code}"
    en = lang == "en"
    lines = [title, when_line, tz_line, ""]
    if location:
        lines += [location, ""]
    if meet:
        lines += ["Join with Google Meet" if en else "Participer avec Google Meet", meet_url, ""]
    if description:
        lines += [description.strip(), ""]
    lines.append("Guests" if en else "Invités")
    for name, email, role, ps in guests:
        if email == organizer[1]:
            lines.append(f"{name} - " + ("organiser" if en else "organisateur"))
        else:
            lines.append(email + (" - optional" if (role == "OPT-PARTICIPANT" and en) else
                                  (" - facultatif" if role == "OPT-PARTICIPANT" else "")))
    lines.append(("View all guest info" if en else "Afficher toutes les informations sur les invités") +
                 f" https://calendar.google.com/calendar/event?action=VIEW&eid={eid}")
    lines += ["", ("Reply for " if en else "Répondre pour ") + USER]
    for k, rst in (("Yes", 1), ("No", 2), ("Maybe", 3)) if en else (("Oui", 1), ("Non", 2), ("Peut-être", 3)):
        lines += [k, f"https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst={rst}"
                     f"&tok={b64ish(seed + 'tok', 40)}&hl={'en_GB' if en else 'fr'}&es=1"]
    lines += [("More options" if en else "Plus d'options") +
              f" https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&hl={'en_GB' if en else 'fr'}", ""]
    text = "\n".join(lines) + "\n" + (GOOGLE_FOOT_EN if en else GOOGLE_FOOT_FR)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
           '<div itemscope itemtype="http://schema.org/InformAction"><span itemprop="name" style="display:none">'
           + html.escape(title) + "</span></div>\n" + paras_html(text) + "\n</body></html>\n")
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
           f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}", f"DTSTAMP:{ics_utc(sent)}",
           f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, email, role, ps in guests:
        rsvp = "" if ps == "ACCEPTED" else ";RSVP=TRUE"
        cal.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps}{rsvp};CN={name};X-NUM-GUESTS=0:mailto:{email}")
    if meet:
        cal.append(f"X-GOOGLE-CONFERENCE:{meet_url}")
    desc = (description.strip() + "\n\n" if description else "") + \
        f"Join with Google Meet: {meet_url}\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-" \
        if meet else description.strip()
    cal += [f"CREATED:{ics_utc(sent - timedelta(minutes=4))}", f"DESCRIPTION:{esc(desc)}",
            f"LAST-MODIFIED:{ics_utc(sent)}", f"LOCATION:{esc(location)}", "SEQUENCE:0", "STATUS:CONFIRMED",
            f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(cal)
    b1, b2 = "000000000000" + hx(seed + "b1", 12), "000000000000" + hx(seed + "b2", 12)
    alt = multi("alternative", b2, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', htm),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, "base64"),
    ])
    part = multi("mixed", b1, [alt, leaf('application/ics; name="invite.ics"', cal, "base64",
                                         [("Content-Disposition", 'attachment; filename="invite.ics"')])])
    subject = ("Invitation: " if en else "Invitation : ") + f"{title} @ {subject_when} ({USER})"
    hdrs = [("Delivered-To", USER),
            received("mail-sor-f69.google.com", "209.85.220.69", sent, seed),
            ("Return-Path", f"<{b64ish(seed + 'rp', 22)}@calendar-server.bounces.google.com>"),
            ("Reply-To", A(*organizer)),
            ("Sender", "Google Calendar <calendar-notification@google.com>"),
            ("Message-ID", mid_gcal(seed)),
            ("Date", rfc(sent)),
            ("Subject", subj(subject)),
            ("From", A(*organizer)),
            ("To", USER)]
    write_eml(path, hdrs, part)
    return uid, meet_url, eid


def plain_mail(path, *, seed, sent, frm, to, subject, text, cc=(), style="outlook", reply_to=None,
               in_reply_to=None, references=None, extra_headers=(), quoted_html="", attachments=(),
               delivered=True, msgid=None):
    """Human e-mail.  style: outlook (alt + QP html), gmail (alt), thunderbird (flowed 8bit), iphone (QP plain)."""
    if style == "outlook":
        body = multi("alternative", "_000_" + hx(seed + "b", 24, True) + "prodoutlookcom_", [
            leaf('text/plain; charset="utf-8"', text),
            leaf('text/html; charset="utf-8"', outlook_html(text))])
        mid = msgid or mid_outlook(seed)
        xh = [("Thread-Topic", subj(re.sub(r"^(RE|TR|Re|Fwd?) ?: ?", "", subject))),
              ("Thread-Index", thread_index(seed)), ("Accept-Language", "fr-FR, en-US"),
              ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes" if attachments else ""),
              ("X-MS-TNEF-Correlator", "")]
        rh = received("mail-db8eur05on2" + digits(seed + "ip", 3) + ".outbound.protection.outlook.com",
                      "40.107.20." + str(int(digits(seed + "ip4", 2)) + 20), sent, seed)
    elif style == "gmail":
        body = multi("alternative", "000000000000" + hx(seed + "b", 12), [
            leaf('text/plain; charset="UTF-8"', text),
            leaf('text/html; charset="UTF-8"', gmail_html(text.split("\n> ")[0] if quoted_html else text,
                                                          quoted_html))])
        mid = msgid or mid_gmail(seed)
        xh = []
        rh = received("mail-wm1-f" + digits(seed + "ip", 2) + ".google.com", "209.85.128." + digits(seed + "q", 2),
                      sent, seed)
    elif style == "thunderbird":
        body = ([("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
                 ("Content-Transfer-Encoding", "8bit")], text)
        mid = msgid or f"<{uuidish(seed)}@example.com>"
        xh = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")]
        rh = None
    elif style == "iphone":
        body = leaf("text/plain;\n\tcharset=utf-8", text)
        mid = msgid or f"<{uuidish(seed).upper()}@example.com>"
        xh = [("X-Mailer", "iPhone Mail (22D82)")]
        rh = None
    else:
        raise ValueError(style)
    if attachments:
        parts = [body]
        for fname, ctype, data in attachments:
            parts.append(leaf(f'{ctype}; name="{fname}"', data, "base64",
                              [("Content-Disposition", f'attachment; filename="{fname}"')]))
        body = multi("mixed", "_004_" + hx(seed + "m", 24, True) + "prodoutlookcom_" if style == "outlook"
                     else "000000000000" + hx(seed + "m", 12), parts)
    hdrs = []
    if delivered:
        hdrs.append(("Delivered-To", USER))
    if rh:
        hdrs.append(rh)
    hdrs += [("Return-Path", f"<{frm[1]}>"), ("From", A(*frm)), ("To", addr_list(to))]
    if cc:
        hdrs.append(("CC", addr_list(cc)))
    if reply_to:
        hdrs.append(("Reply-To", A(*reply_to)))
    hdrs += [("Subject", subj(subject)), ("Date", rfc(sent)), ("Message-ID", mid)]
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
        hdrs.append(("References", references or in_reply_to))
    hdrs += xh + list(extra_headers)
    write_eml(path, hdrs, body)
    return mid


def outlook_quote_header(frm, sent, to, subject, cc=()):
    s = (f"De : {frm[0]} <{frm[1]}>\nEnvoyé : {fr_date(sent)} {sent:%H:%M}\n"
         f"À : " + "; ".join(f"{n} <{e}>" for n, e in to) + "\n")
    if cc:
        s += "Cc : " + "; ".join(f"{n} <{e}>" for n, e in cc) + "\n"
    return s + f"Objet : {subject}\n"


def gcal_event(path, *, seed, created, updated, summary, description, organizer, attendees, start, end,
               tz, location=None, status="confirmed", sequence=0, meet=None, creator=None, fmt="offset",
               ical_uid=None):
    """Google Calendar API v3 Event resource (events.list item) as seen from the owner's calendar."""
    def dt(d):
        if fmt == "Z" and d.utcoffset() == timedelta(0):
            return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return d.isoformat()
    eid = hx(seed + "id", 26).translate(str.maketrans("abcdef0123456789", "abcdefghijklmnop"))[:26]
    ev = {"kind": "calendar#event", "etag": f'"{digits(seed + "etag", 16)}"', "id": eid, "status": status,
          "htmlLink": "https://www.google.com/calendar/event?eid=" +
                      base64.b64encode(f"{eid} {USER}".encode()).decode().rstrip("="),
          "created": iso_utc_ms(created), "updated": iso_utc_ms(updated), "summary": summary}
    if description:
        ev["description"] = description
    if location:
        ev["location"] = location
    cr = creator or organizer
    ev["creator"] = {"email": cr[1], "displayName": cr[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["start"] = {"dateTime": dt(start), "timeZone": tz}
    ev["end"] = {"dateTime": dt(end), "timeZone": tz}
    ev["iCalUID"] = ical_uid or f"{eid}@google.com"
    ev["sequence"] = sequence
    atts = []
    for a in attendees:
        name, email, rs = a[0], a[1], a[2]
        d = {"email": email}
        if name:
            d["displayName"] = name
        if email == organizer[1]:
            d["organizer"] = True
        if email == USER:
            d["self"] = True
        if len(a) > 3 and a[3]:
            d["optional"] = True
        d["responseStatus"] = rs
        atts.append(d)
    ev["attendees"] = atts
    if meet:
        ev["hangoutLink"] = meet
        code = meet.rsplit("/", 1)[1]
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": meet, "label": meet.replace("https://", "")}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": code}
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    write_json(path, ev)


# --- labels ----------------------------------------------------------------------------
def iv(company, role, start, end, status, interviewers, followups, kind):
    assert kind in ("phone_screen", "technical", "onsite", "hiring_manager", "other")
    assert status in ("scheduled", "cancelled")
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": USER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(slug):
    def deco(fn):
        CASES.append((PREFIX + slug, fn))
        return fn
    return deco


# =======================================================================================
# CASES
# =======================================================================================
REKRUTE = "noreply@rekrute.com"


def rekrute_mail(path, *, seed, sent, company, subject, intro, message, reply_to=None, offer_url):
    text = (f"Bonjour {USER_NAME},\n\n{intro}\n\nMessage du recruteur :\n" + "-" * 60 + "\n" + message.strip() +
            "\n" + "-" * 60 + "\n\nPour consulter l'offre ou suivre vos candidatures, connectez-vous à votre "
            f"espace candidat :\n{offer_url}\nhttps://www.rekrute.com/fr/candidat/mes-candidatures.html\n\n"
            "Cet e-mail vous a été envoyé automatiquement par ReKrute.com. Merci de ne pas répondre directement "
            "à cette adresse.\nReKrute – Emploi et recrutement au Maroc\n"
            "Pour ne plus recevoir ces notifications : https://www.rekrute.com/fr/candidat/notifications.html\n")
    htm = ('<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8"><title>ReKrute</title></head>\n'
           '<body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">\n'
           '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
           '<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">\n'
           '<tr><td style="background:#1e3c72"><img src="https://www.rekrute.com/images/logo-rekrute-mail.png" '
           'alt="ReKrute.com" width="160"></td></tr>\n<tr><td>\n' + paras_html(text) +
           "\n</td></tr></table></td></tr></table>\n</body></html>\n")
    part = multi("alternative", "----=_Part_" + digits(seed + "b", 7) + "_" + digits(seed + "c", 9) + "." +
                 digits(seed + "d", 13), [leaf('text/plain; charset="UTF-8"', text),
                                          leaf('text/html; charset="UTF-8"', htm)])
    hdrs = [("Delivered-To", USER),
            received("mta2.rekrute.com", "185.47.210.18", sent, seed),
            ("Return-Path", f"<bounce-{hx(seed + 'rp', 12)}@rekrute.com>"),
            ("From", A(f"{company} via ReKrute", REKRUTE))]
    if reply_to:
        hdrs.append(("Reply-To", A(*reply_to)))
    hdrs += [("To", A(USER_NAME, USER)), ("Subject", subj(subject)), ("Date", rfc(sent)),
             ("Message-ID", f"<{sent.astimezone(UTC):%Y%m%d%H%M%S}.{hx(seed, 16)}@rekrute.com>"),
             ("X-Mailer", "ReKrute Mailer 3.2"), ("List-Unsubscribe", "<https://www.rekrute.com/fr/candidat/notifications.html>")]
    write_eml(path, hdrs, part)


@case("01-rekrute-convocation-entretien-telephonique")
def c01(d):
    sent = T(CASA, 2026, 1, 28, 10, 12, 31)
    start = T(CASA, 2026, 2, 3, 10, 0)
    kenza = ("Kenza Alaoui", "k.alaoui@smce-bank.example")
    msg = f"""Bonjour Madame El Ouazzani,

Votre profil a retenu toute notre attention. Je vous propose un premier entretien téléphonique
d'environ 30 minutes le {day(start, 'mardi')} 3 février 2026 à 10h00 (heure de Casablanca).
Je vous appellerai au numéro indiqué dans votre CV.

Cet échange portera sur votre parcours en cabinet, vos missions de commissariat aux comptes
(banques et sociétés de financement) et vos attentes pour la suite.

En cas d'empêchement, merci de me répondre directement à {kenza[1]}.

Bien cordialement,

Kenza Alaoui
Chargée de recrutement – Direction du Capital Humain
SMCE Bank – 72, boulevard Mohammed V, Casablanca"""
    rekrute_mail(os.path.join(d, "01-rekrute-convocation-smce.eml"), seed="c01", sent=sent, company="SMCE Bank",
                 subject="Convocation à un entretien – Auditeur Interne Senior (Réf. SMCE-AI-2601)",
                 intro="Vous avez postulé sur ReKrute.com à l'offre « Auditeur Interne Senior – Direction de "
                       "l'Audit Général » publiée par SMCE Bank (Société Marocaine de Crédit et d'Épargne).\n"
                       "Le recruteur a étudié votre candidature et souhaite s'entretenir avec vous.",
                 message=msg, reply_to=kenza,
                 offer_url="https://www.rekrute.com/offre-emploi-auditeur-interne-senior-casablanca-171842.html")
    return lab([iv("SMCE Bank", "Auditeur Interne Senior", start, start + timedelta(minutes=30), "scheduled",
                   [kenza[1]], [kenza[1]], "phone_screen")],
               "easy", "positive/ats-rekrute-body-only",
               "ReKrute notification (noreply sender) carrying the recruiter's message; Tue 3 Feb 2026 10:00 "
               "Casablanca is before the Ramadan switch (UTC+1). Recruiter makes the call -> interviewer; "
               "Reply-To/text give her address.")


@case("02-teams-morocco-standard-time-ramadan")
def c02(d):
    sent = T(CASA, 2026, 2, 16, 9, 40, 12)
    start, end = T(CASA, 2026, 2, 24, 15, 0), T(CASA, 2026, 2, 24, 16, 0)
    assert start.utcoffset() == timedelta(0)
    imane = ("Imane Sefrioui", "i.sefrioui@azur-audit.example")
    rachid = ("Rachid Lahlou", "r.lahlou@azur-audit.example")
    role = "Senior Auditeur – Audit légal (Financial Services)"
    body = f"""Bonjour Yasmine,

Suite à votre échange avec notre équipe RH, je vous confirme votre entretien technique avec Rachid Lahlou, Senior Manager – Audit Financial Services, pour le poste de {role}.

L'entretien aura lieu le {day(start, 'mardi')} 24 février à 15h, heure de Casablanca, sur Teams (durée : 1 heure). Rachid abordera avec vous des cas pratiques IFRS 9 (dépréciation des créances, staging) et la revue des contrôles sur le cycle crédits.

Je ne serai pas connectée pendant l'entretien ; n'hésitez pas à me contacter pour toute question logistique.

Bonne journée,

Imane Sefrioui
Coordinatrice Recrutement | Azur Audit & Conseil
Casablanca Finance City – Tour CFC, 15e étage"""
    outlook_invite(os.path.join(d, "01-entretien-technique-azur-audit.eml"), seed="c02", sent=sent,
                   organizer=imane, attendees=[(USER_NAME, USER, "REQ-PARTICIPANT"),
                                               (rachid[0], rachid[1], "REQ-PARTICIPANT")],
                   subject=f"Entretien technique – {role} – Yasmine El Ouazzani", start=start, end=end,
                   location="Réunion Microsoft Teams", body=body)
    return lab([iv("Azur Audit & Conseil", role, start, end, "scheduled", [rachid[1]], [rachid[1]], "technical")],
               "hard", "positive/teams-windows-tzid-ramadan",
               "Exchange invite with TZID 'Morocco Standard Time' whose VTIMEZONE encodes the Ramadan rule; "
               "the Outlook 'Quand' line always shows the display label '(UTC+01:00) Casablanca' but on 24 Feb "
               "2026 Morocco is on UTC+0, so 15:00 local = 15:00Z. Organizer is a coordinator who says she "
               "will not attend -> only Rachid is the interviewer.")


@case("03-ftour-invitation-ancienne-collegue")
def c03(d):
    sent = T(CASA, 2026, 3, 1, 20, 34, 10)
    start, end = T(CASA, 2026, 3, 7, 18, 15), T(CASA, 2026, 3, 7, 22, 0)
    leila = ("Leila Bennis", "leila.bennis@mail.example")
    text = f"""Salam Yasmine,

Ramadan mubarak ! Ça fait une éternité qu'on ne s'est pas vues…

Je fais un ftour à la maison {day(start, 'samedi')} 7 mars avec quelques anciens de Fiduciaire Anfa (Hind, Reda, Mouna et peut-être Si Abdellah s'il n'est pas en mission à Agadir). Viens vers 18h15, l'adhan du maghrib est vers 18h35. Adresse : 14 rue Ibnou Battouta, Racine, 3e étage, appt 6.

Et surtout tu nous racontes tes entretiens ! Reda m'a dit que tu avais passé un 2e tour dans un Big Four et que tu parlais avec une boîte à Dubaï, je veux TOUT savoir 😄 Mouna aussi cherche à bouger, elle aura plein de questions.

Ramène juste ta bonne humeur, pas de chebakia, j'en ai fait 2 kilos.

Je t'envoie une invitation dans l'agenda pour que tu n'oublies pas.

Bisous,
Leila
"""
    m1 = plain_mail(os.path.join(d, "01-leila-ftour-samedi.eml"), seed="c03a", sent=sent, frm=leila,
                    to=[(USER_NAME, USER)], subject="Ftour chez moi samedi 🌙 (anciens FA)", text=text,
                    style="gmail")
    google_invite(os.path.join(d, "02-invitation-ftour-anciens-fa.eml"), seed="c03b",
                  sent=sent + timedelta(minutes=3), organizer=leila,
                  guests=[(leila[0], leila[1], "REQ-PARTICIPANT", "ACCEPTED"),
                          (USER, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                          ("hind.elamrani@mail.example", "hind.elamrani@mail.example", "REQ-PARTICIPANT", "ACCEPTED"),
                          ("reda.bensouda@mail.example", "reda.bensouda@mail.example", "REQ-PARTICIPANT", "NEEDS-ACTION"),
                          ("mouna.kadiri@mail.example", "mouna.kadiri@mail.example", "REQ-PARTICIPANT", "NEEDS-ACTION")],
                  title="Ftour anciens FA 🌙", start=start, end=end,
                  when_line=f"{day(start, 'samedi')} 7 mars 2026 ⋅ 18:15 – 22:00", tz_line="Heure du Maroc - Casablanca",
                  subject_when="sam. 7 mars 2026 18:15 - 22:00 (GMT)",
                  description="Ftour puis soirée thé & gâteaux. 14 rue Ibnou Battouta, Racine (3e étage, appt 6). "
                              "Interdit de parler boulot… sauf des entretiens de Yasmine 😉",
                  location="14 rue Ibnou Battouta, Casablanca", lang="fr", meet=False)
    return lab([], "medium", "negative/social-ftour-invitation",
               "Former colleague's Ramadan ftour invitation (e-mail + Google invite). Mentions the owner's "
               "'entretiens' and a 'Big Four 2e tour', but the event itself is a private dinner.")


@case("04-paris-proposition-creneaux-heure-de-paris")
def c04(d):
    claire = ("Claire Dumoulin", "claire.dumoulin@vauban-lemoine.example")
    etienne = ("Étienne Roche-Marchand", "e.roche-marchand@vauban-lemoine.example")
    role = "Auditeur confirmé – Banque & Assurance"
    s1 = T(PARIS, 2026, 3, 2, 11, 5, 44)
    s2 = T(CASA, 2026, 3, 2, 12, 20, 9)
    s3 = T(PARIS, 2026, 3, 2, 16, 2, 31)
    start, end = T(PARIS, 2026, 3, 12, 15, 0), T(PARIS, 2026, 3, 12, 15, 45)
    assert start.astimezone(CASA).hour == 14 and start.astimezone(CASA).utcoffset() == timedelta(0)
    alt = T(PARIS, 2026, 3, 13, 10, 0)
    subject = "Vauban Lemoine – entretien Auditeur confirmé Banque & Assurance"
    t1 = f"""Bonjour Yasmine,

Merci pour votre candidature au poste d'{role} au sein de notre bureau parisien. Votre expérience sur les établissements de crédit marocains a beaucoup intéressé Étienne Roche-Marchand, associé du département, en copie de ce message.

Étienne souhaiterait s'entretenir avec vous en visio (Teams, 45 minutes). Il est disponible :
- {day(start, 'jeudi')} 12 mars à 15h00 (heure de Paris)
- {day(alt, 'vendredi')} 13 mars à 10h00 (heure de Paris)

Pouvez-vous m'indiquer le créneau qui vous convient ?

Bien cordialement,

Claire Dumoulin
Chargée de recrutement
Vauban Lemoine Associés
18, rue de Berri – 75008 Paris
"""
    m1 = plain_mail(os.path.join(d, "01-vauban-lemoine-proposition-creneaux.eml"), seed="c04a", sent=s1,
                    frm=claire, to=[(USER_NAME, USER)], cc=[etienne], subject=subject, text=t1)
    t2 = f"""Bonjour Claire,

Merci beaucoup pour votre retour.

Le jeudi 12 mars à 15h00 heure de Paris me convient parfaitement, soit 14h00 pour moi à Casablanca (le Maroc est à GMT+0 pendant le Ramadan).

Bien cordialement,
Yasmine El Ouazzani

Le 02/03/2026 à 11:05, Claire Dumoulin a écrit :
{quote_lines(t1)}
"""
    m2 = plain_mail(os.path.join(d, "02-re-jeudi-12-mars.eml"), seed="c04b", sent=s2, frm=(USER_NAME, USER),
                    to=[claire], cc=[etienne], subject="Re: " + subject, text=t2, style="thunderbird",
                    in_reply_to=m1)
    t3 = f"""Bonjour Yasmine,

C'est noté : entretien avec Étienne Roche-Marchand le {day(start, 'jeudi')} 12 mars, de 15h00 à 15h45 heure de Paris (14h00 – 14h45 à Casablanca). Étienne vous enverra directement le lien Teams.

Bonne fin de journée,

Claire Dumoulin
Chargée de recrutement – Vauban Lemoine Associés

{outlook_quote_header((USER_NAME, USER), s2, [claire], "Re: " + subject, [etienne])}
{t2.split(chr(10) + 'Le 02/03/2026')[0].strip()}
"""
    plain_mail(os.path.join(d, "03-re-confirmation-entretien.eml"), seed="c04c", sent=s3, frm=claire,
               to=[(USER_NAME, USER)], cc=[etienne], subject="RE: " + subject, text=t3, in_reply_to=m2,
               references=f"{m1} {m2}")
    return lab([iv("Vauban Lemoine Associés", role, start, end, "scheduled", [etienne[1]], [etienne[1]],
                   "hiring_manager")],
               "medium", "positive/thread-propose-confirm-paris",
               "Two slots proposed in Paris time, owner picks Thursday and converts (Paris CET = UTC+1, "
               "Casablanca UTC+0 during Ramadan), recruiter confirms 15:00-15:45 Paris. The partner (cc) "
               "conducts it; the recruiter only schedules.")


@case("05-cnss-rendez-vous-agence")
def c05(d):
    sent = T(CASA, 2026, 2, 17, 8, 2, 40)
    start, end = T(CASA, 2026, 2, 23, 10, 30), T(CASA, 2026, 2, 23, 10, 50)
    frm = ("CNSS – Prise de rendez-vous", "ne-pas-repondre@rdv.cnss.example")
    ticket = "RDV-" + digits("c05t", 8)
    text = f"""Madame EL OUAZZANI YASMINE,
N° d'immatriculation : 1{digits('c05i', 8)}

Nous vous confirmons votre rendez-vous :

Agence : Casablanca Maârif – 210, boulevard Zerktouni
Date : {day(start, 'lundi')} 23 février 2026
Heure : 10h30 (merci de vous présenter 10 minutes avant)
Objet : Entretien avec un conseiller – Mise à jour du dossier assuré (changement d'employeur, relevé de carrière)
Référence : {ticket}

Pièces à présenter : CIN, dernière attestation de travail, bulletins de paie des 3 derniers mois.

Pour annuler ou modifier ce rendez-vous : https://rdv.cnss.example/annulation?ref={ticket}

Caisse Nationale de Sécurité Sociale – Ce message est généré automatiquement, merci de ne pas y répondre.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CNSS//Prise de RDV 2.1//FR", "METHOD:PUBLISH",
               *VTZ_CASA_OLSON, "BEGIN:VEVENT", f"UID:{ticket}@rdv.cnss.example", f"DTSTAMP:{ics_utc(sent)}",
               f"DTSTART;TZID=Africa/Casablanca:{ics_local(start)}", f"DTEND;TZID=Africa/Casablanca:{ics_local(end)}",
               "SUMMARY:RDV CNSS – Entretien conseiller (dossier assuré)",
               "LOCATION:" + esc("Agence CNSS Casablanca Maârif, 210 bd Zerktouni"),
               "DESCRIPTION:" + esc(f"Référence {ticket}. Se munir de la CIN et de l'attestation de travail."),
               "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    htm = ('<html><body style="font-family:Tahoma,Arial;font-size:13px">\n<div style="color:#0b5394;font-weight:bold">'
           'CNSS – Service de prise de rendez-vous</div>\n' + paras_html(text) + "\n</body></html>\n")
    part = multi("mixed", "=_cnss_" + hx("c05m", 20), [
        multi("alternative", "=_cnss_alt_" + hx("c05a", 16), [leaf('text/plain; charset="UTF-8"', text),
                                                              leaf('text/html; charset="UTF-8"', htm)]),
        leaf('text/calendar; charset="UTF-8"; name="rendez-vous-cnss.ics"', cal, "base64",
             [("Content-Disposition", 'attachment; filename="rendez-vous-cnss.ics"')])])
    write_eml(os.path.join(d, "01-cnss-confirmation-rendez-vous.eml"),
              [("Delivered-To", USER), received("smtp.cnss.example", "196.200.131.14", sent, "c05"),
               ("Return-Path", f"<{frm[1]}>"), ("From", A(*frm)), ("To", USER),
               ("Subject", subj("Confirmation de votre rendez-vous – Agence Casablanca Maârif")),
               ("Date", rfc(sent)), ("Message-ID", f"<{ticket}.{hx('c05', 12)}@rdv.cnss.example>"),
               ("Auto-Submitted", "auto-generated")], part)
    return lab([], "medium", "negative/social-security-appointment",
               "CNSS (social security) agency appointment with .ics: 'Entretien avec un conseiller', "
               "'changement d'employeur', attestation de travail - administrative, not a job interview.")


WORKDAY_FOOT = ("\nThis email was sent from an unmonitored mailbox. Please do not reply to this message.\n"
                "Powered by Workday\n")


def workday_mail(path, *, seed, sent, tenant, company, subject, text, ics_text=None):
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
           '<body style="font-family:Arial,sans-serif;font-size:14px">\n' + paras_html(text) + "\n</body></html>\n")
    alt = multi("alternative", "----=_Part_" + digits(seed + "a", 7) + "_" + digits(seed + "b", 9) + "." +
                digits(seed + "c", 13), [leaf('text/plain; charset="UTF-8"', text, "7bit" if text.isascii() else
                                              "quoted-printable"),
                                         leaf('text/html; charset="UTF-8"', htm)])
    part = alt
    if ics_text:
        part = multi("mixed", "----=_Part_" + digits(seed + "m", 7) + "_" + digits(seed + "n", 9) + "." +
                     digits(seed + "o", 13), [alt, leaf('text/calendar; charset="UTF-8"; method=REQUEST; '
                                                        'name="Interview.ics"', ics_text, "base64",
                                                        [("Content-Disposition",
                                                          'attachment; filename="Interview.ics"')])])
    hdrs = [("Delivered-To", USER), received("mail-out" + digits(seed, 1) + ".myworkday.com", "198.187.186.4" +
                                             digits(seed + "i", 1), sent, seed),
            ("Return-Path", f"<{tenant}@myworkday.com>"), ("From", A(company, f"{tenant}@myworkday.com")),
            ("To", A(USER_NAME, USER)), ("Subject", subj(subject)), ("Date", rfc(sent)),
            ("Message-ID", f"<{digits(seed + 'mid', 9)}.{digits(seed + 'm2', 5)}.{digits(seed + 'm3', 13)}"
                           f"@wd3-prod-mailer.myworkday.com>"),
            ("X-Workday-Tenant", tenant)]
    write_eml(path, hdrs, part)


def workday_ics(*, uid, sent, start, end, summary, desc, org, seq):
    return ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workday Inc//Workday Recruiting//EN",
                "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{ics_utc(sent)}",
                f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}", f"SUMMARY:{esc(summary)}",
                f"DESCRIPTION:{esc(desc)}", "LOCATION:Microsoft Teams",
                f"ORGANIZER;CN={org[0]}:mailto:{org[1]}",
                f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={USER_NAME}:mailto:{USER}",
                "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])


@case("06-workday-report-passage-heure-ramadan")
def c06(d):
    tenant, company = "atlasfinance", "Atlas Finance Group"
    role, req = "Internal Audit Senior Associate", "R-0004817"
    mehdi = ("Mehdi Berrada", "mehdi.berrada@atlasfinance.example")
    s1, s2 = T(UTC, 2026, 2, 4, 13, 3, 17), T(UTC, 2026, 2, 9, 8, 15, 2)
    old = T(CASA, 2026, 2, 12, 11, 0)
    start, end = T(CASA, 2026, 2, 17, 11, 0), T(CASA, 2026, 2, 17, 12, 0)
    assert old.utcoffset() == timedelta(hours=1) and start.utcoffset() == timedelta(0)
    uid = f"INTERVIEW-{digits('c06u', 10)}@myworkday.com"
    common = (f"Interview Type: Technical Interview - Video (Microsoft Teams)\n"
              f"Location: The Teams link will be sent by the interviewer\n"
              f"Interviewers: Nadia Chraibi, Head of Internal Audit\n\n"
              f"If you have any questions, please contact {mehdi[0]}, Talent Acquisition Partner, at {mehdi[1]}.\n\n"
              f"Kind regards,\nTalent Acquisition Team\n{company} – Rabat, Hay Riad\n" + WORKDAY_FOOT)
    t1 = (f"Dear Yasmine,\n\nThank you for your interest in the {role} position ({req}) at {company}. "
          f"We are pleased to confirm your interview.\n\nInterview Details\n"
          f"Date: {en_date(old)}\nTime: 11:00 AM - 12:00 PM (GMT+01:00) Casablanca\n" + common)
    assert en_date(old).startswith(day(old, "Thursday"))
    workday_mail(os.path.join(d, "01-workday-interview-scheduled.eml"), seed="c06a", sent=s1, tenant=tenant,
                 company=company, subject=f"Interview Scheduled - {role} ({req})", text=t1,
                 ics_text=workday_ics(uid=uid, sent=s1, start=old, end=old + timedelta(hours=1),
                                      summary=f"Interview: {role} - {company}", desc=t1.split("\n\nIf you")[0],
                                      org=(company, f"{tenant}@myworkday.com"), seq=0))
    t2 = (f"Dear Yasmine,\n\nYour interview for the {role} position ({req}) at {company} has been rescheduled. "
          f"Please note the new date and time below; the previous time is no longer valid.\n\n"
          f"Message from the recruiter: Nadia is travelling on the 12th, so we moved the interview to the following "
          f"week. Please note that Morocco switches to GMT+0 on Sunday 15 February; the time below is already "
          f"local Casablanca time.\n\nPrevious: {en_date(old)}, 11:00 AM (GMT+01:00) Casablanca\n\n"
          f"Updated Interview Details\nDate: {en_date(start)}\nTime: 11:00 AM - 12:00 PM (GMT+00:00) Casablanca\n"
          + common)
    assert en_date(start).startswith(day(start, "Tuesday"))
    workday_mail(os.path.join(d, "02-workday-interview-rescheduled.eml"), seed="c06b", sent=s2, tenant=tenant,
                 company=company, subject=f"Interview Rescheduled - {role} ({req})", text=t2,
                 ics_text=workday_ics(uid=uid, sent=s2, start=start, end=end,
                                      summary=f"Interview: {role} - {company}",
                                      desc=t2.split("\n\nIf you")[0], org=(company, f"{tenant}@myworkday.com"),
                                      seq=1))
    return lab([iv(company, role, start, end, "scheduled", [], [mehdi[1]], "technical")],
               "hard", "positive/workday-reschedule-across-clock-change",
               "Workday scheduled (Thu 12 Feb 11:00 GMT+1 = 10:00Z) then rescheduled (same UID, SEQUENCE 1) to "
               "Tue 17 Feb 11:00 local, which is GMT+0 after the 15 Feb Ramadan switch (= 11:00Z). Interviewer "
               "Nadia has no address; follow-up goes to the TA partner named in the text (sender is no-reply).")


@case("07-banque-rendez-vous-conseiller")
def c07(d):
    ghita = ("Ghita Amrani", "ghita.amrani@bcl-banque.example")
    sent = T(CASA, 2026, 3, 27, 11, 20, 5)
    start, end = T(CASA, 2026, 4, 2, 17, 0), T(CASA, 2026, 4, 2, 17, 45)
    body = f"""Bonjour Madame El Ouazzani,

Comme convenu par téléphone, je vous confirme notre rendez-vous du {day(start, 'jeudi')} 2 avril à 17h pour faire le point sur votre projet d'acquisition (appartement à Bouskoura) et votre demande de crédit immobilier.

Lors de cet entretien, nous étudierons votre capacité d'emprunt et les offres de taux en cours. Merci de prévoir vos 3 derniers bulletins de paie et une attestation de travail récente. Si vous envisagez un changement d'employeur dans les prochains mois, parlons-en : une période d'essai peut avoir un impact sur le dossier.

Vous pouvez venir à l'agence ou nous rejoindre sur Teams, comme vous préférez.

Cordialement,

Ghita Amrani
Conseillère Clientèle Privée – Agence Casa Gauthier
Banque Chérifienne du Littoral"""
    outlook_invite(os.path.join(d, "01-rendez-vous-conseiller-credit-immobilier.eml"), seed="c07", sent=sent,
                   organizer=ghita, attendees=[(USER_NAME, USER, "REQ-PARTICIPANT")],
                   subject="Rendez-vous conseiller – Entretien financement immobilier – Mme El Ouazzani",
                   start=start, end=end, location="Agence Casa Gauthier, 23 rue Jean Jaurès / Microsoft Teams",
                   body=body)
    return lab([], "medium", "negative/bank-advisor-appointment",
               "Bank adviser meeting about a mortgage: Teams invite with 'Morocco Standard Time', the word "
               "'entretien', pay slips and a possible change of employer - but the owner is a bank client.")


@case("08-dubai-google-invite-gst")
def c08(d):
    farah = ("Farah Haddad", "farah.haddad@alnoor-advisory.example")
    omar = ("Omar Al Suwaidi", "omar.alsuwaidi@alnoor-advisory.example")
    role = "Senior Associate, Financial Due Diligence"
    s1 = T(DUBAI, 2026, 3, 26, 13, 10, 55)
    s2 = T(UTC, 2026, 3, 26, 10, 42, 7)
    start, end = T(DUBAI, 2026, 4, 8, 11, 0), T(DUBAI, 2026, 4, 8, 12, 0)
    assert start.astimezone(CASA).hour == 8
    t1 = f"""Hi Yasmine,

Thank you for sending over your CV and for your interest in the {role} role in our DIFC office.

I'm pleased to let you know that Omar Al Suwaidi, Director – Transaction Services, would like to meet you for a video interview. Omar has set aside {day(start, 'Wednesday')} 8 April, 11:00–12:00 Dubai time (GST). For you in Casablanca that should be 08:00–09:00, as Morocco will be back on GMT+1 by then – please double-check on your side. Omar will send you a Google Meet invitation shortly.

Please be ready to walk him through your audit work on banking clients and any due diligence or IFRS conversion assignments.

Best regards,

Farah Haddad
Talent Acquisition Specialist
Al Noor Capital Advisory | Gate Village 4, DIFC, Dubai, UAE
"""
    plain_mail(os.path.join(d, "01-alnoor-next-step.eml"), seed="c08a", sent=s1, frm=farah, to=[(USER_NAME, USER)],
               subject=f"Al Noor Capital Advisory – next step ({role})", text=t1)
    google_invite(os.path.join(d, "02-invitation-alnoor-interview.eml"), seed="c08b", sent=s2, organizer=omar,
                  guests=[(omar[0], omar[1], "REQ-PARTICIPANT", "ACCEPTED"),
                          (USER, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                          (farah[1], farah[1], "OPT-PARTICIPANT", "NEEDS-ACTION")],
                  title="Al Noor – Interview Yasmine El Ouazzani (Senior Associate FDD)", start=start, end=end,
                  when_line=f"{day(start, 'Wednesday')} 8 April 2026 ⋅ 11am – 12pm", tz_line="Gulf Standard Time",
                  subject_when="Wed 8 Apr 2026 11am - 12pm (GST)",
                  description="Interview for the Senior Associate – Financial Due Diligence role. Farah (TA) is "
                              "copied for information only.")
    return lab([iv("Al Noor Capital Advisory", role, start, end, "scheduled", [omar[1]], [omar[1]],
                   "hiring_manager")],
               "medium", "positive/google-invite-dubai-dedupe",
               "Recruiter e-mail + Google invite (UTC DTSTART 07:00Z) for the same interview = one. 11:00 GST "
               "(UTC+4) = 08:00 Casablanca (UTC+1 again after 22 Mar). Farah is an optional guest who only "
               "coordinates; Omar conducts.")


@case("09-entretien-video-differe")
def c09(d):
    sent = T(UTC, 2026, 2, 21, 9, 0, 5)
    deadline = T(CASA, 2026, 3, 1, 23, 59)
    link = f"https://app.hirevue.com/invite/{b64ish('c09', 24)}"
    text = f"""Bonjour Yasmine,

Merci pour votre candidature au poste de Senior Auditor – Assurance (Casablanca) chez Marlowe Hastings Maroc.

Dans le cadre de notre processus de sélection, nous vous invitons à réaliser un entretien vidéo différé. Vous enregistrerez vos réponses à 6 questions (jusqu'à 3 minutes de réflexion et 2 minutes d'enregistrement par question). Aucun recruteur ne sera connecté en direct : vos réponses seront visionnées ultérieurement par notre équipe.

Date limite : {day(deadline, 'dimanche')} 1er mars 2026 à 23h59 (heure de Casablanca)
Durée estimée : 25 minutes

Commencer mon entretien : {link}

Quelques conseils : une connexion stable, un endroit calme et bien éclairé, le navigateur Chrome ou l'application HireVue. Vous pouvez faire une question d'entraînement avant de commencer.

En cas de problème technique, consultez https://support.hirevue.com.

L'équipe Recrutement Marlowe Hastings Maroc
"""
    part = multi("alternative", "----=_Part_" + digits("c09b", 7) + "_" + digits("c09c", 10), [
        leaf('text/plain; charset="UTF-8"', text),
        leaf('text/html; charset="UTF-8"', '<html><body style="font-family:Helvetica,Arial,sans-serif">\n' +
             paras_html(text) + "\n</body></html>\n")])
    write_eml(os.path.join(d, "01-marlowe-hastings-entretien-video.eml"),
              [("Delivered-To", USER), received("o1.email.hirevue.com", "167.89.21.77", sent, "c09"),
               ("Return-Path", f"<bounces+{digits('c09r', 8)}@email.hirevue.com>"),
               ("From", A("Marlowe Hastings Maroc – Recrutement", "noreply@hirevue.com")),
               ("To", USER), ("Subject", subj("Marlowe Hastings – Invitation à votre entretien vidéo différé")),
               ("Date", rfc(sent)), ("Message-ID", f"<{b64ish('c09m', 22)}@geopod-ismtpd-3>")], part)
    return lab([], "medium", "negative/one-way-video-interview",
               "HireVue 'entretien vidéo différé' (one-way recorded answers, deadline Sun 1 Mar 23:59) - no live "
               "conversation, so not an interview per the rules.")


@case("10-kessler-marchetti-deux-entretiens")
def c10(d):
    sofia = ("Sofia Benkirane", "s.benkirane@kessler-marchetti.example")
    karim = ("Karim Tahiri", "k.tahiri@kessler-marchetti.example")
    role = "Senior Auditeur – Audit Financier"
    s1 = T(CASA, 2026, 2, 5, 16, 22, 40)
    s2 = T(CASA, 2026, 2, 5, 18, 5, 12)
    s3 = T(CASA, 2026, 2, 25, 10, 5, 18)
    i1 = T(CASA, 2026, 2, 10, 11, 0)
    assert i1 - s1 < timedelta(days=7) and i1.date() > s1.date()  # "mardi prochain" from Thursday 5 Feb
    day(s1, "jeudi")
    i2, i2e = T(CASA, 2026, 3, 5, 11, 0), T(CASA, 2026, 3, 5, 12, 0)
    assert i1.utcoffset() == timedelta(hours=1) and i2.utcoffset() == timedelta(0)
    t1 = f"""Bonjour Yasmine,

Je fais suite à votre candidature au poste de {role} (Casablanca). Je souhaiterais vous proposer un premier entretien téléphonique d'une trentaine de minutes, {day(i1, 'mardi')} prochain à 11h.

Merci de me confirmer votre disponibilité et le numéro auquel je peux vous joindre.

Belle fin de journée,

Sofia Benkirane
Talent Acquisition – Kessler Marchetti Maroc
Anfa Place, boulevard de la Corniche, Casablanca
"""
    m1 = plain_mail(os.path.join(d, "01-kessler-premier-entretien-telephonique.eml"), seed="c10a", sent=s1,
                    frm=sofia, to=[(USER_NAME, USER)], subject=f"Kessler Marchetti Maroc – Candidature {role}",
                    text=t1)
    t2 = f"""Bonjour Sofia,

Merci pour votre message. Avec plaisir : je suis disponible mardi 10 février à 11h. Vous pouvez me joindre au 06 61 48 27 93.

Bien cordialement,
Yasmine El Ouazzani

Le 05/02/2026 à 16:22, Sofia Benkirane a écrit :
{quote_lines(t1)}
"""
    m2 = plain_mail(os.path.join(d, "02-re-disponible-mardi.eml"), seed="c10b", sent=s2, frm=(USER_NAME, USER),
                    to=[sofia], subject=f"Re: Kessler Marchetti Maroc – Candidature {role}", text=t2,
                    style="thunderbird", in_reply_to=m1)
    t3 = f"""Bonjour Yasmine,

Merci encore pour notre échange téléphonique du 10 février. J'ai le plaisir de vous inviter à un second entretien avec Karim Tahiri, Associé Audit Financier ({karim[1]}, en copie).

Date : {fr_date(i2)}
Heure : 11h00 – 12h00 (heure de Casablanca, GMT+0 pendant le Ramadan)
Lieu : nos bureaux, Anfa Place, boulevard de la Corniche – accueil au 4e étage

Karim reviendra avec vous sur vos missions récentes (banques, assurances) et votre projet professionnel. Vous recevrez une invitation dans votre agenda.

Bien à vous,

Sofia Benkirane
Talent Acquisition – Kessler Marchetti Maroc
"""
    day(i2, "jeudi")
    m3 = plain_mail(os.path.join(d, "03-kessler-second-entretien.eml"), seed="c10c", sent=s3, frm=sofia,
                    to=[(USER_NAME, USER)], cc=[karim], subject="Kessler Marchetti Maroc – Second entretien",
                    text=t3)
    gcal_event(os.path.join(d, "04-second-entretien-kessler.gcal.json"), seed="c10d", created=s3 + timedelta(minutes=9),
               updated=s3 + timedelta(hours=2, minutes=14), summary="Second entretien – Kessler Marchetti (Karim Tahiri)",
               description="Entretien avec Karim Tahiri, Associé Audit Financier. Anfa Place, 4e étage.",
               organizer=sofia, attendees=[(sofia[0], sofia[1], "accepted"), (karim[0], karim[1], "accepted"),
                                           (USER_NAME, USER, "accepted")],
               start=i2, end=i2e, tz="Africa/Casablanca", fmt="Z",
               location="Kessler Marchetti Maroc, Anfa Place, Bd de la Corniche, Casablanca")
    return lab([iv("Kessler Marchetti Maroc", role, i1, i1 + timedelta(minutes=30), "scheduled", [sofia[1]], [sofia[1]],
                   "phone_screen"),
                iv("Kessler Marchetti Maroc", role, i2, i2e, "scheduled", [karim[1]], [karim[1]], "hiring_manager")],
               "hard", "positive/two-interviews-same-company",
               "Two separate interviews: phone screen 'mardi prochain à 11h' resolved from Thu 5 Feb -> Tue 10 Feb "
               "11:00 (UTC+1, ~30 min, conducted by the recruiter), then a second interview with the partner Thu 5 "
               "Mar 11:00-12:00 during Ramadan (UTC+0), also present as a Calendar API event with a 'Z' dateTime.")


@case("11-reunion-planning-mariage")
def c11(d):
    dounia = ("Dounia Tazi – Dounia Events", "contact@douniaevents.example")
    start, end = T(CASA, 2026, 3, 28, 16, 0), T(CASA, 2026, 3, 28, 18, 30)
    day(start, "samedi")
    gcal_event(os.path.join(d, "01-reunion-planning-mariage.gcal.json"), seed="c11",
               created=T(UTC, 2026, 3, 10, 19, 2), updated=T(UTC, 2026, 3, 20, 21, 40),
               summary="Mariage Yasmine & Othmane – réunion planning + entretien traiteurs",
               description="Ordre du jour :\n1) Rétroplanning du jour J (samedi 13 juin)\n2) Entretien avec les 3 "
                           "traiteurs présélectionnés (15 min chacun + dégustation)\n3) Choix de la neggafa et de "
                           "l'orchestre\n\nMerci d'apporter la liste d'invités à jour. – Dounia",
               organizer=dounia, attendees=[(dounia[0], dounia[1], "accepted"),
                                            ("Othmane Lahbabi", "othmane.lahbabi@mail.example", "accepted"),
                                            (USER_NAME, USER, "accepted")],
               start=start, end=end, tz="Africa/Casablanca",
               location="Showroom Dounia Events, 41 boulevard d'Anfa, Casablanca")
    return lab([], "medium", "negative/personal-wedding-planning",
               "Wedding planner meeting (Calendar API event) that includes 'entretien avec les 3 traiteurs "
               "présélectionnés' - the owner is the client choosing suppliers, not a job candidate.")


@case("12-whatsapp-darija-colle-dans-mail")
def c12(d):
    sent = T(CASA, 2026, 3, 9, 22, 31, 2)
    start, end = T(CASA, 2026, 3, 12, 10, 0), T(CASA, 2026, 3, 12, 11, 0)
    day(sent, "letnin")
    day(start, "lkhmis")
    assert 0 < (start.date() - sent.date()).days < 7  # "had simana" = this week
    hamza_mail = "hamza.idrissi@talentbridge-maroc.example"
    text = f"""Copié de WhatsApp pour ne pas perdre les infos :

[09/03/2026 21:58] Hamza TalentBridge: Salam Yasmine, labas 3lik? Ramadan mabrouk 🌙
[09/03/2026 21:59] Hamza TalentBridge: 3endi lik bonne nouvelle: Orbis Shared Services 9blo profil dyalk l poste "Team Lead Record-to-Report" li hdrna 3lih
[09/03/2026 22:00] Hamza TalentBridge: bghaw ydiro m3ak entretien nhar lkhmis had simana, 12 mars, m3a 10 dyal sbah, f les bureaux dyalhom f Casanearshore, Shore 7, 3e étage
[09/03/2026 22:01] Hamza TalentBridge: ghadi tchoufi Younes Benjelloun, Finance Operations Manager. L'entretien fih 1h
[09/03/2026 22:04] Yasmine: Wa3alaykom salam Hamza! Merci bzaf 🙏 ok ana disponible. 10h b l'heure dyal Casa ?
[09/03/2026 22:05] Hamza TalentBridge: Ah 10h heure locale. Jibi m3ak CV imprimé w copie dyal diplômes. Ila kan chi mochkil sifti lia mail 3la {hamza_mail}
[09/03/2026 22:06] Yasmine: Ça marche, à jeudi inchallah
[09/03/2026 22:06] Hamza TalentBridge: Bon courage 💪

À préparer : clôtures mensuelles, intercos, SAP FI, exemples de KPI R2R.

Envoyé de mon iPhone
"""
    plain_mail(os.path.join(d, "01-note-whatsapp-hamza-orbis.eml"), seed="c12", sent=sent,
               frm=(USER_NAME, USER), to=[(USER_NAME, USER)],
               subject="WhatsApp Hamza (TalentBridge) – entretien Orbis jeudi", text=text, style="iphone",
               extra_headers=[("Content-Language", "fr")])
    return lab([iv("Orbis Shared Services", "Team Lead Record-to-Report", start, end, "scheduled", [], [hamza_mail],
                   "hiring_manager")],
               "hard", "positive/whatsapp-darija-paste",
               "Owner's note-to-self pasting a WhatsApp chat in Darija (Latin script): 'nhar lkhmis had simana, 12 "
               "mars, m3a 10 dyal sbah' = Thu 12 Mar 10:00 local (UTC+0, Ramadan), '1h'. The interviewer (Younes "
               "Benjelloun) has no address; the agency recruiter who corresponded gives his e-mail -> follow-up.")


@case("13-jury-soutenance-master")
def c13(d):
    sqalli = ("Pr. Abdelhak Sqalli", "a.sqalli@esga.example")
    sent = T(CASA, 2026, 3, 30, 9, 12, 0)
    start, end = T(CASA, 2026, 4, 9, 14, 30), T(CASA, 2026, 4, 9, 15, 45)
    text = f"""Chère Madame El Ouazzani,

En tant qu'encadrante professionnelle du stage de Mlle Hiba Zerouali au sein de Fiduciaire Anfa Audit, j'ai le plaisir de vous inviter à siéger au jury de sa soutenance de mémoire de fin d'études (Master Comptabilité, Contrôle, Audit), sur le thème : « L'approche par les risques dans l'audit des PME marocaines ».

La soutenance aura lieu le {day(start, 'jeudi')} 9 avril 2026 à 14h30, salle B12, campus ESGA Casablanca (boulevard Abdelmoumen). La candidate disposera de 20 minutes de présentation, suivies de 40 minutes d'échange avec le jury ; la délibération suivra à huis clos.

Composition du jury :
- Pr. Abdelhak Sqalli (président)
- Pr. Nawal Chafik (rapporteure)
- Mme Yasmine El Ouazzani, auditrice senior (encadrante professionnelle)

Le mémoire vous sera transmis d'ici la fin de la semaine. Le secrétariat vous envoie l'invitation pour votre agenda.

Bien cordialement,

Pr. Abdelhak Sqalli
Responsable du Master CCA – École Supérieure de Gestion et d'Audit (ESGA)
"""
    plain_mail(os.path.join(d, "01-invitation-jury-soutenance.eml"), seed="c13", sent=sent, frm=sqalli,
               to=[(USER_NAME, USER)], cc=[("Nawal Chafik", "n.chafik@esga.example")],
               subject="Invitation – Jury de soutenance Master CCA – Mlle Hiba Zerouali", text=text)
    sec = ("Secrétariat Master CCA", "secretariat.master@esga.example")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:Zimbra-Calendar-Provider", "VERSION:2.0", "METHOD:REQUEST",
               *VTZ_CASA_OLSON, "BEGIN:VEVENT", f"UID:{uuidish('c13uid')}", "SUMMARY:" +
               esc("Soutenance Master CCA – Hiba Zerouali (jury)"),
               f"ATTENDEE;CN={sqalli[0]};ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:{sqalli[1]}",
               "ATTENDEE;CN=Nawal Chafik;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:n.chafik@esga.example",
               f"ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER}",
               "ATTENDEE;CN=Hiba Zerouali;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hiba.zerouali@etu.esga.example",
               f"ORGANIZER;CN={sec[0]}:mailto:{sec[1]}",
               f"DTSTART;TZID=Africa/Casablanca:{ics_local(start)}", f"DTEND;TZID=Africa/Casablanca:{ics_local(end)}",
               "STATUS:CONFIRMED", "CLASS:PUBLIC", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "TRANSP:OPAQUE",
               f"LAST-MODIFIED:{ics_utc(sent + timedelta(hours=2))}", f"DTSTAMP:{ics_utc(sent + timedelta(hours=2))}",
               "SEQUENCE:0", "LOCATION:" + esc("ESGA Casablanca, salle B12"),
               "DESCRIPTION:" + esc("Soutenance du mémoire de fin d'études de Hiba Zerouali (Master CCA). "
                                    "Présentation 20 min, questions du jury 40 min, délibération."),
               "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;RELATED=START:-PT30M", "DESCRIPTION:Reminder",
               "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    write(os.path.join(d, "02-soutenance-hiba-zerouali.ics"), cal)
    return lab([], "hard", "negative/thesis-defence-jury",
               "The owner is invited to sit on a master's thesis defence jury (e-mail + standalone .ics). "
               "'Candidate', 'jury', 'questions' - but it is an academic defence and the owner is an examiner.")


@case("14-halcyon-mail-invitation-api-meme-entretien")
def c14(d):
    marion = ("Marion Castel", "marion.castel@halcyon-group.example")
    thomas = ("Thomas Villeneuve", "thomas.villeneuve@halcyon-group.example")
    role = "Internal Auditor – Group Audit"
    s1 = T(PARIS, 2026, 3, 30, 17, 45, 3)
    s2 = T(UTC, 2026, 3, 30, 16, 2, 11)
    start, end = T(PARIS, 2026, 4, 7, 9, 30), T(PARIS, 2026, 4, 7, 10, 30)
    assert start.utcoffset() == timedelta(hours=2) and start.astimezone(CASA).hour == 8
    t1 = f"""Dear Yasmine,

Thank you for your application for the {role} position based at our Paris headquarters.

I am pleased to confirm a technical interview with Thomas Villeneuve, Audit Manager, on {day(start, 'Tuesday')} 7 April at 09:30 Paris time (CEST). As France moved to summer time on 29 March, this will be 08:30 in Casablanca. The interview will last one hour on Google Meet; Thomas will send you the invitation directly.

The discussion will include a short case on a subsidiary's revenue cycle, so please have a calculator and some paper at hand.

Kind regards,

Marion Castel
Talent Acquisition Partner – Finance Functions
Halcyon Group | 40 avenue de Wagram, 75017 Paris
"""
    plain_mail(os.path.join(d, "01-halcyon-technical-interview.eml"), seed="c14a", sent=s1, frm=marion,
               to=[(USER_NAME, USER)], subject=f"Halcyon Group – Technical interview, {role}", text=t1)
    uid, meet, eid = google_invite(
        os.path.join(d, "02-invitation-halcyon-technical.eml"), seed="c14b", sent=s2, organizer=thomas,
        guests=[(thomas[0], thomas[1], "REQ-PARTICIPANT", "ACCEPTED"), (USER, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                (marion[1], marion[1], "OPT-PARTICIPANT", "NEEDS-ACTION")],
        title="Halcyon – Technical interview (Group Audit) – Y. El Ouazzani", start=start, end=end,
        when_line=f"{day(start, 'Tuesday')} 7 April 2026 ⋅ 09:30 – 10:30", tz_line="Central European Time - Paris",
        subject_when="Tue 7 Apr 2026 09:30 - 10:30 (CEST)",
        description="Technical interview for the Internal Auditor – Group Audit role (revenue-cycle case).")
    gcal_event(os.path.join(d, "03-halcyon-technical-interview.gcal.json"), seed="c14c",
               created=s2 - timedelta(minutes=4), updated=s2 + timedelta(hours=3, minutes=5),
               summary="Halcyon – Technical interview (Group Audit) – Y. El Ouazzani",
               description="Technical interview for the Internal Auditor – Group Audit role (revenue-cycle case).",
               organizer=thomas, attendees=[(thomas[0], thomas[1], "accepted"), (None, USER, "accepted"),
                                            (None, marion[1], "needsAction", True)],
               start=start.astimezone(CASA), end=end.astimezone(CASA), tz="Europe/Paris", meet=meet, ical_uid=uid)
    return lab([iv("Halcyon Group", role, start, end, "scheduled", [thomas[1]], [thomas[1]], "technical")],
               "medium", "positive/dedupe-email-invite-api",
               "Recruiter e-mail + Google invite + Calendar API event of the same interview (same iCalUID) = one. "
               "09:30 Paris CEST = 08:30 Casablanca (the API dateTime is rendered in the owner's +01:00 calendar "
               "zone while timeZone says Europe/Paris).")


@case("15-owner-fait-passer-entretien-stagiaire")
def c15(d):
    loubna = ("Loubna Kettani", "l.kettani@fiduciaire-anfa.example")
    work = "yasmine.elouazzani@fiduciaire-anfa.example"
    anas = ("Anas Mernissi", "anas.mernissi@etu.esga.example")
    sent = T(CASA, 2026, 3, 17, 14, 5, 30)
    start, end = T(CASA, 2026, 3, 25, 10, 0), T(CASA, 2026, 3, 25, 10, 45)
    body = f"""Bonjour Anas, bonjour Yasmine,

Je vous confirme l'entretien pour le stage de fin d'études (PFE) en audit légal, le {day(start, 'mercredi')} 25 mars à 10h, d'une durée de 45 minutes.

Yasmine, tu mènes la partie technique (cycle ventes/clients, circularisation, tests de cut-off) et je m'occupe de la partie RH. Le CV d'Anas et la grille d'évaluation sont sur le SharePoint RH > Stages 2026 ; merci de me renvoyer ta grille remplie le jour même.

Anas, l'entretien se fera sur Teams ; merci de vous connecter 5 minutes avant l'heure.

Cordialement,

Loubna Kettani
Responsable Ressources Humaines – Fiduciaire Anfa Audit"""
    outlook_invite(os.path.join(d, "01-entretien-stage-pfe-anas-mernissi.eml"), seed="c15", sent=sent,
                   organizer=loubna, attendees=[(USER_NAME, work, "REQ-PARTICIPANT"),
                                                (anas[0], anas[1], "REQ-PARTICIPANT")],
                   subject="Entretien stage PFE Audit – Anas Mernissi", start=start, end=end,
                   location="Réunion Microsoft Teams", body=body,
                   extra_headers=[("X-Forwarded-To", USER), ("X-Forwarded-For", f"{work} {USER}")])
    return lab([], "hard", "negative/owner-is-interviewer",
               "Employer HR invites the owner (work address, auto-forwarded to her personal mailbox) to run the "
               "technical part of an intern's interview. Teams invite titled 'Entretien' - but the candidate is "
               "Anas, the owner is an interviewer.")


@case("16-bmca-journee-entretiens-siege")
def c16(d):
    zineb = ("Zineb Filali", "z.filali@bmca-bank.example")
    hajar = ("Hajar Bouzidi", "h.bouzidi@bmca-bank.example")
    anouar = ("Anouar Kabbaj", "a.kabbaj@bmca-bank.example")
    latifa = ("Latifa Naciri", "l.naciri@bmca-bank.example")
    role = "Auditeur Interne Confirmé – Inspection Générale"
    sent = T(CASA, 2026, 3, 24, 11, 30, 21)
    t0 = T(CASA, 2026, 3, 30, 9, 30)
    t1, t2, t3, t4 = (T(CASA, 2026, 3, 30, 10, 15), T(CASA, 2026, 3, 30, 11, 0), T(CASA, 2026, 3, 30, 11, 15),
                      T(CASA, 2026, 3, 30, 12, 0))
    assert t0.utcoffset() == timedelta(hours=1)
    text = f"""Bonjour Madame El Ouazzani,

Pour faire suite à notre échange, je vous confirme le programme de votre journée d'entretiens pour le poste d'{role}, le {fr_date(t0)} au siège de la BMCA (Tour BMCA, 140 boulevard Zerktouni, Casablanca) :

09h30 – 10h15 : Entretien RH – Hajar Bouzidi, HR Business Partner ({hajar[1]})
10h15 – 11h00 : Entretien technique – Anouar Kabbaj, Inspecteur Général Adjoint ({anouar[1]})
11h00 – 11h15 : Pause
11h15 – 12h00 : Entretien final – Latifa Naciri, Inspectrice Générale ({latifa[1]})

Merci de vous présenter à l'accueil à 9h15 muni(e) de votre CIN. Vous allez recevoir deux invitations Outlook pour bloquer ces créneaux dans votre agenda.

Je reste à votre disposition pour toute question.

Bien cordialement,

Zineb Filali
Chargée de recrutement – Capital Humain
BMCA – Banque Marocaine de Commerce et d'Affaires
"""
    day(t0, "lundi")
    plain_mail(os.path.join(d, "01-bmca-programme-journee-entretiens.eml"), seed="c16a", sent=sent, frm=zineb,
               to=[(USER_NAME, USER)], subject=f"BMCA – Programme de votre journée d'entretiens du {fr_date(t0, False)}",
               text=text)
    loc = "Tour BMCA – 140 bd Zerktouni – 12e étage, salle Oum Er-Rbia"
    outlook_invite(os.path.join(d, "02-invitation-entretien-rh.eml"), seed="c16b", sent=sent + timedelta(minutes=6),
                   organizer=zineb, attendees=[(USER_NAME, USER, "REQ-PARTICIPANT"), (hajar[0], hajar[1], "REQ-PARTICIPANT")],
                   subject=f"Entretien RH – Y. El Ouazzani ({role})", start=t0, end=t1, location=loc, teams=False,
                   body="Bonjour,\n\nCréneau RH de la journée d'entretiens (voir programme envoyé ce jour).\n\n"
                        "Zineb Filali\nCapital Humain – BMCA")
    outlook_invite(os.path.join(d, "03-invitation-entretiens-inspection.eml"), seed="c16c",
                   sent=sent + timedelta(minutes=8), organizer=zineb,
                   attendees=[(USER_NAME, USER, "REQ-PARTICIPANT"), (anouar[0], anouar[1], "REQ-PARTICIPANT"),
                              (latifa[0], latifa[1], "REQ-PARTICIPANT")],
                   subject=f"Entretiens Inspection Générale – Y. El Ouazzani ({role})", start=t1, end=t4, location=loc,
                   teams=False, body="Bonjour,\n\nEntretien technique (10h15 – 11h00) puis entretien final avec "
                                     "l'Inspectrice Générale (11h15 – 12h00).\n\nZineb Filali\nCapital Humain – BMCA")
    return lab([iv("BMCA – Banque Marocaine de Commerce et d'Affaires", role, t0, t4, "scheduled",
                   [hajar[1], anouar[1], latifa[1]], [hajar[1], anouar[1], latifa[1]], "onsite")],
               "hard", "positive/onsite-loop-itinerary-plus-invites",
               "Same-day on-site loop (itinerary e-mail + two Outlook invites, Mon 30 Mar, UTC+1) = one onsite "
               "09:30-12:00 with the three interviewers; the coordinator only organises.")


@case("17-workday-choisir-creneau-non-reserve")
def c17(d):
    tenant, company = "sigmaofc", "Sigma Offshore Finance Center"
    sent = T(UTC, 2026, 3, 19, 10, 47, 33)
    slots = [T(CASA, 2026, 3, 24, 10, 0), T(CASA, 2026, 3, 24, 14, 30), T(CASA, 2026, 3, 25, 11, 0)]
    day(slots[0], "Tuesday")
    day(slots[2], "Wednesday")
    link = f"https://wd3.myworkdaysite.com/recruiting/{tenant}/External/interview-scheduling/{hx('c17', 20)}"
    fmt = lambda s: f"{en_date(s)} – {s.strftime('%I:%M %p').lstrip('0')}"
    text = (f"Hello Yasmine,\n\nCongratulations! You have been selected to move forward in the recruitment process "
            f"for Internal Control Analyst – Finance Operations (R-2026-0311) at {company}, Rabat Technopolis.\n\n"
            f"Please select an interview time that works for you. The following time slots are currently available "
            f"(Casablanca time):\n" + "\n".join("• " + fmt(s) for s in slots) +
            f"\n\nSelect Interview Time: {link}\n\nSlots are offered on a first-come, first-served basis and are held "
            f"only once you confirm your choice in Workday. You will receive a confirmation e-mail with a calendar "
            f"invitation once your interview is booked.\n\nRegards,\nSigma OFC Talent Acquisition\n" + WORKDAY_FOOT)
    workday_mail(os.path.join(d, "01-workday-schedule-your-interview.eml"), seed="c17", sent=sent, tenant=tenant,
                 company=company, subject="Action Required: Schedule Your Interview – Internal Control Analyst "
                                          "(R-2026-0311)", text=text)
    return lab([], "medium", "negative/availability-request-unbooked",
               "Workday self-scheduling request listing three candidate slots; nothing is booked in the case.")


@case("18-teams-annulation-offshoring-rabat")
def c18(d):
    adil = ("Adil Cherkaoui", "a.cherkaoui@medina-bs.example")
    role = "Superviseur Contrôle Interne Finance"
    s1 = T(CASA, 2026, 3, 13, 15, 20, 44)
    s2 = T(CASA, 2026, 3, 24, 9, 2, 10)
    start, end = T(CASA, 2026, 3, 26, 14, 0), T(CASA, 2026, 3, 26, 15, 0)
    assert s1.utcoffset() == timedelta(0) and start.utcoffset() == timedelta(hours=1)
    subject = f"Entretien – {role} – Yasmine El Ouazzani"
    b1 = f"""Bonjour Yasmine,

Comme évoqué avec Soukaina (RH), je vous propose un entretien sur Teams le {day(start, 'jeudi')} 26 mars à 14h00 (heure marocaine) pour échanger sur le poste de {role} basé à Rabat Technopolis. Je serai seul sur cet entretien, d'une heure environ.

Au plaisir,

Adil Cherkaoui
Responsable Contrôle Interne Finance
Medina Business Services – Rabat Technopolis, Sala Al Jadida"""
    uid = outlook_invite(os.path.join(d, "01-entretien-medina-business-services.eml"), seed="c18", sent=s1,
                         organizer=adil, attendees=[(USER_NAME, USER, "REQ-PARTICIPANT")], subject=subject,
                         start=start, end=end, location="Réunion Microsoft Teams", body=b1)
    b2 = """Bonjour Yasmine,

Je suis désolé de devoir annuler notre entretien de jeudi : le recrutement sur ce poste est suspendu suite à une réorganisation de l'équipe. Soukaina reviendra vers vous si le poste est rouvert.

Bien cordialement,
Adil"""
    uid2 = outlook_invite(os.path.join(d, "02-annule-entretien-medina-business-services.eml"), seed="c18", sent=s2,
                          organizer=adil, attendees=[(USER_NAME, USER, "REQ-PARTICIPANT")],
                          subject="Annulé : " + subject, start=start, end=end, location="Réunion Microsoft Teams",
                          body=b2, method="CANCEL", sequence=1)
    assert uid == uid2
    return lab([iv("Medina Business Services", role, start, end, "cancelled", [adil[1]], [adil[1]], "hiring_manager")],
               "medium", "positive/teams-cancellation",
               "Teams REQUEST then METHOD:CANCEL (same UID, SEQUENCE 1). Thu 26 Mar 14:00 is after the 22 Mar "
               "switch back, so UTC+1 (the invite was sent while Morocco was still on UTC+0). Kept as cancelled.")


@case("19-calendly-cabinet-paris-premier-echange")
def c19(d):
    julie = ("Julie Perrin", "julie.perrin@hexagone-talents.example")
    s1 = T(PARIS, 2026, 2, 11, 18, 20, 5)
    s2 = T(UTC, 2026, 2, 12, 8, 47, 31)
    start, end = T(CASA, 2026, 2, 19, 10, 0), T(CASA, 2026, 2, 19, 10, 30)
    assert start.utcoffset() == timedelta(0)
    t1 = f"""Bonjour Yasmine,

Je suis consultante chez Hexagone Finance Talents, cabinet spécialisé dans le recrutement de profils audit et contrôle. J'accompagne l'un de nos clients, un groupe industriel coté basé à Paris La Défense, sur le recrutement d'un Manager Audit Interne avec une forte dimension Afrique francophone ; votre parcours m'a semblé très pertinent.

Seriez-vous disponible pour un premier échange téléphonique de 30 minutes ? Vous pouvez réserver directement un créneau dans mon agenda : https://calendly.com/julie-perrin-hft/premier-echange-30min

Bien à vous,

Julie Perrin
Consultante Senior – Audit & Contrôle
Hexagone Finance Talents | 12 rue Vivienne, 75002 Paris
+33 6 48 17 52 90
"""
    plain_mail(os.path.join(d, "01-hexagone-premier-echange.eml"), seed="c19a", sent=s1, frm=julie,
               to=[(USER_NAME, USER)], subject="Manager Audit Interne – groupe industriel (Paris) – premier échange",
               text=t1, style="gmail")
    ev = "Premier échange (30 min)"
    text = f"""Bonjour {USER_NAME},

Un nouvel événement a été planifié.

Type d'événement :
{ev}

Avec :
{julie[0]}

Date/heure de l'événement :
10:00 - 10:30, {day(start, 'jeudi')} 19 février 2026 (Heure de Casablanca)

Lieu :
Julie vous appellera au +212 6 61 48 27 93

Fuseau horaire de l'invité :
Africa/Casablanca

Questions :
Poste actuel ? Auditrice senior – Fiduciaire Anfa Audit (Casablanca)

Voir l'événement dans Calendly : https://calendly.com/events/{uuidish('c19ev')}

Besoin de faire des modifications à cet événement ?
Annuler : https://calendly.com/cancellations/{uuidish('c19c')}
Replanifier : https://calendly.com/reschedulings/{uuidish('c19c')}

Propulsé par Calendly.com
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "CALSCALE:GREGORIAN", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"DTSTAMP:{ics_utc(s2)}", f"UID:{uuidish('c19uid')}@calendly.com",
               f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}",
               f"SUMMARY:{esc(ev + ' entre Julie Perrin et ' + USER_NAME)}",
               f"DESCRIPTION:{esc('Julie vous appellera au +212 6 61 48 27 93')}",
               f"ORGANIZER;CN={julie[0]}:mailto:{julie[1]}",
               f"ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{USER}",
               "LOCATION:+212 6 61 48 27 93", "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    part = multi("mixed", "--==_mimepart_" + hx("c19m", 24), [
        multi("alternative", "--==_mimepart_" + hx("c19a", 24), [
            leaf('text/plain; charset=UTF-8', text),
            leaf('text/html; charset=UTF-8', '<!DOCTYPE html><html><body style="font-family:Helvetica,Arial">\n' +
                 paras_html(text) + "\n</body></html>\n")]),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="invite.ics"', cal, "base64",
             [("Content-Disposition", 'attachment; filename="invite.ics"')])])
    write_eml(os.path.join(d, "02-calendly-confirmation.eml"),
              [("Delivered-To", USER), received("o2.mail.calendly.com", "149.72.143.21", s2, "c19b"),
               ("Return-Path", f"<bounces+{digits('c19r', 7)}@mail.calendly.com>"),
               ("From", "Calendly <notifications@calendly.com>"), ("Reply-To", A(*julie)), ("To", USER),
               ("Subject", subj(f"Confirmé : {ev} avec Julie Perrin le jeudi 19 février 2026")),
               ("Date", rfc(s2)), ("Message-ID", f"<{hx('c19mid', 24)}_{digits('c19x', 6)}@calendly.com>")], part)
    return lab([iv("Hexagone Finance Talents", "Manager Audit Interne", start, end, "scheduled", [julie[1]],
                   [julie[1]], "phone_screen")],
               "medium", "positive/calendly-booked-recruiter-screen",
               "Scheduling link (not yet an interview) followed by the Calendly invitee confirmation: Thu 19 Feb "
               "10:00-10:30 Casablanca (UTC+0 since 15 Feb; 11:00 in Paris). The agency consultant runs the call; "
               "Calendly's sender is a notification address, Reply-To is hers.")


@case("20-rekrute-refus-apres-entretien")
def c20(d):
    sent = T(CASA, 2026, 4, 1, 11, 3, 40)
    past = T(CASA, 2026, 3, 17, 11, 0)
    msg = f"""Madame,

Nous vous remercions pour le temps que vous nous avez accordé lors de votre entretien du {day(past, 'mardi')} 17 mars 2026 à 11h avec M. Benslimane et Mme Raji.

Après un examen attentif de votre candidature, nous sommes au regret de vous informer que nous ne pourrons pas y donner une suite favorable. Cette décision ne remet pas en cause la qualité de votre parcours ; nous conservons votre CV dans notre vivier et ne manquerons pas de revenir vers vous pour toute opportunité future.

Nous vous souhaitons plein succès dans vos démarches.

La Direction du Capital Humain
Banque Chérifienne du Littoral"""
    rekrute_mail(os.path.join(d, "01-rekrute-reponse-candidature.eml"), seed="c20", sent=sent,
                 company="Banque Chérifienne du Littoral",
                 subject="Réponse à votre candidature – Auditeur Interne Réseau d'agences (Réf. BCL-AUD-0226)",
                 intro="Le recruteur Banque Chérifienne du Littoral vous a adressé un message concernant l'offre "
                       "« Auditeur Interne – Réseau d'agences » à laquelle vous avez postulé.",
                 message=msg,
                 offer_url="https://www.rekrute.com/offre-emploi-auditeur-interne-reseau-agences-casablanca-170255.html")
    return lab([], "medium", "negative/rejection-after-interview",
               "ReKrute rejection that cites a past interview date and time (Tue 17 Mar 11h) - a rejection, not "
               "an interview.")


@case("21-paris-lundi-prochain-meme-heure")
def c21(d):
    ines = ("Inès Garnier", "ines.garnier@roussel-ferrand.example")
    bastien = ("Bastien Lecoq", "bastien.lecoq@roussel-ferrand.example")
    role = "Auditeur Senior – Commissariat aux comptes"
    s1 = T(PARIS, 2026, 3, 18, 10, 14, 27)
    s2 = T(CASA, 2026, 3, 18, 10, 41, 50)
    start, end = T(PARIS, 2026, 3, 23, 11, 0), T(PARIS, 2026, 3, 23, 12, 0)
    day(s1, "mercredi")
    day(start, "lundi")
    assert 0 < (start.date() - s1.date()).days <= 7  # "lundi prochain"
    assert start.astimezone(CASA).hour == 11 and s2.utcoffset() == timedelta(0)
    subject = "Roussel Ferrand – Entretien technique Auditeur Senior CAC"
    t1 = f"""Bonjour Yasmine,

Suite à votre candidature pour le poste d'{role} (Paris 9e), je vous confirme votre entretien technique avec Bastien Lecoq, Manager Audit, en copie.

Bastien vous appellera en visio (Teams) lundi prochain à 11h, heure de Paris, pour environ une heure. Petite précision : d'après nos informations le Maroc repasse à GMT+1 ce dimanche 22 mars, il sera donc aussi 11h à Casablanca – jusqu'au passage de la France à l'heure d'été le 29 mars, nous aurons la même heure !

Le lien de connexion vous sera envoyé la veille.

Bien cordialement,

Inès Garnier
Responsable Recrutement
Roussel Ferrand & Associés – Commissaires aux comptes
22 rue de Châteaudun, 75009 Paris
"""
    m1 = plain_mail(os.path.join(d, "01-roussel-ferrand-entretien-lundi.eml"), seed="c21a", sent=s1, frm=ines,
                    to=[(USER_NAME, USER)], cc=[bastien], subject=subject, text=t1)
    t2 = f"""Bonjour Inès,

Merci, c'est noté pour lundi 23 mars à 11h (même heure à Paris et à Casablanca). Au plaisir d'échanger avec Bastien.

Bien cordialement,
Yasmine El Ouazzani

Le 18/03/2026 à 10:14, Inès Garnier a écrit :
{quote_lines(t1)}
"""
    plain_mail(os.path.join(d, "02-re-lundi-23-mars.eml"), seed="c21b", sent=s2, frm=(USER_NAME, USER),
               to=[ines], cc=[bastien], subject="Re: " + subject, text=t2, style="thunderbird", in_reply_to=m1)
    return lab([iv("Roussel Ferrand & Associés", role, start, end, "scheduled", [bastien[1]], [bastien[1]],
                   "technical")],
               "medium", "positive/email-relative-date-same-offset-week",
               "'lundi prochain à 11h, heure de Paris' resolved from Wed 18 Mar -> Mon 23 Mar; in the week 22-29 "
               "Mar Casablanca and Paris are both UTC+1 (owner's reply is still sent at +0000). Bastien (cc) "
               "conducts; ~1h.")


@case("22-gcal-entretien-final-dga")
def c22(d):
    salma = ("Salma Tounsi", "s.tounsi@rif-atlantique.example")
    driss = ("Driss El Fassi", "d.elfassi@rif-atlantique.example")
    role = "Responsable Audit Interne – Filiales"
    start, end = T(CASA, 2026, 2, 16, 10, 0), T(CASA, 2026, 2, 16, 10, 45)
    assert start.utcoffset() == timedelta(0)
    day(start, "lundi")
    gcal_event(os.path.join(d, "01-entretien-final-rif-atlantique.gcal.json"), seed="c22",
               created=T(UTC, 2026, 2, 6, 15, 12), updated=T(UTC, 2026, 2, 9, 9, 31),
               summary=f"Entretien final – {role} – Y. El Ouazzani",
               description="Entretien final avec M. Driss El Fassi, Directeur Général Adjoint – Pôle Risques & "
                           "Conformité, pour le poste de Responsable Audit Interne – Filiales. Durée : 45 min.\n"
                           "Salma Tounsi (coordination recrutement) vous accueillera à la réception mais n'assistera "
                           "pas à l'entretien.\nRappel : le Maroc passe à GMT+0 le dimanche 15 février à 3h.",
               organizer=salma, attendees=[(salma[0], salma[1], "accepted"), (driss[0], driss[1], "accepted"),
                                           (USER_NAME, USER, "accepted")],
               start=start, end=end, tz="Africa/Casablanca",
               location="Banque Rif Atlantique – Siège, avenue Annakhil, Hay Riad, Rabat")
    return lab([iv("Banque Rif Atlantique", role, start, end, "scheduled", [driss[1]], [driss[1]], "hiring_manager")],
               "easy", "positive/gcal-json-only",
               "Calendar API event only, Mon 16 Feb 10:00 in Africa/Casablanca = first working day on UTC+0. "
               "Organizer coordinates and will not attend; the deputy CEO conducts.")


# =======================================================================================
def main():
    for name in sorted(os.listdir(HERE)):
        if name.startswith(PREFIX) and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for i, (cid, fn) in enumerate(CASES, 1):
        assert cid.startswith(f"{PREFIX}{i:02d}-"), cid
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        labels[cid] = fn(d)
    header = "# blind257 labels (written blind). Schema: see /work/shared/eval/README.md\n"
    write(os.path.join(HERE, "labels.yaml"),
          header + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False))
    pos = sum(1 for v in labels.values() if v["interview"])
    ivs = [x for v in labels.values() for x in v["interviews"]]
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews "
          f"({sum(x['status'] == 'scheduled' for x in ivs)} scheduled, {sum(x['status'] == 'cancelled' for x in ivs)} cancelled)")


if __name__ == "__main__":
    main()
