#!/usr/bin/env python3
"""Regenerate the blind256 evaluation set (case folders + labels.yaml) next to this file.

Deterministic: fixed dates, hash-derived Message-IDs / UIDs / boundaries, no randomness, no clock.
Standard library + PyYAML + zoneinfo only.

Owner: Chiara Valsecchi <chiara.valsecchi@example.com>, UX/UI designer living in Milan.
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

ROOT = Path(__file__).resolve().parent
PREFIX = "b256"
OWNER = "chiara.valsecchi@example.com"
OWNER_NAME = "Chiara Valsecchi"

ROME = ZoneInfo("Europe/Rome")
LONDON = ZoneInfo("Europe/London")
ZURICH = ZoneInfo("Europe/Zurich")
UTC = timezone.utc

IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_DAYS_AB = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre"]
IT_MONTHS_AB = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]

CASES = {}   # folder name -> {filename: str|bytes}
LABELS = {}  # folder name -> label dict


# ----------------------------------------------------------------------------- time helpers
def T(y, mo, d, h=0, mi=0, s=0, tz=ROME):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that a weekday written by hand in the text matches the date."""
    names = IT_DAYS + EN_DAYS + [x.lower() for x in EN_DAYS] + IT_DAYS_AB
    idx = names.index(name) % 7 if name not in IT_DAYS_AB else IT_DAYS_AB.index(name)
    assert dt.weekday() == idx, (dt, name)
    return name


def it_long(dt, cap=False, year=True):
    s = f"{IT_DAYS[dt.weekday()]} {dt.day} {IT_MONTHS[dt.month - 1]}" + (f" {dt.year}" if year else "")
    return s[0].upper() + s[1:] if cap else s


def en_long(dt, year=True):
    return f"{EN_DAYS[dt.weekday()]} {dt.day} {EN_MONTHS[dt.month - 1]}" + (f" {dt.year}" if year else "")


def hm(dt):
    return dt.strftime("%H:%M")


def en_ampm(dt):
    h = dt.hour % 12 or 12
    suffix = "am" if dt.hour < 12 else "pm"
    return f"{h}{suffix}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{suffix}"


def iso(dt):
    return dt.isoformat(timespec="seconds")


def ical_local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def ical_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def rfc_date(dt, tz=None):
    """RFC 5322 Date header; tz lets us express the same instant with the sender's offset."""
    return format_datetime(dt.astimezone(tz) if tz else dt)


def hid(*parts, n=16, alphabet="0123456789abcdef"):
    h = hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()
    num = int.from_bytes(h, "big")
    out = []
    for _ in range(n):
        num, r = divmod(num, len(alphabet))
        out.append(alphabet[r])
        if num == 0:
            num = int.from_bytes(hashlib.sha256(h + bytes(out[-1], "ascii")).digest(), "big")
    return "".join(out)


ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
ALNUM_MIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPERHEX = "0123456789ABCDEF"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"


def uuid_like(*parts):
    x = hid(*parts, n=32)
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}"


def meet_code(*parts):
    x = hid("meet", *parts, n=10, alphabet=LOWER)
    return f"{x[:3]}-{x[3:7]}-{x[7:10]}"


# ----------------------------------------------------------------------------- MIME helpers
def addr(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", header_name="Subject").encode()


def enc_body(text, cte):
    data = text.encode("utf-8")
    if cte == "quoted-printable":
        out = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        out = base64.encodebytes(data).decode("ascii")
    else:
        out = text
    return out if out.endswith("\n") else out + "\n"


def leaf(ctype, text, cte="quoted-printable", extra=()):
    head = f"Content-Type: {ctype}\n"
    for h in extra:
        head += h + "\n"
    head += f"Content-Transfer-Encoding: {cte}\n\n"
    return head + enc_body(text, cte)


def leaf_b64_bytes(ctype, data, extra=()):
    head = f"Content-Type: {ctype}\n"
    for h in extra:
        head += h + "\n"
    head += "Content-Transfer-Encoding: base64\n\n"
    return head + base64.encodebytes(data).decode("ascii")


def multipart(subtype, boundary, parts, preamble=""):
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    if preamble:
        out += preamble + "\n\n"
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    return out + f"--{boundary}--\n"


def message(headers, body):
    out = ""
    for k, v in headers:
        if v is None:
            continue
        out += f"{k}: {v}\n"
    return out + "MIME-Version: 1.0\n" + body


def text_to_html(text, font="Arial,Helvetica,sans-serif", size="10pt"):
    paras = text.strip("\n").split("\n\n")
    body = "".join("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>\n" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:{size}">\n{body}</div></body></html>\n')


def gmail_html(text):
    """Gmail-style HTML: quoted part (lines starting with '>') inside a gmail_quote blockquote."""
    lines = text.rstrip("\n").split("\n")
    main, quote, attrib = [], [], None
    for i, l in enumerate(lines):
        if l.startswith(">") or (quote and l == ""):
            quote.append(l[1:].lstrip() if l.startswith(">") else "")
        elif quote == [] and i + 1 < len(lines) and lines[i + 1].startswith(">") and l.endswith(":"):
            attrib = l
        else:
            main.append(l)
    h = '<div dir="ltr">' + "".join(
        f"<div>{html.escape(l) if l else '<br>'}</div>" for l in main) + "</div>"
    if attrib:
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
              + html.escape(attrib) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px'
              ' 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              + "<br>\n".join(html.escape(l) for l in quote) + "</blockquote></div>")
    return h + "\n"


def gmail_received(for_addr, date, seed):
    ip = 209, 85, 220, 41 + int(hid(seed, "ip", n=2, alphabet=DIGITS)) % 50
    return (f"by 2002:a05:7300:{hid(seed, 'r1', n=4)}:b0:{hid(seed, 'r2', n=3)}:{hid(seed, 'r3', n=4)} with SMTP id "
            f"{hid(seed, 'smtp', n=12, alphabet=LOWER)};\n        {rfc_date(date, UTC)}"), ip


def received_ext(host, ip, for_addr, date, seed):
    return (f"from {host} ({host}. [{ip}])\n        by mx.example.com with ESMTPS id "
            f"{hid(seed, 'rcv', n=12, alphabet=ALNUM)}\n        for <{for_addr}>\n"
            f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\n        {rfc_date(date, UTC)}")


def outlook_mid(seed, region="EUR05", pod="AM9PR05"):
    x = hid(seed, "olmid", n=32, alphabet=UPPERHEX)
    box = f"{pod}MB{hid(seed, 'box', n=4, alphabet=DIGITS)}"
    return f"<{box}{x}@{box}.eurprd05.prod.outlook.com>"


def gmail_mid(seed):
    return f"<CA+{hid(seed, 'gm', n=40, alphabet=ALNUM_MIX)}@mail.gmail.com>"


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(("ti" + seed).encode()).digest()[:22]).decode()


def gmail_boundary(seed):
    return "0000000000" + hid(seed, "bnd", n=18)


# ----------------------------------------------------------------------------- iCalendar helpers
def ics_text(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n"))


def fold(line):
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def ics_join(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


VTZ_ROME = """BEGIN:VTIMEZONE
TZID:Europe/Rome
X-LIC-LOCATION:Europe/Rome
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""".split("\n")

VTZ_LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""".split("\n")

VTZ_ZURICH = [l.replace("Europe/Rome", "Europe/Zurich") for l in VTZ_ROME]

VTZ_WEU = """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""".split("\n")

VTZ = {"Europe/Rome": VTZ_ROME, "Europe/London": VTZ_LONDON, "Europe/Zurich": VTZ_ZURICH,
       "W. Europe Standard Time": VTZ_WEU}


def dt_prop(name, dt, tzid):
    if tzid == "Z":
        return f"{name}:{ical_utc(dt)}"
    return f"{name};TZID={tzid}:{ical_local(dt)}"


def generic_ics(*, prodid, method, uid, dtstamp, start, end, summary, description="", location="",
                organizer=None, attendees=(), tzid="Europe/Rome", sequence=0, status="CONFIRMED",
                extra=(), alarm_min=None, calscale=True):
    """attendees: (name, email, role, partstat)."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if calscale:
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    if tzid != "Z":
        lines += VTZ[tzid]
    lines += ["BEGIN:VEVENT", dt_prop("DTSTART", start, tzid), dt_prop("DTEND", end, tzid),
              f"DTSTAMP:{ical_utc(dtstamp)}"]
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    lines.append(f"UID:{uid}")
    for name, email, role, ps in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={name}:mailto:{email}")
    if description:
        lines.append("DESCRIPTION:" + ics_text(description))
    if location:
        lines.append("LOCATION:" + ics_text(location))
    lines += [f"SEQUENCE:{sequence}", f"STATUS:{status}", "SUMMARY:" + ics_text(summary), "TRANSP:OPAQUE"]
    lines += list(extra)
    if alarm_min:
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Promemoria",
                  f"TRIGGER:-PT{alarm_min}M", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics_join(lines)


def cal_part(ics, method):
    """Inline text/calendar part: 7bit if ASCII (as Google does), base64 otherwise."""
    try:
        ics.encode("ascii")
        return leaf(f'text/calendar; charset="UTF-8"; method={method}', ics.replace("\r\n", "\n"), "7bit")
    except UnicodeEncodeError:
        return leaf_b64_bytes(f'text/calendar; charset="UTF-8"; method={method}', ics.encode("utf-8"))


# ----------------------------------------------------------------------------- Google Calendar invitations
def g_subject_date(start, end, lang):
    if lang == "it":
        return (f"{IT_DAYS_AB[start.weekday()]} {start.day} {IT_MONTHS_AB[start.month - 1]} {start.year} "
                f"{hm(start)} - {hm(end)} ({start.tzname()})")
    return (f"{EN_DAYS[start.weekday()][:3]} {EN_MONTHS[start.month - 1][:3]} {start.day}, {start.year} "
            f"{en_ampm(start)} - {en_ampm(end)} ({start.tzname()})")


def g_body_date(start, end, lang):
    if lang == "it":
        return f"{it_long(start, cap=True)} ⋅ {hm(start)} – {hm(end)}"
    return (f"{EN_DAYS[start.weekday()]} {EN_MONTHS[start.month - 1][:3]} {start.day}, {start.year} ⋅ "
            f"{en_ampm(start)} – {en_ampm(end)}")


G_TZLABEL = {("it", "Europe/Rome"): "Ora dell'Europa centrale - Roma",
             ("en", "Europe/Zurich"): "Central European Time - Zurich",
             ("en", "Europe/London"): "United Kingdom Time",
             ("it", "Europe/Zurich"): "Ora dell'Europa centrale - Zurigo"}


def google_invite(*, seed, lang, msg_date, title, start, end, tzid, organizer, guests, description,
                  uid, sequence=0, method="REQUEST", meet=True, location="", utc_times=False,
                  created=None, phone=("IT", "+39 02 3046 1287")):
    """guests: list of (name|None, email, partstat); organizer must be first."""
    code = meet_code(seed)
    pin = hid(seed, "pin", n=9, alphabet=DIGITS)
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    it = lang == "it"
    cancel = method == "CANCEL"
    if cancel:
        prefix = "Evento annullato" if it else "Canceled event"
    elif sequence:
        prefix = "Invito aggiornato" if it else "Updated invitation"
    else:
        prefix = "Invito" if it else "Invitation"
    subject = f"{prefix}: {title} @ {g_subject_date(start, end, lang)} ({OWNER})"

    lines = []
    if cancel:
        lines += ["Questo evento è stato annullato e rimosso dal tuo calendario." if it else
                  "This event has been canceled and removed from your calendar.", ""]
    lines += [title, g_body_date(start, end, lang), G_TZLABEL[(lang, tzid)], ""]
    if location:
        lines += [location, ""]
    if meet and not cancel:
        lines += ["Partecipa con Google Meet" if it else "Join with Google Meet",
                  f"https://meet.google.com/{code}", "",
                  "Partecipa tramite telefono" if it else "Join by phone",
                  f"({phone[0]}) {phone[1]}", f"PIN: {pin[:3]} {pin[3:6]} {pin[6:]}#", "",
                  "Altri numeri di telefono" if it else "More phone numbers",
                  f"https://tel.meet/{code}?pin={pin}{hid(seed, 'pin2', n=4, alphabet=DIGITS)}", ""]
    lines += ["Organizzatore" if it else "Organizer", organizer[0], organizer[1], "",
              "Invitati" if it else "Guests"]
    for i, (name, email, _ps) in enumerate(guests):
        if name:
            lines.append(f"{name} - organizzatore" if (it and i == 0) else
                         (f"{name} - organizer" if i == 0 else name))
        lines.append(email)
    lines.append(("Visualizza tutte le informazioni sugli invitati " if it else "View all guest info ") + view)
    lines.append("")
    if description:
        lines += [description, ""]
    if not cancel:
        lines.append((f"Rispondi per {OWNER} e visualizza ulteriori dettagli " if it else
                      f"Reply for {OWNER} and view more details ") + view)
        lines.append("")
    lines += ["", "~~//~~",
              ("Invito da Google Calendar: https://calendar.google.com/calendar/" if it else
               "Invitation from Google Calendar: https://calendar.google.com/calendar/"), "",
              ("Ricevi questa email perché sei un invitato all'evento." if it else
               "You are receiving this email because you are an attendee on the event."), "",
              ("Se inoltri questo invito, qualsiasi destinatario potrebbe inviare una risposta "
               "all'organizzatore, essere aggiunto all'elenco degli invitati, invitare altre persone "
               "indipendentemente dallo stato del suo invito o modificare la tua risposta. Scopri di più "
               "https://support.google.com/calendar/answer/37135#forwarding" if it else
               "Forwarding this invitation could allow any recipient to send a response to the organizer, "
               "be added to the guest list, invite others regardless of their own invitation status, or "
               "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding")]
    plain = "\n".join(lines) + "\n"
    htmlbody = text_to_html(plain, font="Roboto,Helvetica,Arial,sans-serif")

    created = created or msg_date - timedelta(minutes=3)
    ical_lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                  "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if not utc_times:
        ical_lines += VTZ[tzid]
    tz_for = "Z" if utc_times else tzid
    ical_lines += ["BEGIN:VEVENT", dt_prop("DTSTART", start, tz_for), dt_prop("DTEND", end, tz_for),
                   f"DTSTAMP:{ical_utc(msg_date)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
                   f"UID:{uid}"]
    for name, email, ps in guests:
        ps = "DECLINED" if (cancel and email == OWNER and False) else ps
        ical_lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;"
                          f"CN={name or email};X-NUM-GUESTS=0:mailto:{email}")
    if meet and not cancel:
        ical_lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}")
    desc = description
    if meet and not cancel:
        desc = (description + "\n\n" if description else "") + (
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            + ("Partecipa con Google Meet: " if it else "Join with Google Meet: ")
            + f"https://meet.google.com/{code}\n\n"
            + ("Oppure componi: " if it else "Or dial: ") + f"({phone[0]}) {phone[1]} PIN: {pin}#\n"
            + "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    ical_lines += [f"CREATED:{ical_utc(created)}", "DESCRIPTION:" + ics_text(desc),
                   f"LAST-MODIFIED:{ical_utc(msg_date)}", "LOCATION:" + ics_text(location),
                   f"SEQUENCE:{sequence}", f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}",
                   "SUMMARY:" + ics_text(title), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    ics = ics_join(ical_lines)

    b_mixed, b_alt = gmail_boundary(seed + "m"), gmail_boundary(seed + "a")
    alt = multipart("alternative", b_alt, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        leaf('text/html; charset="UTF-8"', htmlbody, "quoted-printable"),
        cal_part(ics, method)])
    fname = "invite.ics"
    body = multipart("mixed", b_mixed, [
        alt.rstrip("\n"),
        leaf_b64_bytes(f'application/ics; name="{fname}"', ics.encode("utf-8"),
                       extra=(f'Content-Disposition: attachment; filename="{fname}"',))])
    rcv, ip = gmail_received(OWNER, msg_date, seed)
    headers = [("Delivered-To", OWNER),
               ("Received", f"from mail-sor-f{ip[3]}.google.com (mail-sor-f{ip[3]}.google.com. "
                            f"[{'.'.join(map(str, ip))}])\n        by mx.example.com with SMTPS id "
                            f"{hid(seed, 'sm', n=12, alphabet=LOWER)}\n        for <{OWNER}>\n"
                            f"        (Google Transport Security);\n        {rfc_date(msg_date, UTC)}"),
               ("Return-Path", f"<{hid(seed, 'rp', n=21, alphabet=ALNUM_MIX)}@calendar-server.bounces.google.com>"),
               ("Reply-To", addr(*organizer)),
               ("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Message-ID", f"<calendar-{uuid_like(seed, 'mid')}@google.com>"),
               ("Date", rfc_date(msg_date, UTC)),
               ("Subject", subj(subject)),
               ("From", addr(*organizer)),
               ("To", OWNER)]
    return message(headers, body), ics


# ----------------------------------------------------------------------------- Exchange / Teams invitations
def teams_block(seed):
    mid = hid(seed, "teamsid", n=12, alphabet=DIGITS)
    mid = f"{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}"
    pw = hid(seed, "pw", n=6, alphabet=ALNUM_MIX)
    tid = uuid_like(seed, "tenant")
    oid = uuid_like(seed, "org")
    th = hid(seed, "thread", n=32, alphabet=ALNUM_MIX)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{th}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    bar = "_" * 80
    text = (f"{bar}\nRiunione di Microsoft Teams\n"
            "Partecipa dal computer, dall'app per dispositivi mobili o dal dispositivo della stanza\n"
            f"Fai clic qui per partecipare alla riunione<{url}>\n"
            f"ID riunione: {mid}\nPasscode: {pw}\n"
            "Scarica Teams<https://www.microsoft.com/it-it/microsoft-teams/download-app> | "
            "Partecipa sul Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Altre informazioni<https://aka.ms/JoinTeamsMeeting> | "
            f"Opzioni riunione<https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}"
            f"&threadId=19_meeting_{th}@thread.v2&messageId=0&language=it-IT>\n{bar}\n")
    return text, url


def exchange_ics(*, seed, method, uid, sequence, start, end, organizer, attendees, summary, description,
                 location, dtstamp, teams_url=None, status="CONFIRMED"):
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += VTZ_WEU
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, email, role in attendees:
        lines.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{email}")
    lines += ["DESCRIPTION;LANGUAGE=it-IT:" + ics_text(description),
              f"UID:{uid}", "SUMMARY;LANGUAGE=it-IT:" + ics_text(summary),
              f"DTSTART;TZID=W. Europe Standard Time:{ical_local(start)}",
              f"DTEND;TZID=W. Europe Standard Time:{ical_local(end)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ical_utc(dtstamp)}", "TRANSP:OPAQUE",
              f"STATUS:{status}", f"SEQUENCE:{sequence}", "LOCATION;LANGUAGE=it-IT:" + ics_text(location),
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:-{hid(seed.split('#')[0], 'appt', n=10, alphabet=DIGITS)}",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        lines += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              "X-MICROSOFT-LOCATIONDISPLAYNAME:" + ics_text(location),
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics_join(lines)


def exchange_invite(*, seed, msg_date, sender, to, cc=(), subject, body_text, start, end, location,
                    uid, sequence=0, attendees, teams=True, topic=None, tenant_host="EUR05"):
    tb, turl = teams_block(seed.split("#")[0]) if teams else ("", None)
    plain = body_text.rstrip("\n") + "\n\n" + tb if teams else body_text
    location = "Riunione di Microsoft Teams" if (teams and not location) else location
    htmlbody = text_to_html(plain, font="Aptos,Calibri,sans-serif", size="11pt")
    ics = exchange_ics(seed=seed, method="REQUEST", uid=uid, sequence=sequence, start=start, end=end,
                       organizer=sender, attendees=attendees, summary=topic or subject, description=plain,
                       location=location, dtstamp=msg_date, teams_url=turl)
    bnd = "_000_" + hid(seed, "exb", n=24, alphabet=UPPERHEX) + "prodoutlookcom_"
    body = multipart("alternative", bnd, [
        leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
        leaf('text/html; charset="utf-8"', htmlbody, "quoted-printable"),
        leaf_b64_bytes('text/calendar; charset="utf-8"; method=REQUEST', ics.encode("utf-8"))])
    host = f"{tenant_host}-AM6-obe.outbound.protection.outlook.com"
    headers = [("Delivered-To", OWNER),
               ("Received", received_ext(host, "52.101.73." + str(40 + int(hid(seed, 'o', n=2, alphabet=DIGITS))),
                                         OWNER, msg_date, seed)),
               ("Return-Path", f"<{sender[1]}>"),
               ("From", addr(*sender)),
               ("To", ", ".join(addr(*t) for t in to)),
               ("CC", ", ".join(addr(*c) for c in cc) if cc else None),
               ("Subject", subj(subject)),
               ("Thread-Topic", subj(topic or subject)),
               ("Thread-Index", thread_index(seed)),
               ("Date", rfc_date(msg_date, UTC)),
               ("Message-ID", outlook_mid(seed)),
               ("Accept-Language", "it-IT, en-US"),
               ("Content-Language", "it-IT"),
               ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", ""),
               ("Content-class", "urn:content-classes:calendarmessage"),
               ("x-ms-exchange-calendar-series-instance-id",
                "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + hid(seed, "ser", n=20, alphabet=ALNUM_MIX)),
               ("x-ms-publictraffictype", "Email")]
    return message(headers, body), ics


def outlook_mail(*, seed, msg_date, sender, to, cc=(), subject, text, in_reply_to=None, references=None,
                 attachments=(), importance=None):
    """Plain human mail from Outlook / Exchange Online (multipart/alternative, QP)."""
    htmlbody = text_to_html(text, font="Aptos,Calibri,sans-serif", size="11pt")
    bnd = "_000_" + hid(seed, "omb", n=24, alphabet=UPPERHEX) + "prodoutlookcom_"
    body = multipart("alternative", bnd, [leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
                                          leaf('text/html; charset="utf-8"', htmlbody, "quoted-printable")])
    if attachments:
        bm = "_004_" + hid(seed, "omm", n=24, alphabet=UPPERHEX) + "prodoutlookcom_"
        body = multipart("mixed", bm, [body.rstrip("\n")] + list(attachments))
    headers = [("Delivered-To", OWNER),
               ("Received", received_ext("EUR05-DB8-obe.outbound.protection.outlook.com",
                                         "52.101.66." + str(10 + int(hid(seed, 'o', n=2, alphabet=DIGITS))),
                                         OWNER, msg_date, seed)),
               ("Return-Path", f"<{sender[1]}>"),
               ("From", addr(*sender)),
               ("To", ", ".join(addr(*t) for t in to)),
               ("CC", ", ".join(addr(*c) for c in cc) if cc else None),
               ("Subject", subj(subject)),
               ("Thread-Topic", subj(subject.split(": ", 1)[-1] if subject.startswith(("R:", "RE:")) else subject)),
               ("Thread-Index", thread_index(seed)),
               ("Date", rfc_date(msg_date, UTC)),
               ("Message-ID", outlook_mid(seed)),
               ("In-Reply-To", in_reply_to),
               ("References", references),
               ("Importance", importance),
               ("Accept-Language", "it-IT, en-US"),
               ("Content-Language", "it-IT"),
               ("X-MS-Has-Attach", "yes" if attachments else ""),
               ("X-MS-TNEF-Correlator", ""),
               ("x-ms-publictraffictype", "Email")]
    return message(headers, body)


def gmail_mail(*, seed, msg_date, sender, to, cc=(), subject, text, in_reply_to=None, references=None,
               reply_to=None, sender_tz=ROME, attachments=()):
    """Human mail from Gmail / Google Workspace (multipart/alternative, plain QP + html QP)."""
    b = gmail_boundary(seed)
    body = multipart("alternative", b, [leaf('text/plain; charset="UTF-8"', text, "quoted-printable"),
                                        leaf('text/html; charset="UTF-8"', gmail_html(text), "quoted-printable")])
    if attachments:
        body = multipart("mixed", gmail_boundary(seed + "mx"), [body.rstrip("\n")] + list(attachments))
    rcv, ip = gmail_received(OWNER, msg_date, seed)
    domain = sender[1].split("@")[1]
    headers = [("Delivered-To", OWNER),
               ("Received", f"from mail-wm1-f{ip[3]}.google.com (mail-wm1-f{ip[3]}.google.com. "
                            f"[{'.'.join(map(str, ip))}])\n        by mx.example.com with ESMTPS id "
                            f"{hid(seed, 'es', n=12, alphabet=LOWER)}\n        for <{OWNER}>\n"
                            f"        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n"
                            f"        {rfc_date(msg_date, UTC)}"),
               ("Return-Path", f"<{sender[1]}>"),
               ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=google; "
                                  f"t={int(msg_date.timestamp())};\n        h=to:subject:message-id:date:from:"
                                  f"mime-version:from:to:cc:subject:date:message-id:reply-to;\n        "
                                  f"bh={base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()};\n        "
                                  f"b={base64.b64encode(hashlib.sha512((seed + 'sig').encode()).digest()).decode()}"),
               ("MIME-Version", None),
               ("References", references),
               ("In-Reply-To", in_reply_to),
               ("From", addr(*sender)),
               ("Date", rfc_date(msg_date, sender_tz)),
               ("Message-ID", gmail_mid(seed)),
               ("Subject", subj(subject)),
               ("To", ", ".join(addr(*t) for t in to)),
               ("Cc", ", ".join(addr(*c) for c in cc) if cc else None),
               ("Reply-To", addr(*reply_to) if reply_to else None)]
    return message(headers, body)


def it_quote_header_gmail(dt, name, email):
    return (f"Il giorno {IT_DAYS_AB[dt.weekday()]} {dt.day} {IT_MONTHS_AB[dt.month - 1]} {dt.year} alle ore "
            f"{hm(dt)} {name} <{email}> ha scritto:")


def en_quote_header_gmail(dt, name, email):
    return (f"On {EN_DAYS[dt.weekday()][:3]}, {dt.day} {EN_MONTHS[dt.month - 1][:3]} {dt.year} at "
            f"{hm(dt)}, {name} <{email}> wrote:")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def outlook_quote_it(dt, sender, to, subject, text, cc=()):
    head = (f"Da: {sender[0]} <{sender[1]}>\nInviato: {it_long(dt)} {hm(dt)}\n"
            f"A: {', '.join(f'{n} <{e}>' for n, e in to)}\n")
    if cc:
        head += f"Cc: {', '.join(f'{n} <{e}>' for n, e in cc)}\n"
    return "_" * 32 + "\n" + head + f"Oggetto: {subject}\n\n" + text.rstrip("\n") + "\n"


def add(case, fname, content):
    CASES.setdefault(case, {})[fname] = content


def label(case, interviews, difficulty, category, notes):
    LABELS[case] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


# ============================================================================= CASES
OWNER_T = (OWNER_NAME, OWNER)


def owner_mid(seed):
    """Message-ID the owner's client (Apple Mail on example.com) gives her own messages."""
    return f"<{uuid_like(seed, 'owner').upper()}@example.com>"


# ----------------------------------------------------------------------------- 01 InfoJobs phone screen
def case01():
    c = f"{PREFIX}-01-infojobs-colloquio-conoscitivo"
    fed = ("Federica Galli", "federica.galli@officinabrera.example")
    m1 = T(2026, 10, 23, 11, 42, 17)
    start = T(2026, 10, 27, 15, 0)
    wd(m1, "venerdì")
    wd(start, "martedì")
    conv = hid(c, "conv", n=10, alphabet=DIGITS)
    msg = (
        "Ciao Chiara,\n\n"
        "l'azienda Officina Brera Digital ha risposto alla tua candidatura per l'offerta:\n\n"
        "UX/UI Designer (Junior/Mid) – Milano, ibrido\n"
        "Officina Brera Digital · Milano (MI) · Contratto a tempo indeterminato · RAL 30.000–36.000 €\n\n"
        "Messaggio di Federica Galli, Talent Acquisition:\n\n"
        "\"Ciao Chiara, grazie per la candidatura! Il tuo portfolio ci è piaciuto molto, soprattutto il "
        "progetto sull'app di car sharing. Come primo passo ti propongo un colloquio conoscitivo telefonico "
        "con me, prima di passarti al nostro Head of Design: ti chiamerei martedì alle 15:00 al numero che "
        "hai indicato nel CV, ci vorrà una ventina di minuti. Se ti va bene rispondimi pure direttamente a "
        "federica.galli@officinabrera.example.\nA presto!\nFederica\"\n\n"
        f"Rispondi al messaggio: https://www.infojobs.it/candidato/messaggi/{conv}\n\n"
        "Stato della tua candidatura: In selezione\n\n"
        "Consiglio InfoJobs: tieni aggiornato il tuo CV e rispondi rapidamente alle aziende, aumenterai le "
        "possibilità di essere chiamato per un colloquio.\n\n"
        "--\n"
        "Hai ricevuto questa email perché sei registrato su InfoJobs con l'indirizzo "
        f"{OWNER}.\nGestisci le notifiche: https://www.infojobs.it/candidato/impostazioni/notifiche\n"
        "InfoJobs – Il lavoro che cerchi\n")
    h = ('<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f4f5">'
         '<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">'
         '<table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;color:#20262b">'
         '<tr><td style="background:#167db7;padding:18px 24px"><img src="https://media.infojobs.it/mail/logo-white.png" '
         'alt="InfoJobs" width="120"></td></tr><tr><td style="padding:24px">'
         '<p>Ciao Chiara,</p><p>l\'azienda <b>Officina Brera Digital</b> ha risposto alla tua candidatura per l\'offerta:</p>'
         '<p style="border:1px solid #dde3e6;padding:12px"><b>UX/UI Designer (Junior/Mid) – Milano, ibrido</b><br>'
         'Officina Brera Digital · Milano (MI) · Contratto a tempo indeterminato · RAL 30.000–36.000 €</p>'
         '<p><b>Messaggio di Federica Galli, Talent Acquisition:</b></p>'
         '<blockquote style="background:#f6f8f9;margin:0;padding:12px 16px">Ciao Chiara, grazie per la candidatura! '
         'Il tuo portfolio ci è piaciuto molto, soprattutto il progetto sull\'app di car sharing. Come primo passo ti '
         'propongo un colloquio conoscitivo telefonico con me, prima di passarti al nostro Head of Design: ti '
         'chiamerei martedì alle 15:00 al numero che hai indicato nel CV, ci vorrà una ventina di minuti. Se ti va '
         'bene rispondimi pure direttamente a federica.galli@officinabrera.example.<br>A presto!<br>Federica</blockquote>'
         f'<p style="text-align:center"><a href="https://www.infojobs.it/candidato/messaggi/{conv}" style="background:'
         '#ff6340;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px">Rispondi al messaggio</a></p>'
         '<p>Stato della tua candidatura: <b>In selezione</b></p>'
         '<p style="font-size:13px;color:#5b6770">Consiglio InfoJobs: tieni aggiornato il tuo CV e rispondi rapidamente '
         'alle aziende, aumenterai le possibilità di essere chiamato per un colloquio.</p></td></tr>'
         '<tr><td style="padding:16px 24px;font-size:11px;color:#8a969e">Hai ricevuto questa email perché sei '
         f'registrato su InfoJobs con l\'indirizzo {OWNER}. <a href="https://www.infojobs.it/candidato/impostazioni/'
         'notifiche">Gestisci le notifiche</a></td></tr></table></td></tr></table></body></html>\n')
    b = "----=_Part_" + hid(c, "b1", n=7, alphabet=DIGITS) + "_" + hid(c, "b2", n=9, alphabet=DIGITS) + "." + str(int(m1.timestamp())) + "042"
    body = multipart("alternative", b, [leaf("text/plain; charset=UTF-8", msg, "quoted-printable"),
                                        leaf("text/html; charset=UTF-8", h, "quoted-printable")])
    headers = [("Delivered-To", OWNER),
               ("Received", received_ext("mta-out-07.infojobs.it", "185.44.210.37", OWNER, m1, c)),
               ("Return-Path", f"<bounce-{hid(c, 'bn', n=14, alphabet=ALNUM)}@bounces.infojobs.it>"),
               ("Date", rfc_date(m1, UTC)),
               ("From", "InfoJobs <noreply@infojobs.it>"),
               ("To", addr(*OWNER_T)),
               ("Message-ID", f"<{hid(c, 'mid', n=20, alphabet=DIGITS)}.{hid(c, 'm2', n=6, alphabet=DIGITS)}.JavaMail.notifier@infojobs.it>"),
               ("Subject", subj("Officina Brera Digital ti ha scritto per l'offerta UX/UI Designer (Junior/Mid)")),
               ("X-Mailer", "InfoJobs Notifier"),
               ("List-Unsubscribe", "<https://www.infojobs.it/candidato/impostazioni/notifiche>")]
    add(c, "01-infojobs-messaggio-officina-brera.eml", message(headers, body))

    o_date = T(2026, 10, 23, 12, 58, 40)
    owner_text = ("Ciao Federica,\n\ngrazie mille per il messaggio! Martedì alle 15:00 va benissimo, il numero "
                  "è quello del CV (+39 347 281 0652).\n\nA presto,\nChiara")
    m2 = T(2026, 10, 23, 16, 20, 5)
    omid = owner_mid(c + "reply")
    text = ("Perfetto Chiara, allora confermato: ti chiamo io martedì alle 15, segnato in agenda.\n\n"
            "Buon weekend!\nFederica\n\n--\nFederica Galli\nTalent Acquisition · Officina Brera Digital\n"
            "Via Solferino 22, 20121 Milano\nfederica.galli@officinabrera.example\n\n"
            + it_quote_header_gmail(o_date, OWNER_NAME, OWNER) + "\n\n" + quote(owner_text) + "\n")
    add(c, "02-re-colloquio-conoscitivo.eml",
        gmail_mail(seed=c + "2", msg_date=m2, sender=fed, to=[OWNER_T],
                   subject="Re: Colloquio conoscitivo – UX/UI Designer", text=text,
                   in_reply_to=omid, references=omid))
    end = start + timedelta(minutes=20)
    label(c, [iv("Officina Brera Digital", "UX/UI Designer (Junior/Mid)", start, end, "scheduled",
                 [fed[1]], [fed[1]], "phone_screen")],
          "hard", "positive/infojobs-relative-date-dst",
          "InfoJobs notification (noreply) relays the recruiter's message: 'martedì alle 15:00', confirmed in "
          "her direct reply. Message dated Fri 23 Oct 2026 (+02:00); Tuesday = 27 Oct, after EU DST end "
          "(25 Oct) -> +01:00. 'una ventina di minuti' -> end 15:20. Recruiter conducts the call.")


# ----------------------------------------------------------------------------- 02 Centro per l'Impiego (negative)
def case02():
    c = f"{PREFIX}-02-centro-impiego-colloquio-orientamento"
    m = T(2026, 10, 7, 10, 15, 2)
    start = T(2026, 10, 20, 9, 40)
    end = start + timedelta(minutes=30)
    pratica = "MI-2026-" + hid(c, "pr", n=7, alphabet=DIGITS)
    text = (
        "Gentile Sig.ra CHIARA VALSECCHI,\n\n"
        "a seguito della Dichiarazione di Immediata Disponibilità (DID) da Lei rilasciata online il 29/09/2026, "
        "La informiamo che è convocata per un colloquio individuale di orientamento, finalizzato alla "
        "profilazione e alla sottoscrizione del Patto di Servizio Personalizzato (artt. 19-20 D.Lgs. 150/2015).\n\n"
        f"Data: {it_long(start)}\n"
        f"Ora: {hm(start)}\n"
        "Sede: Centro per l'Impiego di Milano – Viale Jenner 24, 20159 Milano – piano terra, sportello 4\n"
        f"Codice pratica: {pratica}\n\n"
        "Durante il colloquio l'operatore verificherà con Lei la Sua situazione lavorativa, le competenze e "
        "le esperienze professionali, e concorderà le attività di ricerca attiva del lavoro (orientamento, "
        "corsi di formazione, eventuali segnalazioni a offerte di lavoro).\n\n"
        "Documenti da portare:\n"
        "- documento d'identità in corso di validità;\n"
        "- tessera sanitaria / codice fiscale;\n"
        "- curriculum vitae aggiornato;\n"
        "- ricevuta della DID.\n\n"
        "Si ricorda che la mancata presentazione senza giustificato motivo comporta l'applicazione delle "
        "sanzioni previste dall'art. 21 del D.Lgs. 150/2015 sulla prestazione NASpI.\n\n"
        "Per giustificare l'assenza o richiedere un nuovo appuntamento scriva a "
        "accoglienza.cpimilano@centroimpiego-milano.example indicando il codice pratica.\n\n"
        "In allegato trova il promemoria dell'appuntamento da salvare nel calendario.\n\n"
        "Questo messaggio è generato automaticamente: si prega di non rispondere.\n\n"
        "Centro per l'Impiego di Milano\nServizi per il Lavoro – Città Metropolitana di Milano\n")
    ics = generic_ics(prodid="-//Agenda CPI//Prenotazioni 3.2//IT", method="PUBLISH",
                      uid=f"{pratica}@agenda.centroimpiego-milano.example", dtstamp=m, start=start, end=end,
                      summary="Colloquio di orientamento – Centro per l'Impiego di Milano",
                      description=f"Colloquio individuale di orientamento e sottoscrizione Patto di Servizio. "
                                  f"Sportello 4. Codice pratica {pratica}. Portare documento d'identità, codice "
                                  f"fiscale, CV e ricevuta DID.",
                      location="Centro per l'Impiego di Milano, Viale Jenner 24, 20159 Milano",
                      organizer=("CPI Milano", "noreply@centroimpiego-milano.example"), alarm_min=60)
    b = "=_" + hid(c, "b", n=24)
    alt = multipart("alternative", "=_alt" + hid(c, "ba", n=20), [
        leaf("text/plain; charset=utf-8", text, "quoted-printable"),
        leaf("text/html; charset=utf-8", text_to_html(text, font="Verdana,sans-serif"), "quoted-printable")])
    body = multipart("mixed", b, [alt.rstrip("\n"), leaf_b64_bytes(
        'text/calendar; charset=utf-8; name="appuntamento_CPI.ics"', ics.encode("utf-8"),
        extra=('Content-Disposition: attachment; filename="appuntamento_CPI.ics"',))])
    headers = [("Delivered-To", OWNER),
               ("Received", received_ext("smtp.centroimpiego-milano.example", "192.0.2.51", OWNER, m, c)),
               ("Return-Path", "<noreply@centroimpiego-milano.example>"),
               ("From", subj("Centro per l'Impiego di Milano") + " <noreply@centroimpiego-milano.example>"),
               ("To", "CHIARA VALSECCHI <" + OWNER + ">"),
               ("Subject", subj("Convocazione colloquio di orientamento – Patto di Servizio Personalizzato")),
               ("Date", rfc_date(m)),
               ("Message-ID", f"<{hid(c, 'mid', n=24)}@agenda.centroimpiego-milano.example>"),
               ("Auto-Submitted", "auto-generated")]
    add(c, "01-convocazione-cpi.eml", message(headers, body))
    label(c, [], "hard", "negative/public-employment-office",
          "Centro per l'Impiego convocation for a 'colloquio individuale di orientamento' (DID / Patto di "
          "Servizio, NASpI) with .ics: a public employment-services appointment, not a job interview.")


# ----------------------------------------------------------------------------- 03 Workable HM interview (banking)
def case03():
    c = f"{PREFIX}-03-workable-banca-castelbarco"
    elisa = ("Elisa Moretti", "elisa.moretti@bancacastelbarco.example")
    davide = ("Davide Rinaldi", "davide.rinaldi@bancacastelbarco.example")
    m = T(2026, 10, 7, 15, 22, 48)
    start = T(2026, 10, 12, 11, 0)
    end = start + timedelta(minutes=45)
    tb, turl = teams_block(c)
    role = "UX/UI Designer – Digital Banking"
    text = (
        "Gentile Chiara,\n\n"
        f"grazie per il Suo interesse per la posizione di {role} presso Banca Castelbarco.\n\n"
        f"Siamo lieti di invitarLa a un colloquio con {davide[0]}, Head of Digital Experience.\n\n"
        f"Colloquio: {role}\n"
        f"Data: {it_long(start)}\n"
        f"Orario: {hm(start)} – {hm(end)} (ora di Roma, CEST)\n"
        "Modalità: videochiamata Microsoft Teams\n"
        f"Link: {turl}\n\n"
        "Davide Le chiederà di raccontare il Suo percorso e di presentare brevemente un progetto del Suo "
        "portfolio; ci sarà poi spazio per le Sue domande sul team e sul ruolo.\n\n"
        "In allegato trova l'invito da aggiungere al Suo calendario. Se l'orario non fosse più compatibile "
        "con i Suoi impegni può rispondere a questa email oppure scrivermi a "
        "elisa.moretti@bancacastelbarco.example.\n\n"
        "Cordiali saluti,\n\nElisa Moretti\nTalent Acquisition Specialist\nBanca Castelbarco S.p.A.\n"
        "Piazza Cordusio 3, 20123 Milano\n\n--\nPowered by Workable\n")
    h = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body style="background:#f7f7f7;margin:0"><div style="max-width:580px;margin:0 auto;background:#fff;'
         'padding:32px;font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#222">'
         '<img src="https://workablehr.s3.amazonaws.com/uploads/account/logo/castelbarco/logo.png" alt="Banca Castelbarco" height="40">'
         '<p>Gentile Chiara,</p>'
         f'<p>grazie per il Suo interesse per la posizione di <b>{html.escape(role)}</b> presso Banca Castelbarco.</p>'
         f'<p>Siamo lieti di invitarLa a un colloquio con {davide[0]}, Head of Digital Experience.</p>'
         '<table style="border-collapse:collapse;margin:16px 0" cellpadding="6">'
         f'<tr><td style="color:#777">Colloquio</td><td>{html.escape(role)}</td></tr>'
         f'<tr><td style="color:#777">Data</td><td>{it_long(start)}</td></tr>'
         f'<tr><td style="color:#777">Orario</td><td>{hm(start)} – {hm(end)} (ora di Roma, CEST)</td></tr>'
         '<tr><td style="color:#777">Modalità</td><td>videochiamata Microsoft Teams</td></tr></table>'
         f'<p><a href="{html.escape(turl)}" style="background:#1e6fd9;color:#fff;padding:10px 18px;border-radius:4px;'
         'text-decoration:none">Partecipa con Teams</a></p>'
         '<p>Davide Le chiederà di raccontare il Suo percorso e di presentare brevemente un progetto del Suo '
         'portfolio; ci sarà poi spazio per le Sue domande sul team e sul ruolo.</p>'
         '<p>In allegato trova l\'invito da aggiungere al Suo calendario. Se l\'orario non fosse più compatibile con i '
         'Suoi impegni può rispondere a questa email oppure scrivermi a elisa.moretti@bancacastelbarco.example.</p>'
         '<p>Cordiali saluti,<br><br>Elisa Moretti<br>Talent Acquisition Specialist<br>Banca Castelbarco S.p.A.<br>'
         'Piazza Cordusio 3, 20123 Milano</p><hr style="border:0;border-top:1px solid #eee">'
         '<p style="font-size:12px;color:#999">Powered by <a href="https://www.workable.com">Workable</a></p>'
         '</div></body></html>\n')
    ics = generic_ics(prodid="-//Workable//Interview Scheduler//EN", method="REQUEST",
                      uid=f"interview-{hid(c, 'uid', n=24)}@workable.com", dtstamp=m, start=start, end=end,
                      summary=f"Colloquio – {role} – Chiara Valsecchi",
                      description=f"Colloquio con {davide[0]} (Head of Digital Experience).\nMicrosoft Teams: {turl}",
                      location="Microsoft Teams", organizer=elisa,
                      attendees=[(davide[0], davide[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                 (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                      extra=["X-WR-TIMEZONE:Europe/Rome"])
    b1 = "--==_mimepart_" + hid(c, "b1", n=24)
    b2 = "--==_mimepart_" + hid(c, "b2", n=24)
    alt = multipart("alternative", b2, [leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
                                        leaf("text/html; charset=UTF-8", h, "quoted-printable")])
    body = multipart("mixed", b1, [alt.rstrip("\n"), leaf_b64_bytes(
        'text/calendar; charset=UTF-8; method=REQUEST; name="invite.ics"', ics.encode("utf-8"),
        extra=('Content-Disposition: attachment; filename="invite.ics"',))])
    headers = [("Delivered-To", OWNER),
               ("Received", received_ext("o12.candidates.workablemail.com", "149.72.118.201", OWNER, m, c)),
               ("Return-Path", f"<bounces+{hid(c, 'rp', n=8, alphabet=DIGITS)}@candidates.workablemail.com>"),
               ("Date", rfc_date(m, UTC)),
               ("From", "Banca Castelbarco <noreply@candidates.workablemail.com>"),
               ("Reply-To", addr(*elisa)),
               ("To", addr(*OWNER_T)),
               ("Message-ID", f"<{hid(c, 'mid', n=24)}_{hid(c, 'm2', n=6, alphabet=DIGITS)}@workable.com>"),
               ("Subject", subj(f"Invito a colloquio: {role} – Banca Castelbarco")),
               ("X-Workable-Message-Type", "interview_invitation")]
    add(c, "01-workable-invito-colloquio.eml", message(headers, body))
    label(c, [iv("Banca Castelbarco", role, start, end, "scheduled", [davide[1]], [davide[1]], "hiring_manager")],
          "medium", "positive/workable-ics",
          "Workable interview invitation (From noreply@candidates.workablemail.com, Reply-To recruiter) with "
          ".ics attachment; the interviewer is the Head of Digital Experience (ATTENDEE), the recruiter only "
          "organizes.")


# ----------------------------------------------------------------------------- 04 Teams invite, Turin, DST gap
def case04():
    c = f"{PREFIX}-04-teams-torino-ora-solare"
    paola = ("Paola Ferrero", "p.ferrero@lanificiosabaudo.example")
    marco = ("Marco Bertola", "marco.bertola@lanificiosabaudo.example")
    m = T(2026, 10, 22, 9, 48, 31)
    start = T(2026, 10, 28, 10, 0)
    end = start + timedelta(minutes=45)
    body = ("Gentile Chiara,\n\n"
            "come anticipato telefonicamente, Le invio l'invito per il colloquio con Marco Bertola, Head of "
            "E-commerce, per la posizione di UX/UI Designer E-commerce.\n\n"
            "Il colloquio si svolgerà su Teams e durerà circa 45 minuti. Io non sarò presente, ma per qualsiasi "
            "necessità può scrivermi a questo indirizzo.\n\n"
            "Cordiali saluti\n\n"
            "Paola Ferrero\nHR Specialist\nLanificio Sabaudo S.p.A.\nCorso Vinzaglio 18 – 10121 Torino\n"
            "Tel. +39 011 562 0418\n")
    eml, _ = exchange_invite(seed=c, msg_date=m, sender=paola, to=[OWNER_T, marco],
                             subject="Colloquio UX/UI Designer E-commerce – Chiara Valsecchi", body_text=body,
                             start=start, end=end, location="",
                             uid="040000008200E00074C5B7101A82E00800000000" + hid(c, "uid", n=72, alphabet=UPPERHEX),
                             attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"),
                                        (marco[0], marco[1], "REQ-PARTICIPANT")])
    add(c, "01-teams-colloquio-lanificio-sabaudo.eml", eml)
    label(c, [iv("Lanificio Sabaudo", "UX/UI Designer E-commerce", start, end, "scheduled", [marco[1]], [marco[1]],
                 "hiring_manager")],
          "hard", "positive/teams-windows-tzid-dst",
          "Exchange/Teams invite, TZID 'W. Europe Standard Time', the date appears only in the calendar part. "
          "Sent Thu 22 Oct (CEST, +02:00) for Wed 28 Oct 10:00 which is after the EU DST end -> +01:00. "
          "HR organizer explicitly not present; the Head of E-commerce interviews.")


# ----------------------------------------------------------------------------- 05 condominium assembly (negative)
def case05():
    c = f"{PREFIX}-05-assemblea-condominiale"
    studio = ("Studio Brambilla Amministrazioni", "studio@brambilla-amministrazioni.example")
    m = T(2026, 10, 15, 18, 5, 12)
    prima = T(2026, 10, 29, 7, 0)
    seconda = T(2026, 11, 2, 20, 45)
    wd(prima, "giovedì")
    wd(seconda, "lunedì")
    text = (
        "Gentili Condòmini,\n\n"
        "con la presente si convoca l'assemblea ordinaria del Condominio di Via Padova 112, Milano:\n\n"
        f"- in prima convocazione giovedì 29 ottobre 2026 alle ore 7:00 presso lo Studio;\n"
        f"- in seconda convocazione lunedì 2 novembre 2026 alle ore 20:45 presso la sala riunioni al piano "
        "terra della scala B,\n\n"
        "per discutere e deliberare sul seguente\n\nORDINE DEL GIORNO\n"
        "1. Approvazione del rendiconto consuntivo 2025/2026 e relativo riparto;\n"
        "2. Approvazione del bilancio preventivo 2026/2027;\n"
        "3. Sostituzione del portiere (pensionamento del Sig. Gatti dal 31/12/2026): colloquio con i tre "
        "candidati preselezionati dallo Studio, che saranno presenti in assemblea dalle ore 21:30, e "
        "delibera di assunzione ai sensi del CCNL dipendenti da proprietari di fabbricati;\n"
        "4. Rifacimento della facciata interna: esame dei preventivi pervenuti;\n"
        "5. Varie ed eventuali.\n\n"
        "Si ricorda che ciascun condomino può farsi rappresentare con delega scritta (art. 67 disp. att. c.c.) "
        "utilizzando il modulo allegato. I CV dei candidati portieri sono consultabili in Studio previo "
        "appuntamento.\n\n"
        "In allegato anche il promemoria per il calendario (seconda convocazione).\n\n"
        "Cordiali saluti\n\nRag. Paolo Brambilla\nStudio Brambilla Amministrazioni Condominiali\n"
        "Via Porpora 41 – 20131 Milano – Tel. 02 2686 1143\n")
    ics = generic_ics(prodid="-//Studio Brambilla//Gestionale Condomini 7.1//IT", method="PUBLISH",
                      uid=f"assemblea-viapadova112-{hid(c, 'u', n=8)}@brambilla-amministrazioni.example",
                      dtstamp=m, start=seconda, end=seconda + timedelta(hours=2, minutes=15),
                      summary="Assemblea condominiale Via Padova 112 (seconda convocazione)",
                      description="Assemblea ordinaria. O.d.G.: rendiconto, preventivo, sostituzione portiere "
                                  "(colloquio con i candidati dalle 21:30), facciata, varie.",
                      location="Via Padova 112, Milano – sala riunioni scala B", organizer=studio)
    delega = ("MODULO DI DELEGA\n\nIl/La sottoscritto/a ______________________ condomino/a dell'unità "
              "______ del Condominio di Via Padova 112, delega il/la Sig./Sig.ra ______________________ a "
              "rappresentarlo/a nell'assemblea ordinaria del 29/10/2026 (prima conv.) e 02/11/2026 (seconda "
              "conv.).\n\nData ____________  Firma ______________________\n")
    eml = outlook_mail(seed=c, msg_date=m, sender=studio,
                       to=[("Condòmini Via Padova 112", "condomini.viapadova112@brambilla-amministrazioni.example")],
                       subject="Convocazione assemblea ordinaria – Condominio Via Padova 112", text=text,
                       attachments=[leaf('text/plain; charset="utf-8"; name="Delega_assemblea.txt"', delega,
                                         "base64", extra=('Content-Disposition: attachment; filename="Delega_assemblea.txt"',)),
                                    leaf_b64_bytes('text/calendar; charset="utf-8"; name="Assemblea.ics"',
                                                   ics.encode("utf-8"),
                                                   extra=('Content-Disposition: attachment; filename="Assemblea.ics"',))])
    add(c, "01-convocazione-assemblea.eml", eml)
    label(c, [], "hard", "negative/condominium-meeting",
          "Condominium assembly convocation (prima/seconda convocazione, .ics). The agenda includes a "
          "'colloquio con i candidati' for a new portiere: the owner is a condomina who will help select "
          "someone else, not a candidate.")


# ----------------------------------------------------------------------------- 06 portfolio review (technical), Google Meet
def case06():
    c = f"{PREFIX}-06-portfolio-review-studio-portici"
    sara = ("Sara Montanari", "sara.montanari@studioportici.example")
    m1 = T(2026, 10, 8, 17, 3, 27)
    start = T(2026, 10, 15, 14, 30)
    end = T(2026, 10, 15, 15, 30)
    wd(m1, "giovedì")
    wd(start, "giovedì")
    text = ("Ciao Chiara,\n\n"
            "grazie per averci mandato il portfolio aggiornato: l'abbiamo guardato con il team e ci è piaciuto "
            "parecchio (il redesign del sito del museo soprattutto!).\n\n"
            "Il prossimo step del processo per il ruolo di UX/UI Designer è una portfolio review con me: "
            "un'ora in cui ci racconti due progetti a tua scelta, dal problema di partenza alle scelte di "
            "interfaccia, e poi ti faccio un po' di domande tecniche (design system, handoff, test con gli "
            "utenti). Niente esercizi da preparare.\n\n"
            "Te la fisso per giovedì prossimo, 15 ottobre, dalle 14:30 alle 15:30 su Meet: tra poco ti arriva "
            "l'invito. Se non ti torna dimmelo e troviamo un altro momento.\n\n"
            "A presto,\nSara\n\n--\nSara Montanari\nDesign Lead · Studio Portici\nVia del Pratello 41, 40122 Bologna\n")
    add(c, "01-prossimo-step-portfolio-review.eml",
        gmail_mail(seed=c + "1", msg_date=m1, sender=sara, to=[OWNER_T],
                   subject="Studio Portici – prossimo step", text=text))
    m2 = T(2026, 10, 8, 17, 6, 51)
    eml, _ = google_invite(seed=c + "2", lang="it", msg_date=m2,
                           title="Portfolio review – Chiara Valsecchi (UX/UI Designer)", start=start, end=end,
                           tzid="Europe/Rome", organizer=sara,
                           guests=[(sara[0], sara[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")],
                           description="Portfolio review per la posizione di UX/UI Designer: due progetti a tua "
                                       "scelta (circa 40 minuti) e poi domande.",
                           uid=f"{hid(c, 'uid', n=26, alphabet=LOWER + DIGITS)}@google.com")
    add(c, "02-invito-portfolio-review.eml", eml)
    label(c, [iv("Studio Portici", "UX/UI Designer", start, end, "scheduled", [sara[1]], [sara[1]], "technical")],
          "medium", "positive/portfolio-review-dedupe",
          "Design lead's e-mail ('giovedì prossimo, 15 ottobre, dalle 14:30 alle 15:30') plus her Google "
          "Calendar invitation (Italian) for the same portfolio review = one technical interview.")


# ----------------------------------------------------------------------------- 07 reschedule for a rail strike
def case07():
    c = f"{PREFIX}-07-sciopero-treni-colloquio-spostato"
    gio = ("Giovanna Bassi", "g.bassi@bancafelsinea.example")
    lor = ("Lorenzo Malaguti", "lorenzo.malaguti@bancafelsinea.example")
    uid = "040000008200E00074C5B7101A82E00800000000" + hid(c, "uid", n=72, alphabet=UPPERHEX)
    loc = "Banca Felsinea – Via dell'Indipendenza 30, Bologna (3° piano, Sala Nettuno)"
    subject = "Colloquio UX/UI Designer – Chiara Valsecchi"
    m1 = T(2026, 10, 26, 10, 12, 40)
    s1 = T(2026, 11, 6, 10, 0)
    wd(s1, "venerdì")
    sig = ("Giovanna Bassi\nSelezione e Sviluppo Risorse Umane\nBanca Felsinea S.p.A.\n"
           "Via dell'Indipendenza 30 – 40121 Bologna\n")
    body1 = ("Gentile Chiara,\n\n"
             "come da accordi telefonici Le invio l'invito per il colloquio in presenza con Lorenzo Malaguti, "
             "Responsabile UX & Service Design, per la posizione di UX/UI Designer – Canali Digitali, presso la "
             "nostra sede centrale di Bologna.\n\n"
             "Al Suo arrivo chieda di me alla reception del piano terra: La accompagnerò io al 3° piano.\n\n"
             "Cordiali saluti\n\n" + sig)
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (lor[0], lor[1], "REQ-PARTICIPANT")]
    eml, _ = exchange_invite(seed=c + "#0", msg_date=m1, sender=gio, to=[OWNER_T, lor], subject=subject,
                             body_text=body1, start=s1, end=s1 + timedelta(hours=1), location=loc, uid=uid,
                             sequence=0, attendees=att, teams=False)
    add(c, "01-invito-colloquio-banca-felsinea.eml", eml)

    o_date = T(2026, 11, 3, 9, 15, 2)
    owner_text = ("Buongiorno Giovanna,\n\n"
                  "ho appena letto che per venerdì 6 novembre è stato proclamato uno sciopero nazionale del "
                  "trasporto ferroviario di 24 ore (dalle 21:00 di giovedì alle 21:00 di venerdì). Venendo da "
                  "Milano in treno rischio seriamente di non riuscire ad arrivare in tempo per il colloquio "
                  "delle 10.\n\n"
                  "Sarebbe possibile spostarlo a un altro giorno, oppure svolgerlo in videochiamata su Teams?\n\n"
                  "Mi scuso per il disagio.\nCordiali saluti\nChiara Valsecchi")
    wd(o_date, "martedì")
    omid = owner_mid(c + "strike")
    m2 = T(2026, 11, 3, 11, 4, 18)
    s2 = T(2026, 11, 10, 14, 30)
    wd(s2, "martedì")
    text2 = ("Gentile Chiara,\n\n"
             "grazie per l'avviso, ha fatto benissimo a scriverci. Preferiamo comunque conoscerLa di persona, "
             "quindi spostiamo il colloquio: Lorenzo è disponibile martedì 10 novembre alle 14:30, sempre qui "
             "in sede. Le invio subito l'invito aggiornato.\n\n"
             "Cordiali saluti\n\n" + sig + "\n"
             + outlook_quote_it(o_date, OWNER_T, [gio], "Colloquio venerdì 6 novembre – sciopero treni", owner_text))
    add(c, "02-re-sciopero-treni.eml",
        outlook_mail(seed=c + "2", msg_date=m2, sender=gio, to=[OWNER_T], cc=[lor],
                     subject="R: Colloquio venerdì 6 novembre – sciopero treni", text=text2,
                     in_reply_to=omid, references=omid))
    m3 = T(2026, 11, 3, 11, 9, 55)
    body3 = ("Gentile Chiara,\n\n"
             "come concordato, a causa dello sciopero dei treni di venerdì 6 novembre il colloquio con Lorenzo "
             "Malaguti è spostato a martedì 10 novembre alle 14:30, stessa sede e stessa sala.\n\n"
             "Cordiali saluti\n\n" + sig)
    eml, _ = exchange_invite(seed=c + "#1", msg_date=m3, sender=gio, to=[OWNER_T, lor], subject=subject,
                             body_text=body3, start=s2, end=s2 + timedelta(hours=1), location=loc, uid=uid,
                             sequence=1, attendees=att, teams=False)
    add(c, "03-invito-aggiornato.eml", eml)
    label(c, [iv("Banca Felsinea", "UX/UI Designer – Canali Digitali", s2, s2 + timedelta(hours=1), "scheduled",
                 [lor[1]], [lor[1]], "hiring_manager")],
          "hard", "positive/reschedule-strike",
          "In-person interview in Bologna (Exchange invite, no Teams, W. Europe Standard Time) on Fri 6 Nov; "
          "the candidate flags a national rail strike (sciopero), HR moves it to Tue 10 Nov 14:30 and sends "
          "the update with the same UID, SEQUENCE 1 and the same subject. Only the final time counts.")


# ----------------------------------------------------------------------------- 08 CAF appointment (negative)
def case08():
    c = f"{PREFIX}-08-caf-appuntamento-730"
    m = T(2026, 10, 5, 19, 12, 33)
    start = T(2026, 10, 9, 9, 0)
    end = start + timedelta(minutes=30)
    code = "PR" + hid(c, "code", n=8, alphabet=DIGITS)
    text = (
        "Gentile CHIARA VALSECCHI,\n\n"
        "il Suo appuntamento è confermato.\n\n"
        "Servizio: Modello 730/2026 integrativo + DSU per ISEE ordinario\n"
        "Sede: CAF Lavoratori Uniti – Milano Città Studi, Via Giovanni Pascoli 57, 20133 Milano\n"
        f"Data: {it_long(start)}\n"
        f"Orario: {hm(start)} (durata prevista 30 minuti)\n"
        "Sportello: fiscale n. 2\n"
        f"Codice prenotazione: {code}\n\n"
        "All'appuntamento avrà un breve colloquio con l'operatore per la verifica della documentazione. "
        "Ricordi di portare: documento d'identità e tessera sanitaria, Certificazione Unica 2026, spese "
        "mediche e ricevute detraibili, contratto di locazione registrato, saldo e giacenza media dei conti "
        "al 31/12/2024 per l'ISEE.\n\n"
        "Per annullare o modificare l'appuntamento: https://prenota.caflavoratoriuniti.example/gestisci/"
        f"{code}\n\n"
        "CAF Lavoratori Uniti S.r.l. – Centro di Assistenza Fiscale autorizzato\n"
        "Questa è una email automatica, si prega di non rispondere.\n")
    ics = generic_ics(prodid="-//CAF Lavoratori Uniti//Prenota Online//IT", method="REQUEST",
                      uid=f"{code}@prenota.caflavoratoriuniti.example", dtstamp=m, start=start, end=end,
                      summary="Appuntamento CAF – 730 integrativo / ISEE",
                      description=f"Sportello fiscale n. 2. Codice prenotazione {code}. Portare CU 2026, "
                                  "spese detraibili, contratto di locazione, giacenze 2024.",
                      location="CAF Lavoratori Uniti, Via Giovanni Pascoli 57, 20133 Milano",
                      organizer=("CAF Lavoratori Uniti", "prenotazioni@caflavoratoriuniti.example"),
                      attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "ACCEPTED")], alarm_min=120)
    b = "b1_" + hid(c, "b", n=32)
    body = multipart("mixed", b, [
        multipart("alternative", "b2_" + hid(c, "b2", n=32), [
            leaf("text/plain; charset=utf-8", text, "quoted-printable"),
            leaf("text/html; charset=utf-8", text_to_html(text), "quoted-printable")]).rstrip("\n"),
        leaf_b64_bytes('text/calendar; charset=utf-8; method=REQUEST; name="appuntamento.ics"', ics.encode(),
                       extra=('Content-Disposition: attachment; filename="appuntamento.ics"',))])
    headers = [("Delivered-To", OWNER),
               ("Received", received_ext("mail.caflavoratoriuniti.example", "198.51.100.23", OWNER, m, c)),
               ("Return-Path", "<prenotazioni@caflavoratoriuniti.example>"),
               ("Date", rfc_date(m)),
               ("To", OWNER),
               ("From", "CAF Lavoratori Uniti - Prenotazioni <prenotazioni@caflavoratoriuniti.example>"),
               ("Subject", subj(f"Appuntamento confermato – {it_long(start, year=False)} ore {hm(start)}")),
               ("Message-ID", f"<{hid(c, 'mid', n=32)}@prenota.caflavoratoriuniti.example>"),
               ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")]
    add(c, "01-caf-appuntamento-confermato.eml", message(headers, body))
    label(c, [], "medium", "negative/tax-appointment",
          "CAF booking confirmation for a 730/ISEE tax appointment with 'colloquio con l'operatore' and a "
          "METHOD:REQUEST .ics: an administrative appointment, not a job interview.")


# ----------------------------------------------------------------------------- 09 Zurich interview cancelled
def case09():
    c = f"{PREFIX}-09-zurich-interview-cancelled"
    anna = ("Anna Keller", "anna.keller@limmatmobility.example")
    jonas = ("Jonas Brunner", "jonas.brunner@limmatmobility.example")
    uid = f"{hid(c, 'uid', n=26, alphabet=LOWER + DIGITS)}@google.com"
    start = T(2026, 10, 19, 16, 0, tz=ZURICH)
    end = T(2026, 10, 19, 17, 0, tz=ZURICH)
    title = "Limmat Mobility – Interview Senior Product Designer (Chiara Valsecchi)"
    guests = [(anna[0], anna[1], "ACCEPTED"), (jonas[0], jonas[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")]
    desc = ("Hi Chiara, as discussed on the phone, here's the invite for your interview with Jonas Brunner, our "
            "Head of Design. Jonas will walk through one of your case studies with you and tell you more about "
            "the team. Looking forward! Anna")
    m1 = T(2026, 10, 12, 14, 22, 9, tz=ZURICH)
    eml, _ = google_invite(seed=c + "1", lang="en", msg_date=m1, title=title, start=start, end=end,
                           tzid="Europe/Zurich", organizer=anna, guests=guests, description=desc, uid=uid,
                           utc_times=True, phone=("CH", "+41 44 529 13 06"))
    add(c, "01-invitation-interview.eml", eml)
    m2 = T(2026, 10, 16, 9, 5, 44, tz=ZURICH)
    wd(start, "Monday")
    text = ("Dear Chiara,\n\n"
            "I'm really sorry to write this so close to the date: we have to cancel your interview with Jonas "
            "on Monday 19 October. Following this week's budget review, the Senior Product Designer position "
            "has been put on hold until at least Q2 2027, so we are pausing all interviews for the role.\n\n"
            "This has nothing to do with your profile – Jonas was genuinely looking forward to talking to you. "
            "If the role reopens, you'll be the first person I call.\n\n"
            "I'm removing the calendar invitation now. Apologies again for the inconvenience.\n\n"
            "Kind regards,\nAnna\n\n--\nAnna Keller\nTalent Acquisition Partner\n"
            "Limmat Mobility AG · Hardturmstrasse 161 · 8005 Zürich\n")
    add(c, "02-interview-monday-update.eml",
        gmail_mail(seed=c + "2", msg_date=m2, sender=anna, to=[OWNER_T], cc=[jonas],
                   subject="Your interview on Monday – update", text=text, sender_tz=ZURICH))
    m3 = T(2026, 10, 16, 9, 7, 30, tz=ZURICH)
    eml, _ = google_invite(seed=c + "3", lang="en", msg_date=m3, title=title, start=start, end=end,
                           tzid="Europe/Zurich", organizer=anna, guests=guests, description="", uid=uid,
                           sequence=1, method="CANCEL", utc_times=True, created=m1 - timedelta(minutes=3))
    add(c, "03-canceled-event.eml", eml)
    label(c, [iv("Limmat Mobility", "Senior Product Designer", start, end, "cancelled", [jonas[1]], [jonas[1]],
                 "hiring_manager")],
          "medium", "positive/cancellation",
          "Zurich company (CET/CEST, same offset as Milan). Google invite with UTC DTSTART, then the recruiter "
          "cancels (role on hold) and Google sends METHOD:CANCEL. Kept with status cancelled at 19 Oct 16:00.")


# ----------------------------------------------------------------------------- 10 London studio: two interviews across DST end
def case10():
    c = f"{PREFIX}-10-london-studio-two-rounds"
    imo = ("Imogen Hart", "imogen@hollowellpike.example")
    tom = ("Tom Achebe", "tom.achebe@hollowellpike.example")
    rosa = ("Rosa Lindqvist", "rosa.lindqvist@hollowellpike.example")
    code = meet_code(c, "intro")
    s1 = T(2026, 10, 21, 10, 0, tz=LONDON)
    wd(s1, "Wednesday")
    assert s1.astimezone(ROME).hour == 11
    o_date = T(2026, 10, 14, 14, 31, 3, tz=LONDON)
    owner_text = ("Hi Imogen,\n\nthank you for getting in touch, I'd love to hear more about the role! "
                  "Wednesday the 21st at 10am UK time works well for me.\n\nBest,\nChiara")
    m1 = T(2026, 10, 14, 16, 10, 22, tz=LONDON)
    omid = owner_mid(c + "a")
    text1 = ("Hi Chiara,\n\n"
             "Lovely – that's in the diary: Wednesday 21 October, 10:00 UK time (11:00 for you in Milan).\n\n"
             "It's a relaxed 30-minute intro call with me: I'll tell you about the studio and the Product "
             "Designer role, and I'd love to hear what you're looking for next. We'll use Google Meet: "
             f"https://meet.google.com/{code}\n\n"
             "Speak soon,\nImogen\n\n--\nImogen Hart\nTalent Partner | Hollowell & Pike\n"
             "3 Calvert Avenue, London E2 7JP\nimogen@hollowellpike.example\n\n"
             + en_quote_header_gmail(o_date, OWNER_NAME, OWNER) + "\n\n" + quote(owner_text) + "\n")
    add(c, "01-re-intro-call.eml",
        gmail_mail(seed=c + "1", msg_date=m1, sender=imo, to=[OWNER_T],
                   subject="Re: Product Designer – Hollowell & Pike", text=text1, in_reply_to=omid,
                   references=f"{gmail_mid(c + 'orig')} {omid}", sender_tz=LONDON))
    m2 = T(2026, 10, 22, 12, 30, 11, tz=LONDON)
    s2 = T(2026, 11, 3, 14, 0, tz=LONDON)
    e2 = T(2026, 11, 3, 15, 0, tz=LONDON)
    wd(s2, "Tuesday")
    wd(T(2026, 10, 25), "Sunday")
    assert s2.astimezone(ROME).hour == 15 and s2.utcoffset() == timedelta(0)
    text2 = ("Hi Chiara,\n\n"
             "Thanks so much for your time yesterday – I really enjoyed our chat, and the team loved the work "
             "you shared.\n\n"
             "We'd like to invite you to the next stage: a portfolio presentation with Tom Achebe (Design "
             "Director) and Rosa Lindqvist (Senior Product Designer). The format is about 30 minutes for you to "
             "walk them through one or two projects, then 30 minutes of questions from them.\n\n"
             "We've booked Tuesday 3 November at 14:00 GMT. Quick heads-up: our clocks go back this Sunday "
             "(25 Oct) and so do yours in Italy, so it's still one hour later for you – 15:00 in Milan. "
             "Calendar invite to follow in a minute.\n\n"
             "Best,\nImogen\n\n--\nImogen Hart\nTalent Partner | Hollowell & Pike\n")
    add(c, "02-next-step-portfolio-presentation.eml",
        gmail_mail(seed=c + "2", msg_date=m2, sender=imo, to=[OWNER_T], subject="Next step – portfolio presentation",
                   text=text2, sender_tz=LONDON))
    m3 = T(2026, 10, 22, 12, 34, 2, tz=LONDON)
    eml, _ = google_invite(seed=c + "3", lang="en", msg_date=m3,
                           title="Hollowell & Pike – Portfolio presentation (Chiara Valsecchi)", start=s2, end=e2,
                           tzid="Europe/London", organizer=imo,
                           guests=[(imo[0], imo[1], "ACCEPTED"), (tom[0], tom[1], "ACCEPTED"),
                                   (rosa[0], rosa[1], "NEEDS-ACTION"), (None, OWNER, "NEEDS-ACTION")],
                           description="Portfolio presentation for the Product Designer role with Tom and Rosa: "
                                       "~30 min presenting one or two projects, ~30 min Q&A. Imogen won't be on "
                                       "the call – drop me a line with any questions beforehand.",
                           uid=f"{hid(c, 'uid', n=26, alphabet=LOWER + DIGITS)}@google.com",
                           phone=("GB", "+44 20 3873 0196"))
    add(c, "03-invitation-portfolio-presentation.eml", eml)
    label(c, [iv("Hollowell & Pike", "Product Designer", s1, s1 + timedelta(minutes=30), "scheduled",
                 [imo[1]], [imo[1]], "phone_screen"),
              iv("Hollowell & Pike", "Product Designer", s2, e2, "scheduled", [tom[1], rosa[1]],
                 [tom[1], rosa[1]], "onsite")],
          "hard", "positive/two-interviews-london-dst",
          "London studio: intro call Wed 21 Oct 10:00 BST (= 11:00 Milan) confirmed by e-mail, then a "
          "portfolio presentation Tue 3 Nov 14:00 GMT (= 15:00 Milan) announced by e-mail + Google invite "
          "(one interview). Both sides leave DST on 25 Oct. Two interviewers on the second round -> onsite "
          "(panel rule); the recruiter only organizes that one.")


# ----------------------------------------------------------------------------- 11 design-week panel (negative)
def case11():
    c = f"{PREFIX}-11-design-week-panel-speaker"
    irene = ("Irene Pavesi", "irene.pavesi@ddwmilano.example")
    start = T(2026, 10, 17, 11, 30)
    end = T(2026, 10, 17, 12, 30)
    wd(start, "sabato")
    m1 = T(2026, 10, 5, 10, 20, 45)
    text = ("Ciao Chiara,\n\n"
            "ottime notizie: la tua candidatura come speaker è stata selezionata! Ti confermo la partecipazione "
            "al panel \"Interfacce che includono: accessibilità nei servizi digitali\" di sabato 17 ottobre, "
            "dalle 11:30 alle 12:30, Sala B di Officine Ventura (Via Ventura 15, Milano).\n\n"
            "Il formato: dieci minuti di intervento a testa per te, Martina Rho (accessibility specialist) e "
            "Paolo Ceriani (product manager); poi il moderatore, Davide Sperandio, vi farà una breve intervista "
            "a tre sul palco e chiuderemo con le domande del pubblico.\n\n"
            "Ti mando subito l'invito in calendario; giovedì 15 ti giro anche la scaletta con le domande "
            "dell'intervista. Ci servirebbero entro venerdì 9 una bio di 500 battute e una foto.\n\n"
            "Grazie ancora e a presto!\nIrene\n\n--\nIrene Pavesi\nProgramme & Speakers · Digital Design Week "
            "Milano 2026\n")
    wd(T(2026, 10, 15), "giovedì")
    wd(T(2026, 10, 9), "venerdì")
    add(c, "01-conferma-panel.eml",
        gmail_mail(seed=c + "1", msg_date=m1, sender=irene, to=[OWNER_T],
                   subject="DDW Milano 2026 – conferma panel del 17 ottobre", text=text))
    m2 = T(2026, 10, 5, 10, 26, 3)
    eml, _ = google_invite(seed=c + "2", lang="it", msg_date=m2,
                           title="DDW Milano – Panel \"Interfacce che includono\" (speaker)", start=start, end=end,
                           tzid="Europe/Rome", organizer=irene,
                           guests=[(irene[0], irene[1], "ACCEPTED"),
                                   ("Davide Sperandio", "davide.sperandio@ddwmilano.example", "ACCEPTED"),
                                   ("Martina Rho", "martina.rho@a11ylab.example", "ACCEPTED"),
                                   ("Paolo Ceriani", "paolo.ceriani@ceriani-pm.example", "NEEDS-ACTION"),
                                   (None, OWNER, "NEEDS-ACTION")],
                           description="Arrivo speaker alle 11:00 per il check audio in Sala B. Panel di 60 "
                                       "minuti: interventi, intervista del moderatore, Q&A con il pubblico.",
                           location="Officine Ventura – Sala B, Via Ventura 15, 20134 Milano", meet=False,
                           uid=f"{hid(c, 'uid', n=26, alphabet=LOWER + DIGITS)}@google.com")
    add(c, "02-invito-panel.eml", eml)
    label(c, [], "hard", "negative/panel-speaker",
          "Design-week panel where the owner is a speaker ('candidatura come speaker selezionata', moderator "
          "'intervista a tre sul palco') with a Google invite: not a job interview.")


# ----------------------------------------------------------------------------- 12 in-person final at a Milan showroom
def case12():
    c = f"{PREFIX}-12-finale-showroom-milano"
    val = ("Valentina Sala", "v.sala@maisonardesia.example")
    cam = ("Camilla Reggiani", "c.reggiani@maisonardesia.example")
    pie = ("Pietro Longhi", "p.longhi@maisonardesia.example")
    start = T(2026, 11, 12, 11, 0)
    end = T(2026, 11, 12, 12, 30)
    wd(start, "giovedì")
    role = "Senior UX/UI Designer – E-commerce & Digital Boutique"
    sig = ("Valentina Sala\nTalent Acquisition & Employer Branding\nMaison Ardesia S.p.A.\n"
           "Via Borgonuovo 21 – 20121 Milano\n")
    m1 = T(2026, 11, 4, 10, 5, 37)
    text = ("Gentile Dott.ssa Valsecchi,\n\n"
            f"a seguito dei colloqui già svolti, siamo lieti di invitarLa all'incontro finale per la posizione di "
            f"{role}.\n\n"
            "L'incontro si terrà in presenza presso il nostro showroom di Via Borgonuovo 21, Milano, giovedì 12 "
            "novembre alle ore 11:00. Incontrerà Camilla Reggiani, Direttrice Creativa, e Pietro Longhi, Head of "
            "Digital; la durata prevista è di circa un'ora e mezza, inclusa una breve visita dello showroom e "
            "della nuova collezione.\n\n"
            "La preghiamo di presentarsi alla reception dieci minuti prima (10:50) con un documento d'identità. "
            "Se lo desidera può portare il portfolio su tablet; in sala è disponibile uno schermo con ingresso "
            "HDMI/USB-C.\n\n"
            "Le invio a parte l'invito per il calendario. Resto a disposizione per qualsiasi necessità.\n\n"
            "Cordiali saluti\n\n" + sig)
    add(c, "01-invito-incontro-finale.eml",
        outlook_mail(seed=c + "1", msg_date=m1, sender=val, to=[OWNER_T],
                     subject=f"Maison Ardesia – incontro finale {role}", text=text))
    m2 = T(2026, 11, 4, 10, 11, 2)
    body = ("Gentile Dott.ssa Valsecchi,\n\ncome anticipato, Le invio l'invito per l'incontro finale presso lo "
            "showroom di Via Borgonuovo 21.\n\nCordiali saluti\n\n" + sig)
    eml, _ = exchange_invite(seed=c + "2", msg_date=m2, sender=val, to=[OWNER_T, cam, pie],
                             subject="Incontro finale – Chiara Valsecchi (Senior UX/UI Designer)", body_text=body,
                             start=start, end=end, location="Showroom Maison Ardesia, Via Borgonuovo 21, Milano – Sala Ardesia",
                             uid="040000008200E00074C5B7101A82E00800000000" + hid(c, "uid", n=72, alphabet=UPPERHEX),
                             attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (cam[0], cam[1], "REQ-PARTICIPANT"),
                                        (pie[0], pie[1], "REQ-PARTICIPANT")], teams=False)
    add(c, "02-invito-calendario-showroom.eml", eml)
    label(c, [iv("Maison Ardesia", role, start, end, "scheduled", [cam[1], pie[1]], [cam[1], pie[1]], "onsite")],
          "medium", "positive/in-person-final",
          "Formal e-mail ('Lei') + in-person Exchange invite (no Teams) for the final at the Milan showroom "
          "with the creative director and head of digital (two interviewers -> onsite). 10:50 is the "
          "reception arrival time, not the start.")


# ----------------------------------------------------------------------------- 13 owner interviews an intern (negative)
def case13():
    c = f"{PREFIX}-13-colloquio-stagista-owner-interviewer"
    mar = ("Marina Pozzi", "m.pozzi@bottegapixel.example")
    luca = ("Luca Ferri", "luca.ferri98@mail.example")
    start = T(2026, 11, 11, 10, 0)
    end = start + timedelta(minutes=45)
    wd(start, "mercoledì")
    m1 = T(2026, 11, 9, 9, 22, 15)
    text = ("Ciao Chiara,\n\n"
            "come d'accordo mercoledì mattina ci aiuti con il colloquio per lo stage in UX/UI: il candidato è "
            "Luca Ferri, laureando al Politecnico (CV e portfolio nella cartella condivisa \"Stage 2027\").\n\n"
            "Conduci tu la parte sul portfolio e le domande tecniche, io faccio le domande generali e spiego "
            "tirocinio e rimborso spese. Alla fine ci teniamo dieci minuti noi due per la valutazione. Ti mando "
            "adesso l'invito Teams (c'è anche lui in invito).\n\n"
            "Grazie mille!\nMarina\n\nMarina Pozzi\nHR & Amministrazione – Bottega Pixel Srl\n")
    add(c, "01-colloquio-stage-ci-aiuti.eml",
        outlook_mail(seed=c + "1", msg_date=m1, sender=mar, to=[OWNER_T],
                     subject="Colloquio stagista mercoledì", text=text))
    m2 = T(2026, 11, 9, 9, 31, 48)
    body = ("Buongiorno Luca, buongiorno Chiara,\n\n"
            "vi invio il collegamento per il colloquio di mercoledì relativo allo stage curricolare in UX/UI "
            "Design (6 mesi da gennaio 2027).\n\n"
            "Luca, a condurre il colloquio saremo io e Chiara Valsecchi, UX/UI designer che collabora con il "
            "nostro studio e che sarebbe la tua tutor in caso di inserimento. Tieni a portata di mano il "
            "portfolio da condividere a schermo.\n\n"
            "Cordiali saluti\nMarina Pozzi\nHR & Amministrazione – Bottega Pixel Srl\n")
    eml, _ = exchange_invite(seed=c + "2", msg_date=m2, sender=mar, to=[luca, OWNER_T],
                             subject="Colloquio stage UX/UI – Luca Ferri", body_text=body, start=start, end=end,
                             location="",
                             uid="040000008200E00074C5B7101A82E00800000000" + hid(c, "uid", n=72, alphabet=UPPERHEX),
                             attendees=[(luca[0], luca[1], "REQ-PARTICIPANT"), (OWNER_NAME, OWNER, "REQ-PARTICIPANT")])
    add(c, "02-teams-colloquio-stage.eml", eml)
    label(c, [], "hard", "negative/user-is-interviewer",
          "Teams invite 'Colloquio stage UX/UI – Luca Ferri' (W. Europe Standard Time) where the owner is one "
          "of the two interviewers of an intern candidate: the user is not the candidate.")


# ----------------------------------------------------------------------------- 14 LinkedIn: chiacchierata conoscitiva
def case14():
    c = f"{PREFIX}-14-linkedin-chiacchierata-conoscitiva"
    gio = ("Giorgio Pancaldi", "giorgio.pancaldi@lumenemilia.example")
    m1 = T(2026, 10, 5, 11, 31, 26)
    start = T(2026, 10, 8, 17, 30)
    wd(m1, "lunedì")
    wd(start, "giovedì")
    thread = "2-" + base64.b64encode(hashlib.sha256(c.encode()).digest()[:24]).decode().rstrip("=")
    msg_txt = ("Ciao Chiara, grazie per la risposta! Allora fissiamo la chiacchierata conoscitiva per giovedì "
               "alle 17:30: è il primo step del nostro processo di selezione per il ruolo di Product Designer "
               "(UX/UI). Ci sentiamo su Google Meet, mezz'ora al massimo. Ti mando il link dalla mia mail "
               "aziendale (giorgio.pancaldi@lumenemilia.example). A presto!")
    tracking = hid(c, "trk", n=24, alphabet=ALNUM_MIX)
    plain = ("Giorgio Pancaldi\nTalent Acquisition presso Lumen Emilia\n\n" + msg_txt + "\n\n"
             f"Rispondi: https://www.linkedin.com/messaging/thread/{thread}/?trk=eml-email_notification_single_"
             f"mentioned_01-view_message&trkEmail={tracking}\n\n"
             "----------------------------------------\n\n"
             "Questa email è destinata a Chiara Valsecchi (UX/UI Designer | Design System | Accessibilità)\n"
             "Ricevi email di notifica dei messaggi. Annulla iscrizione: "
             f"https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tracking}\n"
             "Aiuto: https://www.linkedin.com/help/linkedin/answer/67\n\n"
             "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublino 2.\n"
             "LinkedIn è una denominazione commerciale registrata di LinkedIn Corporation e delle sue società "
             "affiliate in Irlanda. LinkedIn e il logo LinkedIn sono marchi registrati di LinkedIn.\n")
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
         '<table role="presentation" width="512" align="center" style="font-family:-apple-system,system-ui,'
         'BlinkMacSystemFont,\'Segoe UI\',Roboto,sans-serif;color:#191919"><tr><td style="padding:24px">'
         '<img src="https://static.licdn.com/aero-v1/sc/h/9ehe6n39fa07dc5edzv0rla4e" alt="LinkedIn" width="84">'
         '<table role="presentation"><tr><td><img src="https://media.licdn.com/dms/image/profile-displayphoto-shrink_100_100" '
         'width="48" style="border-radius:50%"></td><td style="padding-left:12px"><b>Giorgio Pancaldi</b><br>'
         '<span style="color:#666">Talent Acquisition presso Lumen Emilia</span></td></tr></table>'
         f'<p style="font-size:16px;line-height:1.4">{html.escape(msg_txt)}</p>'
         f'<a href="https://www.linkedin.com/messaging/thread/{thread}/?trk=eml-email_notification_single_mentioned_01'
         f'-view_message&amp;trkEmail={tracking}" style="background:#0a66c2;color:#fff;padding:10px 18px;border-radius:24px;'
         'text-decoration:none;font-weight:600">Rispondi</a>'
         '<p style="font-size:12px;color:#666;margin-top:32px">Questa email è destinata a Chiara Valsecchi (UX/UI '
         'Designer | Design System | Accessibilità). <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">'
         'Annulla iscrizione</a><br>© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublino 2.</p>'
         '</td></tr></table></body></html>\n')
    b = "----=_Part_" + hid(c, "b", n=7, alphabet=DIGITS) + "_" + hid(c, "b2", n=10, alphabet=DIGITS) + "." + str(int(m1.timestamp())) + "117"
    body = multipart("alternative", b, [leaf("text/plain;charset=UTF-8", plain, "quoted-printable"),
                                        leaf("text/html;charset=UTF-8", h, "quoted-printable")])
    headers = [("Delivered-To", OWNER),
               ("Received", received_ext("mailc-be.linkedin.com", "108.174.0.215", OWNER, m1, c)),
               ("Return-Path", f"<s-{hid(c, 'rp', n=30, alphabet=ALNUM)}@bounce.linkedin.com>"),
               ("Date", rfc_date(m1, UTC)),
               ("From", subj("Giorgio Pancaldi tramite LinkedIn") + " <messages-noreply@linkedin.com>"),
               ("Reply-To", subj("Giorgio Pancaldi tramite LinkedIn") + " <messages-noreply@linkedin.com>"),
               ("To", addr(*OWNER_T)),
               ("Message-ID", f"<{hid(c, 'mid', n=12, alphabet=DIGITS)}.{hid(c, 'm', n=5, alphabet=DIGITS)}."
                              f"{int(m1.timestamp())}{hid(c, 'ms', n=3, alphabet=DIGITS)}@ltx1-app.linkedin.com>"),
               ("Subject", "Giorgio ti ha appena inviato un messaggio"),
               ("X-LinkedIn-Class", "INBOX-MESSAGE"),
               ("X-LinkedIn-Template", "email_notification_single_mentioned_01"),
               ("X-LinkedIn-fbl", hid(c, "fbl", n=40, alphabet=ALNUM_MIX)),
               ("List-Unsubscribe", f"<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={tracking}>")]
    add(c, "01-linkedin-nuovo-messaggio.eml", message(headers, body))
    m2 = T(2026, 10, 6, 9, 14, 50)
    text = ("Ciao Chiara,\n\n"
            "come promesso su LinkedIn ti mando il link per la nostra chiacchierata di giovedì: "
            f"https://meet.google.com/{meet_code(c)}\n\n"
            "Ti racconto un po' di Lumen Emilia e del team di prodotto, e tu mi racconti di te. Niente da "
            "preparare!\n\nA giovedì,\nGiorgio\n\n--\nGiorgio Pancaldi\nTalent Acquisition · Lumen Emilia Srl\n"
            "Via Giacomo Matteotti 9/b, 40129 Bologna\n")
    add(c, "02-link-meet-giovedi.eml",
        gmail_mail(seed=c + "2", msg_date=m2, sender=gio, to=[OWNER_T],
                   subject="Chiacchierata di giovedì – link Meet", text=text))
    label(c, [iv("Lumen Emilia", "Product Designer (UX/UI)", start, start + timedelta(minutes=30), "scheduled",
                 [gio[1]], [gio[1]], "phone_screen")],
          "hard", "positive/linkedin-message",
          "LinkedIn message notification (messages-noreply) fixes 'giovedì alle 17:30' as the first step of the "
          "selection process; message dated Mon 5 Oct -> Thu 8 Oct 17:30 +02:00; 'mezz'ora al massimo' -> "
          "18:00. The follow-up mail with the Meet link is the same call. Recruiter conducts it.")


# ----------------------------------------------------------------------------- 15 design magazine interview (negative)
def case15():
    c = f"{PREFIX}-15-intervista-rivista-design"
    tiz = ("Tiziana Mauri", "tiziana.mauri@interfacciamag.example")
    start = T(2026, 10, 23, 11, 0)
    end = T(2026, 10, 23, 11, 40)
    m1 = T(2026, 10, 19, 10, 2, 31)
    wd(start, "venerdì")
    text = ("Ciao Chiara,\n\n"
            "grazie per aver accettato! Allora ci sentiamo venerdì alle 11 su Meet, ci vorranno una quarantina "
            "di minuti.\n\n"
            "Per la rubrica \"Portfolio aperto\" ti farò qualche domanda sul tuo percorso, su come costruisci un "
            "case study, su cosa ti chiedono di solito ai colloqui di lavoro nelle agenzie e sul progetto del "
            "museo che ci è piaciuto tanto. L'intervista uscirà sul numero di dicembre e sul sito; prima della "
            "pubblicazione ti mando il testo da rileggere.\n\n"
            "Se riesci, mandami anche 3-4 immagini del progetto in alta risoluzione.\n\n"
            "A venerdì!\nTiziana\n\n--\nTiziana Mauri\nRedazione · Interfaccia Magazine\n"
            "Via Vigevano 18, 20144 Milano\n")
    add(c, "01-intervista-portfolio-aperto.eml",
        gmail_mail(seed=c + "1", msg_date=m1, sender=tiz, to=[OWNER_T],
                   subject="Intervista per «Portfolio aperto» – Interfaccia Magazine", text=text))
    m2 = T(2026, 10, 19, 10, 5, 12)
    eml, _ = google_invite(seed=c + "2", lang="it", msg_date=m2,
                           title="Intervista Interfaccia Magazine – Chiara Valsecchi", start=start, end=end,
                           tzid="Europe/Rome", organizer=tiz,
                           guests=[(tiz[0], tiz[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")],
                           description="Intervista per la rubrica \"Portfolio aperto\" (numero di dicembre).",
                           uid=f"{hid(c, 'uid', n=26, alphabet=LOWER + DIGITS)}@google.com")
    add(c, "02-invito-intervista.eml", eml)
    label(c, [], "hard", "negative/press-interview",
          "A design magazine 'intervista' about the owner's portfolio and career, with a Google Meet invite: "
          "press interview, not a job interview.")


# ----------------------------------------------------------------------------- 16 same-day loop in Bologna (3 API events)
def gcal_event(*, seed, summary, description, start, end, attendees, created, location, organizer, creator):
    eid = hid(seed, "id", n=26, alphabet="abcdefghijklmnopqrstuv0123456789")
    return json.dumps({
        "kind": "calendar#event",
        "etag": f"\"{hid(seed, 'etag', n=16, alphabet=DIGITS)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=2)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") +
                   hid(seed, "ms", n=3, alphabet=DIGITS) + "Z",
        "summary": summary,
        "description": description,
        "location": location,
        "creator": creator,
        "organizer": organizer,
        "start": {"dateTime": iso(start), "timeZone": "Europe/Rome"},
        "end": {"dateTime": iso(end), "timeZone": "Europe/Rome"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": attendees,
        "guestsCanModify": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }, indent=2, ensure_ascii=False) + "\n"


def case16():
    c = f"{PREFIX}-16-bologna-giornata-colloqui-gcal"
    ele = ("Elena Fabbri", "elena.fabbri@officinereno.example")
    mat = ("Matteo Guidi", "matteo.guidi@officinereno.example")
    sil = ("Silvia Cattani", "silvia.cattani@officinereno.example")
    org = {"email": "selezione@officinereno.example", "displayName": "Selezione Officine Reno"}
    creator = {"email": sil[1], "displayName": sil[0]}
    room = {"email": "c_1886b4e0d5f1a2b7@resource.calendar.google.com",
            "displayName": "BO-Stalingrado-2-Sala Vetro (8)", "resource": True, "responseStatus": "accepted"}
    loc = "Officine Reno Mobilità, Via Stalingrado 97, 40128 Bologna – 2° piano, Sala Vetro"
    created = T(2026, 11, 12, 15, 40, 0)
    day = (2026, 11, 19)
    wd(T(*day), "giovedì")
    role = "Senior UX/UI Designer – HMI"
    sessions = [
        ("01-portfolio-review.gcal.json", "Colloquio in sede 1/3 – Portfolio review (Chiara Valsecchi)",
         "Giornata di colloqui in sede per la posizione di Senior UX/UI Designer – HMI.\n"
         "1/3 Portfolio review con Elena Fabbri (Design Manager): due progetti a scelta della candidata.",
         T(*day, 9, 30), T(*day, 10, 30), ele),
        ("02-debrief-esercizio.gcal.json", "Colloquio in sede 2/3 – Debrief esercizio HMI (Chiara Valsecchi)",
         "2/3 Debrief dell'esercizio sul cruscotto del veicolo inviato la settimana scorsa, con Matteo Guidi "
         "(Senior HMI Designer).\nDopo la sessione: pausa pranzo in mensa con il team (facoltativa).",
         T(*day, 10, 45), T(*day, 11, 30), mat),
        ("03-incontro-hr.gcal.json", "Colloquio in sede 3/3 – Incontro con HR (Chiara Valsecchi)",
         "3/3 Incontro con Silvia Cattani (HR Business Partner): motivazione, aspettative economiche, "
         "tempistiche di inserimento. Il rimborso del treno Milano–Bologna è a carico dell'azienda.",
         T(*day, 13, 30), T(*day, 14, 15), sil),
    ]
    for i, (fname, summary, desc, s, e, person) in enumerate(sessions):
        att = [{"email": person[1], "displayName": person[0], "responseStatus": "accepted"}, dict(room),
               {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}]
        add(c, fname, gcal_event(seed=c + fname, summary=summary, description=desc, start=s, end=e, attendees=att,
                                 created=created + timedelta(minutes=4 * i), location=loc, organizer=org,
                                 creator=creator))
    s0, eN = sessions[0][3], sessions[-1][4]
    people = [ele[1], mat[1], sil[1]]
    label(c, [iv("Officine Reno Mobilità", role, s0, eN, "scheduled", people, people, "onsite")],
          "hard", "positive/gcal-json-onsite-loop",
          "Three Calendar API events on Thu 19 Nov in Bologna (portfolio review, exercise debrief, HR), "
          "organized by a group calendar, with a lunch break: one onsite 09:30-14:15 with all three "
          "interviewers. The group organizer and the room resource are not recipients.")


# ----------------------------------------------------------------------------- 17 Workable rejection (negative)
def case17():
    c = f"{PREFIX}-17-workable-esito-negativo"
    greta = ("Greta Villa", "greta.villa@mirabellodesign.example")
    m = T(2026, 10, 26, 17, 40, 3)
    text = ("Gentile Chiara,\n\n"
            "grazie per il tempo che ci hai dedicato durante i colloqui delle ultime settimane per la posizione "
            "di UX/UI Designer.\n\n"
            "Dopo un'attenta valutazione abbiamo deciso di proseguire con un'altra candidatura, più in linea con "
            "le esigenze attuali del team (in particolare sull'esperienza con prodotti B2B).\n\n"
            "Il tuo portfolio ci ha colpito: se ti fa piacere ricevere un feedback più dettagliato, puoi prenotare "
            "una call di 15 minuti con il nostro Head of Design scegliendo uno slot qui: "
            "https://calendly.com/mirabello-design/feedback-candidati\n\n"
            "Ti auguriamo il meglio per il tuo percorso professionale.\n\n"
            "Un cordiale saluto,\nGreta Villa\nPeople & Culture – Studio Mirabello Design\n\n--\nPowered by Workable\n")
    b = "--==_mimepart_" + hid(c, "b", n=24)
    body = multipart("alternative", b, [leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
                                        leaf("text/html; charset=UTF-8", text_to_html(text, font="Helvetica,Arial,sans-serif"),
                                             "quoted-printable")])
    headers = [("Delivered-To", OWNER),
               ("Received", received_ext("o7.candidates.workablemail.com", "149.72.118.188", OWNER, m, c)),
               ("Return-Path", f"<bounces+{hid(c, 'rp', n=8, alphabet=DIGITS)}@candidates.workablemail.com>"),
               ("Date", rfc_date(m, UTC)),
               ("From", "Studio Mirabello Design <noreply@candidates.workablemail.com>"),
               ("Reply-To", addr(*greta)),
               ("To", addr(*OWNER_T)),
               ("Message-ID", f"<{hid(c, 'mid', n=24)}_{hid(c, 'm2', n=6, alphabet=DIGITS)}@workable.com>"),
               ("Subject", subj("Aggiornamento sulla tua candidatura – UX/UI Designer presso Studio Mirabello Design"))]
    add(c, "01-workable-aggiornamento-candidatura.eml", message(headers, body))
    label(c, [], "medium", "negative/rejection",
          "Workable rejection after past interviews (no date given) with an unbooked Calendly link for an "
          "optional feedback call: nothing scheduled.")


# ----------------------------------------------------------------------------- 18 standalone .ics with UTC times
def case18():
    c = f"{PREFIX}-18-standalone-ics-utc"
    fra = ("Francesca Riva", "f.riva@navigliclab.example")
    ale = ("Alessio Conti", "a.conti@navigliclab.example")
    start = T(2026, 11, 24, 10, 0)
    end = T(2026, 11, 24, 11, 0)
    wd(start, "martedì")
    assert ical_utc(start) == "20261124T090000Z"
    desc = ("Gentile Chiara,\n"
            "Le confermiamo il colloquio con Alessio Conti, Direttore Creativo, per la posizione di UX/UI "
            "Designer (Brand & Digital): martedì 24 novembre alle ore 10:00 presso la nostra sede di Via Tortona "
            "27, Milano (citofono Navigli Creative Lab, 2° piano). Durata prevista: 1 ora.\n"
            "Per qualsiasi necessità: f.riva@navigliclab.example\n"
            "Francesca Riva – HR, Navigli Creative Lab")
    ics = generic_ics(prodid="-//Zoho Corporation//Zoho Recruit//EN", method="REQUEST",
                      uid=f"{hid(c, 'uid', n=18, alphabet=DIGITS)}@recruit.zoho.eu", dtstamp=T(2026, 11, 16, 14, 3, 0),
                      start=start, end=end, tzid="Z",
                      summary="Colloquio – UX/UI Designer (Brand & Digital) – Navigli Creative Lab",
                      description=desc, location="Navigli Creative Lab, Via Tortona 27, 20144 Milano",
                      organizer=fra,
                      attendees=[(ale[0], ale[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                 (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                      alarm_min=30)
    add(c, "01-colloquio-navigli-creative-lab.ics", ics)
    label(c, [iv("Navigli Creative Lab", "UX/UI Designer (Brand & Digital)", start, end, "scheduled", [ale[1]],
                 [ale[1]], "hiring_manager")],
          "medium", "positive/standalone-ics-utc",
          "Standalone .ics with DTSTART/DTEND in UTC (09:00Z = 10:00 CET, stated in DESCRIPTION). The creative "
          "director interviews; HR organizes.")


# ----------------------------------------------------------------------------- 19 Zurich availability request (negative)
def case19():
    c = f"{PREFIX}-19-zurich-availability-request"
    lea = ("Lea Hofmann", "lea.hofmann@kornhausdigital.example")
    m = T(2026, 11, 3, 8, 47, 20, tz=ZURICH)
    s = [T(2026, 11, 10, 9, 0, tz=ZURICH), T(2026, 11, 11, 14, 0, tz=ZURICH), T(2026, 11, 12, 16, 30, tz=ZURICH)]
    text = ("Hi Chiara,\n\n"
            "I came across your portfolio on Behance and I think you could be a great fit for our UX/UI Designer "
            "opening in Zurich (hybrid, two days a week on site, relocation support available).\n\n"
            "Would you be up for a first 30-minute video call with me? I could do:\n"
            f"– {en_long(s[0], year=False)}, {hm(s[0])}\n"
            f"– {en_long(s[1], year=False)}, {hm(s[1])}\n"
            f"– {en_long(s[2], year=False)}, {hm(s[2])}\n"
            "(all Zurich time – same as Milan)\n\n"
            "If none of these work, feel free to grab any slot that suits you here: "
            "https://calendly.com/lea-hofmann-kornhaus/30min\n\n"
            "Looking forward to hearing from you!\n\n"
            "Best regards,\nLea Hofmann\nSenior Recruiter · Kornhaus Digital AG\nKornhausstrasse 18, 8006 Zürich\n")
    add(c, "01-intro-call-availability.eml",
        outlook_mail(seed=c, msg_date=m, sender=lea, to=[OWNER_T],
                     subject="UX/UI Designer role at Kornhaus Digital – intro call?", text=text))
    label(c, [], "hard", "negative/availability-request",
          "Zurich recruiter cold outreach proposing three slots plus a Calendly link; nothing is booked.")


# ----------------------------------------------------------------------------- 20 forwarded confirmation (technical)
def case20():
    c = f"{PREFIX}-20-inoltro-colloquio-tecnico"
    old = (OWNER_NAME, "chiaravalsecchi.ux@example.com")
    rob = ("Roberta Colombo", "r.colombo@palazzolume.example")
    tom = ("Tommaso Ghezzi", "t.ghezzi@palazzolume.example")
    start = T(2026, 11, 9, 16, 0)
    end = T(2026, 11, 9, 17, 0)
    wd(start, "lunedì")
    od = T(2026, 11, 3, 9, 12, 0)
    subject = "Colloquio tecnico – UI Designer (Digital Products)"
    orig = ("Gentile Chiara,\n\n"
            "a seguito del primo colloquio, Le confermo il colloquio tecnico per la posizione di UI Designer "
            "(Digital Products): lunedì 9 novembre alle ore 16:00, in videochiamata su Google Meet "
            f"(https://meet.google.com/{meet_code(c)}).\n\n"
            "Il colloquio sarà condotto dal nostro Lead Designer, Tommaso Ghezzi (t.ghezzi@palazzolume.example), "
            "e durerà un'ora: dopo una breve revisione del portfolio Le chiederemo di svolgere un piccolo "
            "esercizio di UI dal vivo su Figma, condividendo lo schermo.\n\n"
            "Cordiali saluti\n\nRoberta Colombo\nHR & Office Manager – Palazzo Lume Srl\n"
            "Via Cesare Correnti 14, 20123 Milano\n")
    m = T(2026, 11, 4, 8, 3, 41)
    text = ("Inoltro qui per non perderlo, la vecchia casella la controllo poco.\n\n"
            "---------- Forwarded message ---------\n"
            f"Da: {rob[0]} <{rob[1]}>\n"
            f"Date: {IT_DAYS_AB[od.weekday()]} {od.day} {IT_MONTHS_AB[od.month - 1]} {od.year} alle ore {hm(od)}\n"
            f"Subject: {subject}\n"
            f"To: <{old[1]}>\n\n\n" + orig)
    add(c, "01-fwd-colloquio-tecnico.eml",
        gmail_mail(seed=c, msg_date=m, sender=old, to=[OWNER_T], subject="Fwd: " + subject, text=text))
    label(c, [iv("Palazzo Lume", "UI Designer (Digital Products)", start, end, "scheduled", [tom[1]], [tom[1]],
                 "technical")],
          "medium", "positive/forwarded",
          "The owner forwards, from her old address to her main one, HR's confirmation of a technical round "
          "(portfolio + live Figma exercise) conducted by the lead designer. The earlier 'primo colloquio' has "
          "no date and is not labelled.")


# ----------------------------------------------------------------------------- 21 mentoring portfolio review (negative)
def case21():
    c = f"{PREFIX}-21-mentoring-portfolio-review"
    marta = ("Marta Lanzi", "marta.lanzi@mentor.mentora.example")
    m = T(2026, 9, 30, 21, 14, 8)
    start = T(2026, 10, 5, 18, 30)
    end = T(2026, 10, 5, 19, 15)
    sess = hid(c, "s", n=10, alphabet=ALNUM)
    code = meet_code(c)
    text = ("Ciao Chiara,\n\nla tua sessione è confermata!\n\n"
            "Portfolio review 1:1 con Marta Lanzi\nSenior Product Designer · mentor su Mentora\n"
            f"{it_long(start)}, {hm(start)} – {hm(end)} (ora di Roma)\n"
            f"Videochiamata: https://meet.google.com/{code}\n\n"
            "Obiettivo che hai indicato: \"Preparazione ai colloqui per ruoli UX/UI: vorrei un feedback sul "
            "portfolio prima delle portfolio review con le agenzie.\"\n\n"
            "Come prepararti: scegli 2-3 case study e tieni aperto il portfolio in Figma o PDF. Marta ti farà "
            "domande come farebbe un selezionatore in un vero colloquio e alla fine ti lascerà un feedback "
            "scritto sulla piattaforma.\n\n"
            "Se non puoi partecipare, annulla almeno 24 ore prima: "
            f"https://app.mentora.example/sessioni/{sess}\n\n"
            "Buona sessione!\nIl team Mentora\n")
    ics = generic_ics(prodid="-//Mentora//Sessioni//IT", method="REQUEST", uid=f"sessione-{sess}@mentora.example",
                      dtstamp=m, start=start, end=end, summary="Portfolio review 1:1 con Marta Lanzi (Mentora)",
                      description=f"Sessione di mentoring – preparazione ai colloqui. https://meet.google.com/{code}",
                      location=f"https://meet.google.com/{code}", organizer=("Mentora", "sessioni@mentora.example"),
                      attendees=[(marta[0], marta[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                 (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "ACCEPTED")])
    body = multipart("mixed", "mentora-" + hid(c, "b", n=20), [
        multipart("alternative", "mentora-alt-" + hid(c, "b2", n=20), [
            leaf("text/plain; charset=utf-8", text, "quoted-printable"),
            leaf("text/html; charset=utf-8", text_to_html(text, font="Inter,Arial,sans-serif"),
                 "quoted-printable")]).rstrip("\n"),
        leaf_b64_bytes('text/calendar; charset=utf-8; method=REQUEST; name="sessione.ics"', ics.encode(),
                       extra=('Content-Disposition: attachment; filename="sessione.ics"',))])
    headers = [("Delivered-To", OWNER),
               ("Received", received_ext("a48-110.smtp-out.eu-west-1.amazonses.com", "54.240.48.110", OWNER, m, c)),
               ("Return-Path", f"<010201{hid(c, 'rp', n=14)}-{uuid_like(c, 'rp')}-000000@eu-west-1.amazonses.com>"),
               ("From", "Mentora <sessioni@mentora.example>"),
               ("To", OWNER),
               ("Subject", subj("Sessione confermata: Portfolio review con Marta Lanzi")),
               ("Date", rfc_date(m, UTC)),
               ("Message-ID", f"<010201{hid(c, 'mid', n=14)}-{uuid_like(c, 'mid')}-000000@eu-west-1.amazonses.com>"),
               ("Feedback-ID", "::1.eu-west-1.mentora:amazonses")]
    add(c, "01-sessione-confermata.eml", message(headers, body))
    label(c, [], "hard", "negative/mentoring-mock",
          "Mentoring platform booking for a 'Portfolio review 1:1' run like a mock interview to prepare for "
          "agency interviews (.ics attached): coaching, not a hiring process.")


# ----------------------------------------------------------------------------- 22 formal thread: three slots, option b)
def case22():
    c = f"{PREFIX}-22-banca-subalpina-tre-opzioni"
    lau = ("Laura Gribaudo", "laura.gribaudo@bancasubalpina.example")
    ste = ("Stefano Olivero", "stefano.olivero@bancasubalpina.example")
    role = "UX/UI Designer – Design System"
    opts = [T(2026, 11, 2, 9, 30), T(2026, 11, 4, 15, 0), T(2026, 11, 5, 11, 0)]
    for o, n in zip(opts, ["lunedì", "mercoledì", "giovedì"]):
        wd(o, n)
    sig = ("Dott.ssa Laura Gribaudo\nSelezione del Personale\nBanca Subalpina S.p.A.\n"
           "Via XX Settembre 37 – 10121 Torino\n")
    m1 = T(2026, 10, 27, 9, 12, 44)
    subject = f"Colloquio – {role}"
    text1 = ("Gentile Dott.ssa Valsecchi,\n\n"
             f"La ringraziamo per l'interesse dimostrato per la posizione di {role}. Saremmo lieti di "
             "approfondire la Sua candidatura con un colloquio in videochiamata (Microsoft Teams) con l'Ing. "
             "Stefano Olivero, Responsabile Design System, della durata di 45 minuti.\n\n"
             "Le proponiamo le seguenti disponibilità:\n"
             f"a) {it_long(opts[0], year=False)}, ore {opts[0].hour}:{opts[0].minute:02d};\n"
             f"b) {it_long(opts[1], year=False)}, ore {opts[1].hour}:{opts[1].minute:02d};\n"
             f"c) {it_long(opts[2], year=False)}, ore {opts[2].hour}:{opts[2].minute:02d}.\n\n"
             "Resto in attesa di un Suo cortese riscontro.\n\nCordiali saluti\n\n" + sig)
    mid1 = outlook_mid(c + "1")
    add(c, "01-proposta-date-colloquio.eml",
        outlook_mail(seed=c + "1", msg_date=m1, sender=lau, to=[OWNER_T], subject=subject, text=text1))
    o_date = T(2026, 10, 27, 18, 22, 5)
    owner_text = ("Gentile Dott.ssa Gribaudo,\n\nLa ringrazio per la disponibilità. Preferirei l'opzione b), "
                  "mercoledì 4 novembre alle 15:00.\n\nCordiali saluti\nChiara Valsecchi")
    omid = owner_mid(c + "reply")
    m2 = T(2026, 10, 28, 8, 40, 19)
    text2 = ("Gentile Dott.ssa Valsecchi,\n\n"
             "Le confermo il colloquio con l'Ing. Olivero, che leggo in copia, per mercoledì 4 novembre alle ore "
             "15:00. Riceverà a breve il link Teams da parte sua.\n\n"
             "Cordiali saluti\n\n" + sig + "\n"
             + outlook_quote_it(o_date, OWNER_T, [lau], "R: " + subject, owner_text) + "\n"
             + outlook_quote_it(m1, lau, [OWNER_T], subject, text1))
    add(c, "02-conferma-colloquio.eml",
        outlook_mail(seed=c + "2", msg_date=m2, sender=lau, to=[OWNER_T], cc=[ste], subject="R: " + subject,
                     text=text2, in_reply_to=omid, references=f"{mid1} {omid}"))
    label(c, [iv("Banca Subalpina", role, opts[1], opts[1] + timedelta(minutes=45), "scheduled", [ste[1]], [ste[1]],
                 "hiring_manager")],
          "medium", "positive/thread-three-slots",
          "Formal Italian thread (Turin bank): HR proposes a) b) c), the candidate picks b), HR confirms "
          "'mercoledì 4 novembre alle ore 15:00' with the interviewer in Cc. Only b) is real; 45 minutes.")


# ============================================================================= output
THEME = ("Milan UX/UI designer: Italian agencies, fashion and banking (Milan, Turin, Bologna), "
         "a Zurich company and a London studio")


def readme(n_cases, n_pos, n_neg, n_sched, n_canc):
    return f"""# blind256: {THEME} (written blind)

Owner (mailbox): **Chiara Valsecchi <{OWNER}>**, a UX/UI designer living in Milan (Europe/Rome), looking for a
permanent role while freelancing for a small studio. She applies to Italian design agencies, fashion houses
and banks in Milan, Turin and Bologna, to a Zurich company (CET, same offset as Milan) and to a London studio
(GMT/BST). Most mail is in Italian, formal ("Gentile Dott.ssa", "Le confermo", "Cordiali saluti") and
informal ("ciao", "martedì alle 15:00", "a presto"); the Zurich and London mail is in English.

This set was **written blind**: without reading the detector's code, tests or other evaluation sets, and
without running the tool. Only `/work/shared/eval/README.md` (schema and labelling rules) and the file
formats of a few DEV items were consulted. Everything is regenerated deterministically by `make_cases.py`
(standard library + PyYAML + zoneinfo; fixed dates, hash-derived Message-IDs / UIDs / boundaries).

## Counts
- {n_cases} cases: {n_pos} positive, {n_neg} negative (look-alikes)
- {n_sched + n_canc} labelled interviews: {n_sched} scheduled, {n_canc} cancelled
- one case with two interviews (London studio), one reschedule (rail strike / sciopero), one
  cancellation (Zurich, role put on hold), one same-day loop sent as three Calendar API events, one
  in-person final at a Milan fashion showroom, a portfolio review as the technical round.

## What it stresses
- Channels: InfoJobs and LinkedIn message notifications (no-reply senders relaying a recruiter's words),
  Workable (interview invite with .ics; a rejection with an unbooked feedback link), Zoho Recruit standalone
  .ics, Google Calendar invitations in Italian and English (Meet, DTSTART with TZID or UTC, METHOD:CANCEL),
  Exchange/Teams invites with `TZID:W. Europe Standard Time` and X-MICROSOFT-CDO-* properties, Outlook
  threads with Italian "Da:/Inviato:/A:/Oggetto:" quoting, a Gmail forward, Calendar API v3 events
  (`.gcal.json`) organized by a group calendar with a room resource.
- Relative dates resolved against the message Date ("martedì alle 15:00", "giovedì alle 17:30").
- Time zones / DST: EU DST ends Sun 25 Oct 2026. Several items are sent in CEST (+02:00) for interviews
  in CET (+01:00) (cases 01, 04); the London studio's intro call is 10:00 BST (+01:00, 11:00 Milan) and
  its portfolio presentation 14:00 GMT (+00:00, 15:00 Milan); Zurich is Europe/Zurich (+02:00 in
  October); one standalone .ics uses UTC (09:00Z = 10:00 CET).
- Final state wins (reschedule with the same UID/SEQUENCE 1 and unchanged subject), cancellations kept as
  cancelled, one interview announced through several channels counted once, "10:50 at reception" vs the
  11:00 start, proposed slots a)/b)/c) where only b) is confirmed.
- Followup recipients: interviewers when their address appears; coordinators, no-reply ATS senders,
  notification addresses, group calendars and room resources are never recipients.
- Hard negatives: a Centro per l'Impiego "colloquio di orientamento", a CAF 730/ISEE appointment with a
  "colloquio con l'operatore", a condominium assembly that will interview candidate portieri, a design-week
  panel where the owner is a selected speaker, the owner interviewing an intern (Teams invite), an
  "intervista" for a design magazine, a Workable rejection, a Zurich availability request, a mentoring
  "portfolio review" run like a mock interview.

## Formats
`NN-*.eml` (RFC 5322, multipart/alternative and multipart/mixed, quoted-printable and base64, text/calendar
parts and .ics attachments), `NN-*.ics` (standalone, CRLF), `NN-*.gcal.json` (Calendar API v3 Event
resources). Sorted file order is arrival order. Labels: `labels.yaml`, schema of `/work/shared/eval/README.md`,
`source: synthetic`.
"""


def main():
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22):
        fn()
    assert set(CASES) == set(LABELS)
    for d in sorted(ROOT.glob(f"{PREFIX}-*")):
        if d.is_dir():
            shutil.rmtree(d)
    for case in sorted(CASES):
        (ROOT / case).mkdir()
        for fname, content in sorted(CASES[case].items()):
            (ROOT / case / fname).write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    labels = {k: LABELS[k] for k in sorted(LABELS)}
    head = ("# Labels for blind256 (written blind). Schema and rules: /work/shared/eval/README.md\n"
            f"# Owner: {OWNER_NAME} <{OWNER}>, Milan. Generated by make_cases.py - do not edit by hand.\n")
    (ROOT / "labels.yaml").write_text(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100),
                                      encoding="utf-8")
    ivs = [i for l in labels.values() for i in l["interviews"]]
    n_pos = sum(1 for l in labels.values() if l["interview"])
    (ROOT / "README.md").write_text(readme(len(labels), n_pos, len(labels) - n_pos,
                                           sum(i["status"] == "scheduled" for i in ivs),
                                           sum(i["status"] == "cancelled" for i in ivs)), encoding="utf-8")
    print(f"{len(labels)} cases, {n_pos} positive, {len(ivs)} interviews")


if __name__ == "__main__":
    main()
