#!/usr/bin/env python3
"""Regenerate the blind227 evaluation set deterministically.

Theme: an Athens/Piraeus shipping operations analyst (Katerina Douka) applying to Greek ship
managers, Limassol ship managers and London shipbrokers. Writes every b227-* case folder and
labels.yaml next to this file. Standard library + PyYAML + zoneinfo only; same bytes on every run.
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
ATH = ZoneInfo("Europe/Athens")
LON = ZoneInfo("Europe/London")
NIC = ZoneInfo("Asia/Nicosia")
UTC = timezone.utc

OWNER = "katerina.douka@example.com"
OWNER_EN = "Katerina Douka"
OWNER_GR = "Κατερίνα Δούκα"
WORK = "k.douka@saronic-tankers.example"   # current employer; work mail is auto-forwarded

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
GR_DAYS = ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"]
GR_MONTHS = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
             "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]


# ----------------------------------------------------------------------------- time helpers
def at(y, mo, d, hh, mi, tz, s=0):
    return datetime(y, mo, d, hh, mi, s, tzinfo=tz)


def day(dt, name):
    """Assert that a weekday named in the text is the real weekday of dt; return the name."""
    names = (EN_DAYS[dt.weekday()], GR_DAYS[dt.weekday()], EN_DAYS[dt.weekday()][:3])
    assert name in names, (dt, name, names)
    return name


def off(dt, expected):
    """Assert the UTC offset of dt (e.g. '+03:00') so DST handling is explicit."""
    got = dt.isoformat()[-6:]
    assert got == expected, (dt, got, expected)
    return dt


def iso(dt):
    return dt.isoformat() if dt is not None else None


def rfc(dt):
    return format_datetime(dt)


def ics_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


# ----------------------------------------------------------------------------- id helpers
def hx(seed, n=16):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def HX(seed, n=16):
    return hx(seed, n).upper()


def uuid_(seed):
    x = hx(seed, 32)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"


def b64id(seed, n=22):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:n]


def outlook_mid(seed):
    srv = "AS8PR07MB" + str(int(hx(seed, 6), 16) % 9000 + 1000)
    return f"<{srv}{HX(seed + 'm', 24)}@{srv}.eurprd07.prod.outlook.com>"


def gmail_mid(seed):
    return f"<CA+{b64id(seed, 30).replace('/', '_').replace('+', '-')}@mail.gmail.com>"


def gcal_mid(seed):
    return f"<calendar-{uuid_(seed)}@google.com>"


# ----------------------------------------------------------------------------- MIME helpers
def A(name, addr):
    return formataddr((name, addr))


def S(text):
    return text if text.isascii() else Header(text, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def leaf(ctype, payload, cte="7bit", extra=()):
    if cte == "quoted-printable":
        body = qp(payload)
    elif cte == "base64":
        body = b64(payload)
    else:
        body = payload
    if not body.endswith("\n"):
        body += "\n"
    return ([f"Content-Type: {ctype}", *extra, f"Content-Transfer-Encoding: {cte}"], body)


def multi(sub, boundary, parts):
    body = ""
    for hdrs, b in parts:
        body += f"--{boundary}\n" + "\n".join(hdrs) + "\n\n" + b + "\n"
    body += f"--{boundary}--\n"
    return ([f'Content-Type: multipart/{sub}; boundary="{boundary}"'], body)


def message(headers, part):
    hdrs, body = part
    return "\n".join(list(headers) + ["MIME-Version: 1.0"] + hdrs) + "\n\n" + body


def received(host, ip, dt, rcpt):
    return [f"Received: from {host} ({host} [{ip}])",
            f"        by mx.example.com with ESMTPS id {hx(host + rcpt + rfc(dt), 12)}",
            f"        for <{rcpt}>; {rfc(dt.astimezone(UTC))}"]


def headers(*, date, frm, to, subject, msgid, return_path, cc=None, reply_to=None, sender=None,
            irt=None, refs=None, host="mail-relay.example.net", ip="192.0.2.25", fwd_from=None,
            pre=(), post=()):
    L = [f"Delivered-To: {OWNER}"]
    if fwd_from:
        L += [f"X-Forwarded-To: {OWNER}", f"X-Forwarded-For: {fwd_from} {OWNER}"]
    L += received(host, ip, date + timedelta(seconds=2), OWNER)
    L.append(f"Return-Path: <{return_path}>")
    L += list(pre)
    L.append(f"From: {frm}")
    if sender:
        L.append(f"Sender: {sender}")
    if reply_to:
        L.append(f"Reply-To: {reply_to}")
    L.append(f"To: {to}")
    if cc:
        L.append(f"Cc: {cc}")
    L += [f"Subject: {S(subject)}", f"Date: {rfc(date)}", f"Message-ID: {msgid}"]
    if irt:
        L.append(f"In-Reply-To: {irt}")
    if refs:
        L.append("References: " + "\n ".join(refs))
    L += list(post)
    return L


def outlook_post(seed, subject, lang="en-US", calendar=False, attach=False):
    L = [f"Thread-Topic: {S(subject)}",
         f"Thread-Index: {b64id(seed + 'ti', 30)}==",
         f"Accept-Language: {lang}, en-US",
         f"Content-Language: {lang}",
         f"X-MS-Has-Attach: {'yes' if attach else ''}".rstrip(),
         "X-MS-TNEF-Correlator:"]
    if calendar:
        L.append("Content-class: urn:content-classes:calendarmessage")
    L.append("x-ms-publictraffictype: Email")
    return L


def text_to_html(text, font="Calibri,sans-serif"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(x) for x in p.split("\n")) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n' + "\n".join(out)
            + "\n</div></body></html>\n")


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 75:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return out


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def cn(name):
    return f'"{name}"' if any(c in name for c in ',;:') else name


def vcal(prodid, body, method="REQUEST", tz=(), eol="\r\n", extra=()):
    lines = ["BEGIN:VCALENDAR"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += [f"PRODID:{prodid}", "VERSION:2.0", *extra]
    for block in tz:
        lines += block
    lines += body
    lines.append("END:VCALENDAR")
    return eol.join(seg for ln in lines for seg in fold(ln)) + eol


TZ_GTB = ["BEGIN:VTIMEZONE", "TZID:GTB Standard Time",
          "BEGIN:STANDARD", "DTSTART:16010101T040000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200",
          "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
          "BEGIN:DAYLIGHT", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300",
          "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]
TZ_GMTSTD = ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
             "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
             "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
             "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def tz_olson(tzid, std_name, dst_name, std_off, dst_off, dst_start, std_start):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std_off}", f"TZOFFSETTO:{dst_off}", f"TZNAME:{dst_name}",
            f"DTSTART:{dst_start}", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst_off}", f"TZOFFSETTO:{std_off}", f"TZNAME:{std_name}",
            f"DTSTART:{std_start}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE"]


TZ_ATHENS = tz_olson("Europe/Athens", "EET", "EEST", "+0200", "+0300", "19700329T030000",
                     "19701025T040000")
TZ_NICOSIA = tz_olson("Asia/Nicosia", "EET", "EEST", "+0200", "+0300", "19700329T030000",
                      "19701025T040000")
TZ_LONDON = tz_olson("Europe/London", "GMT", "BST", "+0000", "+0100", "19700329T010000",
                     "19701025T020000")


def attendee(name, addr, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="TRUE", extra=""):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};"
            f"CN={cn(name)}{extra}:mailto:{addr}")


# ----------------------------------------------------------------------------- vendor builders
def teams_block(seed):
    mid = b64id(seed + "teams", 32).replace("/", "x").replace("+", "y")
    num = int(hx(seed + "num", 10), 16) % 10 ** 12
    num_s = f"{num:012d}"
    pw = b64id(seed + "pw", 6).replace("/", "Q").replace("+", "z")
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{uuid_(seed + 'tid')}%22%2c%22Oid%22%3a%22{uuid_(seed + 'oid')}%22%7d")
    txt = ("_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
           f"Click here to join the meeting<{url}>\n"
           f"Meeting ID: {num_s[:3]} {num_s[3:6]} {num_s[6:9]} {num_s[9:]}\nPasscode: {pw}\n"
           "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
           "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
           "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options"
           f"<https://teams.microsoft.com/meetingOptions/?organizerId={uuid_(seed + 'oid')}>\n"
           + "_" * 80 + "\n")
    return txt, url


def exchange_invite(*, seed, date, org, to, cc=None, subject, when, where, body, tzblock, tzid,
                    start, end, attendees, method="REQUEST", seq=0, teams=True, status="CONFIRMED",
                    lang="en-US", fwd_from=None, rcpt_hdr=None, location=None, irt=None, refs=None):
    """Outlook/Exchange meeting request: multipart/alternative with base64 text/calendar."""
    org_name, org_addr = org
    tblock, turl = teams_block(seed) if teams else ("", None)
    text = f"When: {when}\nWhere: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n\n{tblock}"
    desc = text
    ev = ["BEGIN:VEVENT", f"ORGANIZER;CN={cn(org_name)}:mailto:{org_addr}"]
    ev += [attendee(n, a, role=r, partstat=p) for (n, a, r, p) in attendees]
    uid = "040000008200E00074C5B7101A82E00800000000" + HX(seed + "uid", 56)
    ev += [f"DESCRIPTION;LANGUAGE={lang}:{esc(desc)}",
           f"UID:{uid}",
           f"SUMMARY;LANGUAGE={lang}:{esc(subject)}",
           f"DTSTART;TZID={tzid}:{ics_loc(start)}",
           f"DTEND;TZID={tzid}:{ics_loc(end)}",
           "CLASS:PUBLIC", "PRIORITY:5",
           f"DTSTAMP:{ics_utc(date)}",
           "TRANSP:OPAQUE",
           f"STATUS:{status}",
           f"SEQUENCE:{seq}",
           f"LOCATION;LANGUAGE={lang}:{esc(location or where)}",
           f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
           f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(hx(seed + 'own', 7), 16)}",
           "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
           "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
           "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
           "X-MICROSOFT-CDO-IMPORTANCE:1",
           "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        ev += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{turl}",
               'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    ev += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
           f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location or where)}",
           "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
           "END:VALARM", "END:VEVENT"]
    cal = vcal("Microsoft Exchange Server 2010", ev, method=method, tz=[tzblock])
    boundary = f"_000_{HX(seed + 'b', 24)}prodoutlookcom_"
    part = multi("alternative", boundary, [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', text_to_html(text, "Aptos,Calibri,sans-serif"),
             "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ])
    hdr = headers(date=date, frm=A(org_name, org_addr), to=to, cc=cc, subject=subject,
                  msgid=outlook_mid(seed), return_path=org_addr, irt=irt, refs=refs,
                  host="EUR03-AM7-obe.outbound.protection.outlook.com", ip="40.107.105.97",
                  fwd_from=fwd_from,
                  post=outlook_post(seed, subject, lang, calendar=True))
    return message(hdr, part), uid


def outlook_mail(*, seed, date, frm, to, subject, body, cc=None, irt=None, refs=None, lang="en-US",
                 plain_cte="quoted-printable", fwd_from=None, reply_to=None):
    name, addr = frm
    part = multi("alternative", f"_000_{HX(seed + 'b', 24)}prodoutlookcom_", [
        leaf('text/plain; charset="utf-8"', body, plain_cte),
        leaf('text/html; charset="utf-8"', text_to_html(body), "quoted-printable"),
    ])
    hdr = headers(date=date, frm=A(name, addr), to=to, cc=cc, subject=subject, msgid=outlook_mid(seed),
                  return_path=addr, irt=irt, refs=refs, reply_to=reply_to,
                  host="EUR05-VI1-obe.outbound.protection.outlook.com", ip="40.107.21.88",
                  fwd_from=fwd_from, post=outlook_post(seed, subject, lang))
    return message(hdr, part)


def gmail_mail(*, seed, date, frm, to, subject, body, cc=None, irt=None, refs=None, msgid=None):
    name, addr = frm
    bnd = "0000000000" + hx(seed + "b", 16)
    html_body = '<div dir="ltr">' + "<br>".join(html.escape(x) for x in body.rstrip("\n").split("\n")) \
        + "</div>\n"
    part = multi("alternative", bnd, [
        leaf('text/plain; charset="UTF-8"', body, "quoted-printable"),
        leaf('text/html; charset="UTF-8"', html_body, "quoted-printable"),
    ])
    hdr = headers(date=date, frm=A(name, addr), to=to, cc=cc, subject=subject,
                  msgid=msgid or gmail_mid(seed), return_path=addr, irt=irt, refs=refs,
                  host="mail-sor-f41.google.com", ip="209.85.220.41")
    return message(hdr, part)


GCAL_EN = dict(
    guests="Guests", organizer="Organizer", org_tag="organizer", view_all="View all guest info",
    join="Join with Google Meet", reply="Reply for {me} and view more details",
    footer=("~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n\n"
            "Forwarding this invitation could allow any recipient to send a response to the organizer, "
            "be added to the guest list, invite others regardless of their own invitation status, or "
            "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n"),
    cancel_line="This event has been cancelled.", location="Location")
GCAL_EL = dict(
    guests="Προσκεκλημένοι", organizer="Διοργανωτής", org_tag="διοργανωτής",
    view_all="Προβολή όλων των πληροφοριών προσκεκλημένων", join="Συμμετοχή με το Google Meet",
    reply="Απάντηση για {me} και προβολή περισσότερων λεπτομερειών",
    footer=("~~//~~\nΠρόσκληση από το Ημερολόγιο Google: https://calendar.google.com/calendar/\n\n"
            "Λαμβάνετε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου επειδή είστε προσκεκλημένος στην "
            "εκδήλωση.\n\nΗ προώθηση αυτής της πρόσκλησης μπορεί να επιτρέψει σε οποιονδήποτε παραλήπτη "
            "να στείλει απάντηση στον διοργανωτή. Μάθετε περισσότερα "
            "https://support.google.com/calendar/answer/37135#forwarding\n"),
    cancel_line="Αυτή η εκδήλωση ακυρώθηκε.", location="Τοποθεσία")


def google_invite(*, seed, date, org, guests, subject, title, when_line, tz_line, description,
                  start, end, uid, loc=None, meet=True, method="REQUEST", seq=0, lang=GCAL_EN,
                  created=None):
    """Google Calendar invitation e-mail (multipart/mixed + invite.ics). guests: [(name, addr, partstat)]"""
    org_name, org_addr = org
    eid = b64id(seed + "eid", 60).replace("/", "_").replace("+", "-")
    meet_code = "-".join([hx(seed + "m1", 3).translate(str.maketrans("0123456789", "abcdefghij")),
                          hx(seed + "m2", 4).translate(str.maketrans("0123456789", "klmnopqrst")),
                          hx(seed + "m3", 3).translate(str.maketrans("0123456789", "uvwxyzabcd"))])
    meet_url = f"https://meet.google.com/{meet_code}"
    L = [title, when_line, tz_line, ""]
    if method == "CANCEL":
        L = [lang["cancel_line"], ""] + L
    if loc:
        L += [lang["location"], loc, ""]
    if meet and method != "CANCEL":
        L += [lang["join"], meet_url, ""]
    L += [lang["organizer"], org_name, org_addr, "", lang["guests"]]
    for n, a, _ in guests:
        if a == org_addr:
            L.append(f"{n} - {lang['org_tag']}")
        else:
            L.append(n if n else a)
    L.append(f"{lang['view_all']} https://calendar.google.com/calendar/event?action=VIEW&eid={eid}")
    L.append("")
    if description and method != "CANCEL":
        L += [description, ""]
    L += [lang["reply"].format(me=OWNER) + f" https://calendar.google.com/calendar/event?action=VIEW&eid={eid}",
          "", "", lang["footer"]]
    text = "\n".join(L)
    ev = ["BEGIN:VEVENT", f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}", f"DTSTAMP:{ics_utc(date)}",
          f"ORGANIZER;CN={cn(org_name)}:mailto:{org_addr}", f"UID:{uid}"]
    for n, a, ps in guests:
        ev.append(attendee(n or a, a, partstat=ps, extra=";X-NUM-GUESTS=0"))
    if meet and method != "CANCEL":
        ev.append(f"X-GOOGLE-CONFERENCE:{meet_url}")
    ev += [f"CREATED:{ics_utc(created or date)}",
           f"DESCRIPTION:{esc(description or '')}",
           f"LAST-MODIFIED:{ics_utc(date)}",
           f"LOCATION:{esc(loc or '')}",
           f"SEQUENCE:{seq}",
           f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
           f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE"]
    if method != "CANCEL":
        ev += ["BEGIN:VALARM", "ACTION:EMAIL", "DESCRIPTION:This is an event reminder",
               "SUMMARY:Alarm notification", f"ATTENDEE:mailto:{OWNER}", "TRIGGER:-P0DT0H30M0S",
               "END:VALARM"]
    ev.append("END:VEVENT")
    cal = vcal("-//Google Inc//Google Calendar 70.9054//EN", ev, method=method, extra=["CALSCALE:GREGORIAN"])
    html_body = text_to_html(text, "Roboto,Helvetica,Arial,sans-serif")
    alt = multi("alternative", "000000000000" + hx(seed + "alt", 12), [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', html_body, "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', cal, "base64"),
    ])
    att = leaf(f'application/ics; name="{"invite.ics"}"', cal, "base64",
               extra=['Content-Disposition: attachment; filename="invite.ics"'])
    mixed = multi("mixed", "000000000000" + hx(seed + "mix", 12), [alt, att])
    hdr = headers(date=date, frm=A(org_name, org_addr), to=OWNER, subject=subject, msgid=gcal_mid(seed),
                  return_path=f"{b64id(seed + 'rp', 24).replace('/', 'a').replace('+', 'b')}"
                              "@calendar-server.bounces.google.com",
                  reply_to=A(org_name, org_addr), sender="Google Calendar <calendar-notification@google.com>",
                  host="mail-sor-f73.google.com", ip="209.85.220.73")
    return message(hdr, mixed)


def ats_mail(*, seed, date, frm, subject, text, html_body, reply_to=None, ics=None, to=OWNER,
             msgid, return_path, host, ip, fwd_from=None, extra_post=(), ics_cte="base64"):
    alt = multi("alternative", f"--==_mimepart_{hx(seed + 'alt', 20)}", [
        leaf('text/plain; charset=UTF-8', text, "quoted-printable"),
        leaf('text/html; charset=UTF-8', html_body, "quoted-printable"),
    ])
    if ics:
        att = leaf('text/calendar; charset=UTF-8; method=REQUEST; name=invite.ics', ics, ics_cte,
                   extra=['Content-Disposition: attachment; filename=invite.ics'])
        part = multi("mixed", f"--==_mimepart_{hx(seed + 'mix', 20)}", [alt, att])
    else:
        part = alt
    hdr = headers(date=date, frm=frm, to=to, subject=subject, msgid=msgid, return_path=return_path,
                  reply_to=reply_to, host=host, ip=ip, fwd_from=fwd_from, post=extra_post)
    return message(hdr, part)


def ats_html(text, brand, color="#1a3a5c"):
    paras = text.strip("\n").split("\n\n")
    inner = "\n".join('<p style="margin:0 0 14px 0">' + "<br>".join(html.escape(x) for x in p.split("\n"))
                      + "</p>" for p in paras)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
            "content=\"width=device-width\"></head>\n<body style=\"margin:0;background:#f4f5f7\">\n"
            "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">\n"
            "<table role=\"presentation\" width=\"600\" style=\"background:#ffffff;font-family:Helvetica,Arial,"
            "sans-serif;font-size:15px;color:#222\">\n"
            f"<tr><td style=\"padding:20px 32px;background:{color};color:#fff;font-weight:bold\">"
            f"{html.escape(brand)}</td></tr>\n<tr><td style=\"padding:28px 32px\">\n{inner}\n</td></tr>\n"
            "</table></td></tr></table>\n</body></html>\n")


# ----------------------------------------------------------------------------- label helpers
def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


WORKABLE_HOST = ("mail-a.candidates.workablemail.com", "198.51.100.61")
TEAMTAILOR_HOST = ("mta-2.teamtailor-mail.com", "198.51.100.84")


# ============================================================================= POSITIVES
def case01():
    slug = "b227-01-greek-hr-phone-screen-tomorrow"
    sent = at(2026, 9, 15, 16, 42, ATH, 28)
    day(sent, "Tuesday")
    start = off(sent.replace(hour=11, minute=0, second=0) + timedelta(days=1), "+03:00")  # "αύριο στις 11:00"
    end = start + timedelta(minutes=30)
    maria = ("Μαρία Σταματοπούλου", "m.stamatopoulou@kymatias-shipping.example")
    body = """Καλησπέρα σας κυρία Δούκα,

Σας ευχαριστούμε για την αίτησή σας για τη θέση Operations Analyst (Dry Cargo) στην Kymatias Shipping Management.

Όπως είπαμε στο σύντομο τηλεφώνημα του μεσημεριού, σας επιβεβαιώνω την τηλεφωνική μας συνέντευξη αύριο στις 11:00 (ώρα Ελλάδος). Θα σας καλέσω εγώ στο κινητό που αναφέρεται στο βιογραφικό σας. Η συζήτηση θα διαρκέσει περίπου μισή ώρα και θα αφορά κυρίως την εμπειρία σας σε post-fixture, υπολογισμούς laytime/demurrage και την επικοινωνία με πλοία και πράκτορες.

Αν για οποιονδήποτε λόγο η ώρα δεν σας εξυπηρετεί, απαντήστε σε αυτό το μήνυμα και θα βρούμε άλλη.

Με εκτίμηση,

Μαρία Σταματοπούλου
Υπεύθυνη Ανθρώπινου Δυναμικού | HR Manager
Kymatias Shipping Management S.A.
Ακτή Κονδύλη 32, 185 45 Πειραιάς
Τ: +30 210 555 0132 | m.stamatopoulou@kymatias-shipping.example

Το παρόν μήνυμα και τυχόν συνημμένα του είναι εμπιστευτικά και προορίζονται αποκλειστικά για τον παραλήπτη.
This e-mail and any attachments are confidential and intended solely for the addressee.
"""
    eml = outlook_mail(seed=slug + "1", date=sent.astimezone(UTC), frm=maria, to=A(OWNER_GR, OWNER),
                       subject="Τηλεφωνική συνέντευξη - Operations Analyst (Dry Cargo)", body=body,
                       lang="el-GR", plain_cte="base64")
    files = [("01-kymatias-tilefoniki-synentefxi.eml", eml)]
    label = lab([iv("Kymatias Shipping Management", "Operations Analyst (Dry Cargo)", start, end, "scheduled",
                    [maria[1]], [maria[1]], "phone_screen")],
                "medium", "positive/greek-relative-date",
                "Greek HR e-mail only (base64 body, Date header in UTC): 'αύριο στις 11:00 (ώρα Ελλάδος)' "
                "resolved against Tue 15 Sep 16:42 Athens -> Wed 16 Sep 11:00 EEST; 'περίπου μισή ώρα' -> 30 min. "
                "The HR manager makes the call herself, so she is the interviewer.")
    return slug, files, label


def case02():
    slug = "b227-02-workable-ics-hiring-manager"
    sent = at(2026, 9, 21, 12, 15, ATH, 4)
    start = off(at(2026, 10, 1, 10, 0, ATH), "+03:00")
    end = start + timedelta(minutes=45)
    dname = day(start, "Thursday")
    sofia = ("Sofia Lambrou", "s.lambrou@argonaut-drybulk.example")
    vlachos = ("Capt. Nikolaos Vlachos", "n.vlachos@argonaut-drybulk.example")
    text = f"""Hi Katerina,

Thank you for your interest in the Chartering & Operations Analyst position at Argonaut Dry Bulk. We would like to invite you to an interview.

Interview details
Date: {dname}, October 1, 2026
Time: 10:00 - 10:45 (GMT+03:00) Athens
Location: Microsoft Teams (the link is in the calendar invitation)
Interviewer: Capt. Nikolaos Vlachos, Operations Manager

A calendar invitation is attached to this email. If you need to reschedule, simply reply to this email and we will get back to you.

Best regards,
Sofia Lambrou
Talent Acquisition
Argonaut Dry Bulk

--
Powered by Workable
You are receiving this email because you applied for a job at Argonaut Dry Bulk.
"""
    uid = f"{uuid_(slug + 'uid')}@workable.com"
    teams_txt, teams_url = teams_block(slug)
    ev = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{ics_utc(sent)}",
          f"DTSTART;TZID=Europe/Athens:{ics_loc(start)}", f"DTEND;TZID=Europe/Athens:{ics_loc(end)}",
          "SUMMARY:Interview: Katerina Douka - Chartering & Operations Analyst (Argonaut Dry Bulk)",
          esc_line("DESCRIPTION", f"Interview with Capt. Nikolaos Vlachos (Operations Manager).\n"
                                  f"Join Microsoft Teams meeting: {teams_url}\nScheduled by Sofia Lambrou via Workable."),
          f"LOCATION:Microsoft Teams",
          f"ORGANIZER;CN={sofia[0]}:mailto:{sofia[1]}",
          attendee(vlachos[0], vlachos[1], partstat="ACCEPTED", rsvp="FALSE"),
          attendee(OWNER_EN, OWNER),
          "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT"]
    ics = vcal("-//Workable//Interview Scheduler//EN", ev, tz=[TZ_ATHENS], extra=["CALSCALE:GREGORIAN"])
    eml = ats_mail(seed=slug, date=sent.astimezone(UTC),
                   frm=A("Argonaut Dry Bulk", "noreply@candidates.workablemail.com"),
                   reply_to=A("Argonaut Dry Bulk", f"argonaut-dry-bulk+{hx(slug + 'rt', 12)}@candidates.workablemail.com"),
                   subject="Interview invitation: Chartering & Operations Analyst at Argonaut Dry Bulk",
                   text=text, html_body=ats_html(text, "Argonaut Dry Bulk"), ics=ics,
                   msgid=f"<{uuid_(slug + 'mid')}@candidates.workablemail.com>",
                   return_path=f"bounces+{hx(slug + 'rp', 10)}@candidates.workablemail.com",
                   host=WORKABLE_HOST[0], ip=WORKABLE_HOST[1])
    files = [("01-workable-interview-invitation.eml", eml)]
    label = lab([iv("Argonaut Dry Bulk", "Chartering & Operations Analyst", start, end, "scheduled",
                    [vlachos[1]], [vlachos[1]], "hiring_manager")],
                "easy", "positive/ats-workable-ics",
                "Workable invitation with invite.ics (TZID Europe/Athens + VTIMEZONE). Reply-To is a Workable relay "
                "address (not a follow-up recipient); the recruiter only schedules; the Operations Manager "
                "(ATTENDEE in the .ics) interviews.")
    return slug, files, label


def esc_line(prop, value):
    return f"{prop}:{esc(value)}"


def case03():
    slug = "b227-03-limassol-teams-two-rounds"
    andreas = ("Andreas Christodoulou", "a.christodoulou@troodos-marine.example")
    eleni = ("Eleni Hadjipetrou", "e.hadjipetrou@troodos-marine.example")
    costas = ("Costas Ioannou", "c.ioannou@troodos-marine.example")
    sig = ("Kind regards,\nAndreas Christodoulou\nHR Business Partner\nTroodos Marine Management Ltd\n"
           "Troodos House, 3036 Limassol, Cyprus\nT: +357 25 555 014\n")
    # round 1
    sent1 = at(2026, 9, 30, 10, 48, NIC, 21)
    s1 = off(at(2026, 10, 6, 9, 30, NIC), "+03:00")
    e1 = s1 + timedelta(minutes=45)
    d1 = day(s1, "Tuesday")
    body1 = f"""Dear Katerina,

Thank you for your application for the Marine Operations Analyst position at Troodos Marine Management. As a first step I would like to have an introductory conversation with you over Teams - about 45 minutes on your background, your current role and what you are looking for in your next move.

All times in this invitation are Cyprus time, which is the same as Athens time.

{sig}"""
    eml1, _ = exchange_invite(seed=slug + "r1", date=sent1.astimezone(UTC), org=andreas, to=A(OWNER_EN, OWNER),
                              subject="Troodos Marine - Introductory interview (Marine Operations Analyst)",
                              when=f"{d1}, 6 October 2026 09:30-10:15 (UTC+02:00) Athens, Bucharest",
                              where="Microsoft Teams Meeting", body=body1, tzblock=TZ_GTB, tzid="GTB Standard Time",
                              start=s1, end=e1, lang="en-GB",
                              attendees=[(OWNER_EN, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    # invitation to second round (plain mail)
    sent2 = at(2026, 10, 7, 14, 5, NIC, 47)
    s2 = off(at(2026, 10, 29, 11, 0, NIC), "+02:00")
    e2 = s2 + timedelta(hours=1)
    d2 = day(s2, "Thursday")
    body2 = f"""Dear Katerina,

Thank you for your time yesterday, I really enjoyed our conversation.

I am pleased to let you know that we would like to invite you to a second interview with Eleni Hadjipetrou, our Fleet Operations Director, and Costas Ioannou, Marine Superintendent. It will take about an hour and will include a short case discussion on a port rotation and bunkering plan for one of our Supramaxes.

Eleni's diary is very full until the end of the month, so I have booked {d2} 29 October at 11:00 Cyprus time. You will receive the Teams invitation from me in a few minutes. I will not join this call myself, but please come back to me with any questions.

{sig}"""
    eml2 = outlook_mail(seed=slug + "m2", date=sent2.astimezone(UTC), frm=andreas, to=A(OWNER_EN, OWNER),
                        subject="Marine Operations Analyst - second interview", body=body2, lang="en-GB")
    sent3 = at(2026, 10, 7, 14, 20, NIC, 5)
    body3 = f"""Dear Katerina,

As mentioned, please find below the invitation for your second interview with Eleni Hadjipetrou (Fleet Operations Director) and Costas Ioannou (Marine Superintendent).

Please note the clocks go back on 25 October, so the meeting is at 11:00 Cyprus/Athens winter time.

{sig}"""
    eml3, _ = exchange_invite(seed=slug + "r2", date=sent3.astimezone(UTC), org=andreas,
                              to=", ".join([A(OWNER_EN, OWNER), A(*eleni), A(*costas)]),
                              subject="Troodos Marine - Second interview (Marine Operations Analyst)",
                              when=f"{d2}, 29 October 2026 11:00-12:00 (UTC+02:00) Athens, Bucharest",
                              where="Microsoft Teams Meeting", body=body3, tzblock=TZ_GTB, tzid="GTB Standard Time",
                              start=s2, end=e2, lang="en-GB",
                              attendees=[(OWNER_EN, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                         (eleni[0], eleni[1], "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                         (costas[0], costas[1], "REQ-PARTICIPANT", "NEEDS-ACTION")])
    files = [("01-teams-invite-first-round.eml", eml1), ("02-second-interview-invitation.eml", eml2),
             ("03-teams-invite-second-round.eml", eml3)]
    label = lab([iv("Troodos Marine Management", "Marine Operations Analyst", s1, e1, "scheduled",
                    [andreas[1]], [andreas[1]], "phone_screen"),
                 iv("Troodos Marine Management", "Marine Operations Analyst", s2, e2, "scheduled",
                    [eleni[1], costas[1]], [eleni[1], costas[1]], "onsite")],
                "hard", "positive/two-interviews",
                "Two Teams invites from a Limassol ship manager with TZID 'GTB Standard Time' and the display label "
                "'(UTC+02:00) Athens, Bucharest'. Round 1 (HR screen, organiser conducts it) is on 6 Oct in EEST "
                "(+03:00) although the label says UTC+02:00; round 2 is booked on 7 Oct for 29 Oct, after the "
                "25 Oct DST end (+02:00). Round 2 is a two-person panel (kind onsite); the HR organiser states he "
                "will not join, so he is not an interviewer there.")
    return slug, files, label


def case04():
    slug = "b227-04-london-broker-outlook-bst"
    james = ("James Pettigrew", "j.pettigrew@benbow-fairlie.example")
    sent = at(2026, 10, 8, 14, 2, LON, 11)
    start = off(at(2026, 10, 14, 15, 0, LON), "+01:00")
    end = start + timedelta(hours=1)
    dn = day(start, "Wednesday")
    ath = start.astimezone(ATH)
    assert ath.hour == 17
    body = f"""Hi Katerina,

Thanks for sending your CV over via Laura. As promised, here's a slot for a proper conversation about the Post-Fixture Operations Analyst role on our dry cargo desk. It'll just be me - we'll go through a couple of recent voyages you've handled (laytime, claims, the usual fun) and I'll tell you a bit more about how the desk works.

3pm London should be {ath.hour - 12}pm for you in Athens - shout if that's a problem.

Best,
James

James Pettigrew
Director, Dry Cargo Operations
Benbow Fairlie Chartering Ltd
12 Leadenhall Walk, London EC3V
M: +44 7700 900412
"""
    eml, _ = exchange_invite(seed=slug, date=sent.astimezone(UTC), org=james, to=A(OWNER_EN, OWNER),
                             subject="Katerina Douka / Benbow Fairlie - Post-Fixture Operations Analyst",
                             when=f"{dn}, 14 October 2026 15:00-16:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London",
                             where="Microsoft Teams Meeting", body=body, tzblock=TZ_GMTSTD, tzid="GMT Standard Time",
                             start=start, end=end, lang="en-GB",
                             attendees=[(OWNER_EN, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    files = [("01-outlook-invite-benbow-fairlie.eml", eml)]
    label = lab([iv("Benbow Fairlie Chartering", "Post-Fixture Operations Analyst", start, end, "scheduled",
                    [james[1]], [james[1]], "hiring_manager")],
                "medium", "positive/exchange-windows-tzid-london",
                "London broker's Outlook/Teams invite with TZID 'GMT Standard Time' and label '(UTC+00:00) Dublin, "
                "Edinburgh, Lisbon, London'; 14 Oct is still BST, so 15:00 London = +01:00 (17:00 Athens, as the "
                "body says). The organiser is the desk director and conducts the interview alone.")
    return slug, files, label


def case05():
    slug = "b227-05-teamtailor-reschedule-across-dst"
    rebecca = ("Rebecca Vane", "r.vane@harcourt-lyle.example")
    tom = ("Tom Ashby", "t.ashby@harcourt-lyle.example")
    uid = f"interview-{hx(slug + 'uid', 20)}@teamtailor.com"
    s1 = off(at(2026, 10, 22, 14, 0, LON), "+01:00")
    s2 = off(at(2026, 10, 27, 14, 0, LON), "+00:00")
    d1, d2 = day(s1, "Thursday"), day(s2, "Tuesday")
    assert s1.astimezone(ATH).hour == 16 and s2.astimezone(ATH).hour == 16

    def tt_ics(start, seq, stamp):
        ev = ["BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{ics_utc(stamp)}",
              f"DTSTART;TZID=Europe/London:{ics_loc(start)}",
              f"DTEND;TZID=Europe/London:{ics_loc(start + timedelta(minutes=45))}",
              "SUMMARY:Interview: Katerina Douka / Tanker Operations Analyst - Harcourt & Lyle",
              esc_line("DESCRIPTION", "Interview with Rebecca Vane (Head of Tanker Operations).\n"
                                      f"Microsoft Teams: {teams_block(slug)[1]}"),
              "LOCATION:Microsoft Teams",
              f"ORGANIZER;CN={tom[0]}:mailto:{tom[1]}",
              attendee(rebecca[0], rebecca[1], partstat="ACCEPTED", rsvp="FALSE"),
              attendee(OWNER_EN, OWNER),
              "STATUS:CONFIRMED", "END:VEVENT"]
        return vcal("-//Teamtailor//Interview//EN", ev, tz=[TZ_LONDON])

    sent1 = at(2026, 10, 9, 11, 31, LON, 40)
    text1 = f"""Hi Katerina,

Your interview for the position Tanker Operations Analyst at Harcourt & Lyle Shipbroking is confirmed.

{d1} 22 October 2026
14:00 - 14:45 (Europe/London)

Interviewer: Rebecca Vane, Head of Tanker Operations
Where: Microsoft Teams - the link is in the attached calendar invitation

If you need to reschedule, please contact Tom Ashby at {tom[1]}.

Kind regards,
Harcourt & Lyle Shipbroking

Sent with Teamtailor
"""
    reply_relay = A("Harcourt & Lyle", f"reply+{hx(slug + 'relay', 16)}@teamtailor-mail.com")
    eml1 = ats_mail(seed=slug + "1", date=sent1.astimezone(UTC), frm=A("Harcourt & Lyle", "no-reply@teamtailor.com"),
                    reply_to=reply_relay, subject="Interview confirmed: Tanker Operations Analyst",
                    text=text1, html_body=ats_html(text1, "Harcourt & Lyle Shipbroking", "#0b2545"),
                    ics=tt_ics(s1, 0, sent1), msgid=f"<{uuid_(slug + 'm1')}@teamtailor-mail.com>",
                    return_path=f"bounce-{hx(slug + 'rp1', 10)}@teamtailor-mail.com",
                    host=TEAMTAILOR_HOST[0], ip=TEAMTAILOR_HOST[1])
    sent2 = at(2026, 10, 19, 8, 47, LON, 3)
    body2 = f"""Hi Katerina,

I'm really sorry to do this, but I've been pulled into a casualty response for one of our owners and {d1} afternoon is now impossible.

Could we do {d2} 27th instead, still at 2pm London? The clocks go back both here and in Greece on Sunday, so it will still be 4pm for you. Tom will send over an updated invitation through our system.

Apologies again, and looking forward to speaking.

Rebecca

Rebecca Vane
Head of Tanker Operations
Harcourt & Lyle Shipbroking Ltd
T: +44 20 7946 0815
"""
    eml2 = outlook_mail(seed=slug + "2", date=sent2.astimezone(UTC), frm=rebecca, to=A(OWNER_EN, OWNER),
                        cc=A(*tom), subject=f"{d1}'s interview - could we move it?", body=body2, lang="en-GB")
    sent3 = at(2026, 10, 19, 11, 12, LON, 55)
    text3 = f"""Hi Katerina,

Your interview for the position Tanker Operations Analyst at Harcourt & Lyle Shipbroking has been rescheduled.

New time:
{d2} 27 October 2026
14:00 - 14:45 (Europe/London)

Previous time: {d1} 22 October 2026, 14:00 - 14:45 (Europe/London)

Interviewer: Rebecca Vane, Head of Tanker Operations
Where: Microsoft Teams - the link is in the attached calendar invitation

Kind regards,
Harcourt & Lyle Shipbroking

Sent with Teamtailor
"""
    eml3 = ats_mail(seed=slug + "3", date=sent3.astimezone(UTC), frm=A("Harcourt & Lyle", "no-reply@teamtailor.com"),
                    reply_to=reply_relay, subject="Interview rescheduled: Tanker Operations Analyst",
                    text=text3, html_body=ats_html(text3, "Harcourt & Lyle Shipbroking", "#0b2545"),
                    ics=tt_ics(s2, 1, sent3), msgid=f"<{uuid_(slug + 'm3')}@teamtailor-mail.com>",
                    return_path=f"bounce-{hx(slug + 'rp3', 10)}@teamtailor-mail.com",
                    host=TEAMTAILOR_HOST[0], ip=TEAMTAILOR_HOST[1])
    files = [("01-teamtailor-interview-confirmed.eml", eml1), ("02-rebecca-can-we-move.eml", eml2),
             ("03-teamtailor-interview-rescheduled.eml", eml3)]
    label = lab([iv("Harcourt & Lyle Shipbroking", "Tanker Operations Analyst", s2, s2 + timedelta(minutes=45),
                    "scheduled", [rebecca[1]], [rebecca[1]], "hiring_manager")],
                "hard", "positive/reschedule-ats-dst",
                "Teamtailor booking (Europe/London, SEQUENCE 0) for Thu 22 Oct 14:00 BST, moved by the interviewer's "
                "own e-mail and a SEQUENCE 1 update (same UID) to Tue 27 Oct 14:00 GMT (+00:00) after the 25 Oct "
                "clock change. One interview at the final time. Reply-To is a Teamtailor relay; Tom only schedules.")
    return slug, files, label


def case06():
    slug = "b227-06-piraeus-onsite-vessel-visit"
    georgia = ("Γεωργία Παπαδάκη", "g.papadaki@mylos-navigation.example")
    georgia_en = ("Georgia Papadaki", georgia[1])
    dimitris = ("Δημήτρης Καλογερόπουλος", "d.kalogeropoulos@mylos-navigation.example")
    alex = ("Αλέξανδρος Μυλωνάς", "a.mylonas@mylos-navigation.example")
    sent = at(2026, 11, 5, 15, 20, ATH, 12)
    d0 = at(2026, 11, 11, 0, 0, ATH)
    dn = day(d0, "Τετάρτη")
    start = off(d0.replace(hour=9, minute=30), "+02:00")
    end = d0.replace(hour=14, minute=45)
    body = f"""Αγαπητή κυρία Δούκα,

Σας ευχαριστούμε που αποδεχτήκατε την πρόσκλησή μας για τη θέση Fleet Operations Analyst. Παρακάτω θα βρείτε το πρόγραμμα της ημέρας της συνέντευξης, την {dn} 11 Νοεμβρίου:

09:30 - 10:30  Συνέντευξη με τον κ. Δημήτρη Καλογερόπουλο, Operations Director (γραφεία μας, Ακτή Μιαούλη 85, Πειραιάς)
10:45 - 12:45  Επίσκεψη στο m/v Mylos Star (Supramax, 58.000 dwt) στη Ναυπηγοεπισκευαστική Ζώνη Περάματος, με τον Superintendent Engineer μας - η μεταφορά γίνεται με εταιρικό αυτοκίνητο
13:00 - 13:45  Ελαφρύ γεύμα με την ομάδα Operations
14:00 - 14:45  Τελική συνέντευξη με τον Διευθύνοντα Σύμβουλο κ. Αλέξανδρο Μυλωνά

Για την επίσκεψη στο πλοίο: παρακαλούμε φορέστε κλειστά παπούτσια (ιδανικά παπούτσια ασφαλείας) και άνετα ρούχα. Κράνος και γιλέκο θα σας δοθούν επί τόπου. Χρειάζεστε αστυνομική ταυτότητα ή διαβατήριο για την είσοδο στη ζώνη.

Κοινοποιώ τον κ. Καλογερόπουλο και τον κ. Μυλωνά. Θα σας στείλω και πρόσκληση ημερολογίου για όλη την ημέρα.

Με εκτίμηση,
Γεωργία Παπαδάκη
HR Coordinator
Mylos Navigation S.A.
Ακτή Μιαούλη 85, 185 38 Πειραιάς
T: +30 210 555 0177
"""
    eml1 = gmail_mail(seed=slug + "1", date=sent, frm=georgia, to=A(OWNER_GR, OWNER),
                      cc=", ".join([A(*dimitris), A(*alex)]),
                      subject="Πρόγραμμα συνέντευξης 11/11 - Fleet Operations Analyst", body=body)
    sent2 = at(2026, 11, 5, 15, 24, ATH, 10)
    title = "Onsite interview - K. Douka - Fleet Operations Analyst"
    desc = ("Interview day incl. vessel visit (m/v Mylos Star, Perama shipyard zone). Full itinerary in my e-mail "
            "of today. Closed / safety shoes for the ship visit please.\n\nGeorgia Papadaki, HR Coordinator")
    eml2 = google_invite(seed=slug + "2", date=sent2.astimezone(UTC), org=georgia_en,
                         guests=[(georgia_en[0], georgia[1], "ACCEPTED"),
                                 ("Dimitris Kalogeropoulos", dimitris[1], "ACCEPTED"),
                                 ("Alexandros Mylonas", alex[1], "NEEDS-ACTION"),
                                 ("", OWNER, "NEEDS-ACTION")],
                         subject=f"Invitation: {title} @ Wed Nov 11, 2026 9:30am - 2:45pm (EET) ({OWNER})",
                         title=title, when_line=f"{day(d0, 'Wednesday')} Nov 11, 2026 ⋅ 9:30am – 2:45pm",
                         tz_line="Eastern European Time - Athens", description=desc, start=start, end=end,
                         uid=f"{hx(slug + 'uid', 26)}@google.com",
                         loc="Mylos Navigation S.A., Akti Miaouli 85, Piraeus 185 38, Greece", meet=False)
    files = [("01-programma-synentefxis.eml", eml1), ("02-google-invite-onsite-day.eml", eml2)]
    label = lab([iv("Mylos Navigation", "Fleet Operations Analyst", start, end, "scheduled",
                    [dimitris[1], alex[1]], [dimitris[1], alex[1]], "onsite")],
                "hard", "positive/onsite-vessel-visit",
                "Greek itinerary e-mail (Cc both interviewers) plus a Google invite covering the whole day: one onsite "
                "from the first session (09:30) to the end of the final interview (14:45), EET +02:00 after DST end. "
                "The vessel visit and lunch sit inside the day; the superintendent has no address, the HR "
                "coordinator only schedules.")
    return slug, files, label


def case07():
    slug = "b227-07-google-invite-cancelled-greek"
    ioanna = ("Ιωάννα Ρούσου", "i.rousou@aigaion-sm.example")
    petros = ("Πέτρος Ζερβάς", "p.zervas@aigaion-sm.example")
    start = off(at(2026, 10, 8, 12, 0, ATH), "+03:00")
    end = start + timedelta(hours=1)
    dn = day(start, "Πέμπτη")
    uid = f"{hx(slug + 'uid', 26)}@google.com"
    title = "Συνέντευξη – Operations Analyst (Κ. Δούκα)"
    desc = ("Συνέντευξη με τον κ. Πέτρο Ζερβά, Operations Manager της Aigaion Ship Management, για τη θέση "
            "Operations Analyst.\nΕγώ έχω αναλάβει μόνο τον συντονισμό και δεν θα συμμετάσχω.\n\n"
            "Ιωάννα Ρούσου\nHR, Aigaion Ship Management")
    when_line = f"{dn} 8 {GR_MONTHS[9]} 2026 ⋅ 12:00μ.μ. – 1:00μ.μ."
    subj_when = "Πέμ 8 Οκτ 2026 12μ.μ. - 1μ.μ. (EEST)"
    guests = [(ioanna[0], ioanna[1], "ACCEPTED"), (petros[0], petros[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")]
    sent1 = at(2026, 10, 1, 11, 10, ATH, 33)
    eml1 = google_invite(seed=slug + "1", date=sent1.astimezone(UTC), org=ioanna, guests=guests,
                         subject=f"Πρόσκληση: {title} @ {subj_when} ({OWNER})", title=title, when_line=when_line,
                         tz_line="Ώρα Ανατολικής Ευρώπης - Αθήνα", description=desc, start=start, end=end, uid=uid,
                         lang=GCAL_EL)
    sent2 = at(2026, 10, 6, 17, 32, ATH, 8)
    body2 = f"""Καλησπέρα σας κυρία Δούκα,

Λυπάμαι πολύ, αλλά θα πρέπει να ακυρώσουμε τη συνέντευξη της {dn}ς με τον κ. Ζερβά. Η θέση τελικά καλύφθηκε εσωτερικά, με μετακίνηση συναδέλφου από το τμήμα Chartering.

Θα κρατήσουμε το βιογραφικό σας στο αρχείο μας και θα επικοινωνήσουμε μαζί σας αν ανοίξει αντίστοιχη θέση. Σε λίγο θα λάβετε και την ακύρωση από το ημερολόγιο.

Σας ευχαριστούμε για την κατανόηση.

Με εκτίμηση,
Ιωάννα Ρούσου
Τμήμα Ανθρώπινου Δυναμικού
Aigaion Ship Management
"""
    eml2 = gmail_mail(seed=slug + "2", date=sent2, frm=ioanna, to=A(OWNER_GR, OWNER), cc=A(*petros),
                      subject=f"Ακύρωση συνέντευξης {dn}ς - Operations Analyst", body=body2)
    sent3 = at(2026, 10, 6, 17, 35, ATH, 41)
    eml3 = google_invite(seed=slug + "3", date=sent3.astimezone(UTC), org=ioanna, guests=guests,
                         subject=f"Ακυρωμένη εκδήλωση: {title} @ {subj_when} ({OWNER})", title=title,
                         when_line=when_line, tz_line="Ώρα Ανατολικής Ευρώπης - Αθήνα", description=desc,
                         start=start, end=end, uid=uid, method="CANCEL", seq=1, lang=GCAL_EL,
                         created=sent1.astimezone(UTC))
    files = [("01-google-prosklisi.eml", eml1), ("02-akyrosi-synentefxis.eml", eml2),
             ("03-google-akyromeni-ekdilosi.eml", eml3)]
    label = lab([iv("Aigaion Ship Management", "Operations Analyst", start, end, "cancelled",
                    [petros[1]], [petros[1]], "hiring_manager")],
                "medium", "positive/cancellation-greek",
                "Greek-locale Google invite (UTC DTSTART, 09:00Z = 12:00 EEST), then a Greek e-mail cancelling "
                "'τη συνέντευξη της Πέμπτης' (position filled internally) and a METHOD:CANCEL, SEQUENCE 1 notice. "
                "Kept as cancelled at the last scheduled time. The HR organiser says she only coordinates.")
    return slug, files, label


def case08():
    slug = "b227-08-greek-thread-thursday-after-dst"
    nikos = ("Νίκος Καρράς", "n.karras@sterna-maritime.example")
    anna = ("Άννα Βλάχου", "a.vlachou@sterna-maritime.example")
    sent1 = off(at(2026, 10, 23, 10, 5, ATH, 17), "+03:00")
    day(sent1, "Παρασκευή")
    owner_sent = at(2026, 10, 24, 11, 2, ATH, 40)
    sent2 = off(at(2026, 10, 26, 9, 14, ATH, 2), "+02:00")
    day(sent2, "Δευτέρα")
    # "την Πέμπτη" in a Monday 26 Oct mail = the coming Thursday
    start = sent2.replace(hour=12, minute=30, second=0) + timedelta(days=3)
    day(start, "Πέμπτη")
    off(start, "+02:00")
    end = start + timedelta(hours=1)
    tue = sent1 + timedelta(days=4)
    day(tue, "Τρίτη")
    sig = ("Με εκτίμηση,\nΝίκος Καρράς\nHuman Resources\nSterna Maritime S.A.\nΑκτή Μιαούλη 47, 185 36 Πειραιάς\n"
           "T: +30 210 555 0190\n")
    subj = "Θέση Voyage Operations Executive - Sterna Maritime"
    body1 = f"""Κυρία Δούκα, καλημέρα σας,

Σε συνέχεια της αίτησής σας για τη θέση Voyage Operations Executive, θα θέλαμε να σας γνωρίσουμε από κοντά στα γραφεία μας στον Πειραιά.

Την ερχόμενη εβδομάδα μπορούμε την Τρίτη στις 10:00 ή την Πέμπτη στις 12:30. Ποια από τις δύο σας εξυπηρετεί;

{sig}"""
    mid1 = outlook_mid(slug + "1")
    eml1 = outlook_mail(seed=slug + "1", date=sent1.astimezone(UTC), frm=nikos, to=A(OWNER_GR, OWNER),
                        subject=subj, body=body1, lang="el-GR")
    owner_mid = f"<{uuid_(slug + 'owner')}@example.com>"
    owner_body = ("Καλημέρα σας κύριε Καρρά,\n\nΣας ευχαριστώ πολύ για την πρόσκληση. Η Πέμπτη στις 12:30 με "
                  "εξυπηρετεί ιδανικά.\n\nΜε εκτίμηση,\nΚατερίνα Δούκα\n")
    body2 = f"""Κυρία Δούκα,

Τέλεια, σας περιμένουμε την Πέμπτη στις 12:30 στα γραφεία μας (Ακτή Μιαούλη 47, 3ος όροφος). Τη συνάντηση θα κάνουμε εγώ και η Chartering Manager κα Άννα Βλάχου, την οποία κοινοποιώ. Υπολογίστε περίπου μία ώρα.

Για οποιαδήποτε αλλαγή μπορείτε να με καλέσετε στο +30 210 555 0190.

{sig}
Από: {OWNER_GR} <{OWNER}>
Στάλθηκε: Σάββατο, 24 Οκτωβρίου 2026 11:02 πμ
Προς: {nikos[0]} <{nikos[1]}>
Θέμα: Re: {subj}

{owner_body}
Από: {nikos[0]} <{nikos[1]}>
Στάλθηκε: Παρασκευή, 23 Οκτωβρίου 2026 10:05 πμ
Προς: {OWNER_GR} <{OWNER}>
Θέμα: {subj}

{body1}"""
    day(owner_sent, "Σάββατο")
    eml2 = outlook_mail(seed=slug + "2", date=sent2.astimezone(UTC), frm=nikos, to=A(OWNER_GR, OWNER),
                        cc=A(*anna), subject="RE: " + subj, body=body2, lang="el-GR",
                        irt=owner_mid, refs=[mid1, owner_mid])
    files = [("01-protasi-imerominias.eml", eml1), ("02-epivevaiosi-pempti.eml", eml2)]
    label = lab([iv("Sterna Maritime", "Voyage Operations Executive", start, end, "scheduled",
                    [nikos[1], anna[1]], [nikos[1], anna[1]], "onsite")],
                "hard", "positive/thread-propose-confirm-greek",
                "Greek thread: HR proposes 'Τρίτη στις 10:00 ή Πέμπτη στις 12:30' on Fri 23 Oct (EEST); the "
                "candidate's choice is only quoted; HR confirms 'την Πέμπτη στις 12:30' on Mon 26 Oct (now EET) "
                "-> Thu 29 Oct 12:30 +02:00, 'περίπου μία ώρα'. In person with HR + Chartering Manager "
                "(two interviewers -> onsite). The Tuesday slot is a distractor.")
    return slug, files, label


def gcal_event(*, seed, summary, description, organizer, attendees, start, end, tzname, created, updated,
               ical_uid=None, meet=True, location=None):
    """Google Calendar API v3 Event resource. attendees: [(name, addr, responseStatus, is_self)]"""
    eid = hx(seed + "id", 26)
    ev = {"kind": "calendar#event", "etag": f'"{int(hx(seed + "etag", 13), 16)}"', "id": eid,
          "status": "confirmed",
          "htmlLink": "https://www.google.com/calendar/event?eid="
                      + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
          "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(hx(seed, 3), 16) % 1000:03d}Z",
          "summary": summary, "description": description}
    if location:
        ev["location"] = location
    ev["creator"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["start"] = {"dateTime": start.isoformat()}
    ev["end"] = {"dateTime": end.isoformat()}
    if tzname:
        ev["start"]["timeZone"] = tzname
        ev["end"]["timeZone"] = tzname
    ev["iCalUID"] = ical_uid or f"{eid}@google.com"
    ev["sequence"] = 0
    att = []
    for n, a, rs, me in attendees:
        d = {"email": a}
        if n:
            d["displayName"] = n
        if a == organizer[1]:
            d["organizer"] = True
        if me:
            d["self"] = True
        d["responseStatus"] = rs
        att.append(d)
    ev["attendees"] = att
    if meet:
        code = "-".join([hx(seed + "a", 3).translate(str.maketrans("0123456789", "abcdefghij")),
                         hx(seed + "b", 4).translate(str.maketrans("0123456789", "klmnopqrst")),
                         hx(seed + "c", 3).translate(str.maketrans("0123456789", "uvwxyzabcd"))])
        ev["hangoutLink"] = f"https://meet.google.com/{code}"
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{code}",
                             "label": f"meet.google.com/{code}"},
                            {"entryPointType": "phone", "uri": "tel:+30-21-0555-0000",
                             "label": "+30 21 0555 0000", "pin": str(int(hx(seed + "pin", 8), 16) % 10 ** 9),
                             "regionCode": "GR"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": code}
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


def case09():
    slug = "b227-09-gcal-json-salamis"
    vasiliki = ("Βασιλική Τσακίρη", "v.tsakiri@salamis-bulkers.example")
    rigas = ("Παναγιώτης Ρήγας", "p.rigas@salamis-bulkers.example")
    start = off(at(2026, 11, 3, 16, 0, ATH), "+02:00")
    day(start, "Tuesday")
    end = start + timedelta(minutes=40)
    js = gcal_event(seed=slug, summary="Συνέντευξη: Κατερίνα Δούκα – Commercial Operations Analyst (Salamis Bulkers)",
                    description="Βιντεοκλήση με τον κ. Παναγιώτη Ρήγα (Head of Operations) για τη θέση Commercial "
                                "Operations Analyst.\nΔιοργάνωση: Βασιλική Τσακίρη, HR - για οποιαδήποτε αλλαγή "
                                "στείλτε μου e-mail.",
                    organizer=vasiliki,
                    attendees=[(vasiliki[0], vasiliki[1], "accepted", False), (rigas[0], rigas[1], "accepted", False),
                               (OWNER_GR, OWNER, "accepted", True)],
                    start=start, end=end, tzname="Europe/Athens",
                    created=at(2026, 10, 27, 11, 41, ATH, 12), updated=at(2026, 10, 27, 14, 3, ATH, 50))
    files = [("01-salamis-bulkers-synentefxi.gcal.json", js)]
    label = lab([iv("Salamis Bulkers", "Commercial Operations Analyst", start, end, "scheduled",
                    [rigas[1]], [rigas[1]], "hiring_manager")],
                "easy", "positive/gcal-json-only",
                "Only a Calendar API event (Greek summary/description), dateTime already +02:00 (EET, after DST end). "
                "HR organiser is attendee but only organises; the Head of Operations interviews.")
    return slug, files, label


def case10():
    slug = "b227-10-agency-forward-no-interviewer-emails"
    fiona = ("Fiona Maclean", "fiona.maclean@seaborne-talent.example")
    hannah = ("Hannah Royce", "h.royce@whitcombe-tankers.example")
    sent = off(at(2026, 11, 2, 9, 12, LON, 36), "+00:00")
    start = off(at(2026, 11, 5, 14, 0, LON), "+00:00")
    end = start + timedelta(hours=1)
    dn = day(start, "Thursday")
    assert start.astimezone(ATH).hour == 16
    orig = at(2026, 10, 30, 17, 41, LON)
    day(orig, "Friday")
    body = f"""Hi Katerina,

Great news - Whitcombe would like to go ahead with a first interview for the Operations Executive (Clean Tankers) role. Hannah's confirmation is below: {dn} at 14:00 UK time, which is 16:00 for you in Athens, by video with Mark Ellery, their Head of Operations. Hannah will send the Teams link closer to the time, or I'll forward it as soon as I have it.

Do have a look at their fleet list before the call - mostly MR product tankers trading Med/Baltic. Give me a ring if you want to run through anything beforehand.

Best,
Fiona

Fiona Maclean
Senior Consultant - Shipping Operations
Seaborne Talent Partners
M: +44 7700 900233

________________________________
From: {hannah[0]} <{hannah[1]}>
Sent: Friday, October 30, 2026 5:41 PM
To: {fiona[0]} <{fiona[1]}>
Subject: Interview - Katerina Douka - Operations Executive (Clean Tankers)

Hi Fiona,

Thanks for sending Katerina's CV through. Mark Ellery (Head of Operations) would like to meet her by video on {dn} 5 November, 14:00-15:00 GMT. I'll send the Teams link closer to the time.

Kind regards,
Hannah

Hannah Royce
HR Advisor | Whitcombe Tanker Chartering
"""
    eml = outlook_mail(seed=slug, date=sent, frm=fiona, to=A(OWNER_EN, OWNER),
                       subject="FW: Interview - Katerina Douka - Operations Executive (Clean Tankers)",
                       body=body, lang="en-GB")
    files = [("01-fw-interview-whitcombe.eml", eml)]
    label = lab([iv("Whitcombe Tanker Chartering", "Operations Executive (Clean Tankers)", start, end, "scheduled",
                    [], [fiona[1]], "hiring_manager")],
                "hard", "positive/agency-forward",
                "London recruitment agency forwards the client's confirmation: Thu 5 Nov 14:00-15:00 GMT (+00:00, "
                "16:00 Athens). The interviewer is named without an address, so follow-up goes to the agency "
                "consultant who corresponds with the candidate (the client's HR address only appears in the "
                "forwarded header, written to the consultant).")
    return slug, files, label


def iphone_mail(*, seed, date, frm, to, subject, body, irt=None, refs=None, mailer="Apple Mail (2.3776.700.51)",
                mime_ver="1.0 (Mac OS X Mail 16.0 \\(3776.700.51\\))"):
    name, addr = frm
    hdr = headers(date=date, frm=A(name, addr), to=to, subject=subject,
                  msgid=f"<{uuid_(seed).upper()}@gresham-crane.example>", return_path=addr, irt=irt, refs=refs,
                  host="smtp.gresham-crane.example", ip="203.0.113.45", post=[f"X-Mailer: {mailer}"])
    part = leaf("text/plain; charset=utf-8", body, "quoted-printable")
    hdrs, b = part
    return "\n".join(hdr + [f"Mime-Version: {mime_ver}"] + hdrs) + "\n\n" + b


def case11():
    slug = "b227-11-london-call-tomorrow-london-time"
    charles = ("Charles Wemyss", "c.wemyss@gresham-crane.example")
    sent1 = at(2026, 9, 16, 12, 20, LON, 9)
    day(sent1, "Wednesday")
    start = off(sent1.replace(hour=10, minute=0, second=0) + timedelta(days=1), "+01:00")   # "tomorrow at 10 London time"
    day(start, "Thursday")
    assert start.astimezone(ATH).hour == 12
    body1 = """Dear Katerina,

Many thanks for your note and CV. Your post-fixture experience with a tanker manager is very much what we need on the dry cargo desk, where we are looking for a junior operator to support our two senior brokers.

Would you be free for a quick call tomorrow at 10 London time? Nothing formal - I'd like to hear about your current role and tell you a bit about how we work. I'll ring your mobile.

Best regards,

Charles

Charles Wemyss
Partner
Gresham Crane Shipbrokers
London
"""
    subj = "Junior Operator - dry cargo desk"
    mid1 = f"<{uuid_(slug + '1').upper()}@gresham-crane.example>"
    eml1 = iphone_mail(seed=slug + "1", date=sent1, frm=charles, to=A(OWNER_EN, OWNER), subject=subj, body=body1)
    owner_dt = at(2026, 9, 16, 12, 51, LON)
    owner_mid = f"<{uuid_(slug + 'owner')}@example.com>"
    quoted_owner = ("Dear Charles,\n\nThank you - yes, 10:00 UK time (12:00 in Athens) tomorrow works well for me. "
                    "My mobile is +30 69 5550 0147.\n\nBest regards,\nKaterina\n")
    sent2 = at(2026, 9, 16, 13, 5, LON, 44)
    q1 = "\n".join(("> " + ln) if ln else ">" for ln in quoted_owner.rstrip("\n").split("\n"))
    q2 = "\n".join((">> " + ln) if ln else ">>" for ln in body1.rstrip("\n").split("\n"))
    body2 = f"""Perfect - speak tomorrow at 10 (12 your time).

C.

Sent from my iPhone

> On 16 Sep 2026, at {owner_dt:%H:%M}, {OWNER_EN} <{OWNER}> wrote:
>
{q1}
>
>> On 16 Sep 2026, at {sent1:%H:%M}, {charles[0]} <{charles[1]}> wrote:
>>
{q2}
"""
    eml2 = iphone_mail(seed=slug + "2", date=sent2, frm=charles, to=A(OWNER_EN, OWNER), subject="Re: " + subj,
                       body=body2, irt=owner_mid, refs=[mid1, owner_mid], mailer="iPhone Mail (22A3354)",
                       mime_ver="1.0 (1.0)")
    files = [("01-quick-call-tomorrow.eml", eml1), ("02-re-quick-call.eml", eml2)]
    label = lab([iv("Gresham Crane Shipbrokers", "Junior Operator (dry cargo desk)", start, None, "scheduled",
                    [charles[1]], [charles[1]], "phone_screen")],
                "medium", "positive/thread-relative-london",
                "Apple Mail / iPhone thread with a London broker: 'tomorrow at 10 London time' on Wed 16 Sep "
                "(BST) -> Thu 17 Sep 10:00 +01:00 (12:00 Athens, as both sides say). No duration given -> end null. "
                "Informal partner call that is the first step of the hiring process.")
    return slug, files, label


def case12():
    slug = "b227-12-standalone-ics-akamas-gtb"
    maria = ("Maria Georgiou", "m.georgiou@akamas-ship.example")
    loizos = ("Loizos Panayiotou", "l.panayiotou@akamas-ship.example")
    start = off(at(2026, 11, 16, 10, 0, NIC), "+02:00")
    end = start + timedelta(hours=1)
    dn = day(start, "Monday")
    stamp = at(2026, 11, 4, 9, 26, NIC, 51)
    desc = f"""When: {dn}, 16 November 2026 10:00-11:00 (UTC+02:00) Athens, Bucharest
Where: Akamas Shipmanagement, 5th floor meeting room, Limassol

*~*~*~*~*~*~*~*~*~*

Dear Katerina,

This is to confirm your interview with Loizos Panayiotou, Marine Operations Manager, for the Crewing & Marine Operations Coordinator position. Please ask for me at reception; I will take you upstairs but will not sit in on the interview.

If you are flying in from Athens and need a confirmation letter for your employer, just let me know.

Best regards,
Maria Georgiou
HR Officer
Akamas Shipmanagement Ltd, Limassol
"""
    ev = ["BEGIN:VEVENT", f"ORGANIZER;CN={maria[0]}:mailto:{maria[1]}",
          attendee(OWNER_EN, OWNER), attendee(loizos[0], loizos[1], partstat="ACCEPTED"),
          f"DESCRIPTION;LANGUAGE=en-GB:{esc(desc)}",
          "UID:040000008200E00074C5B7101A82E00800000000" + HX(slug + "uid", 56),
          "SUMMARY;LANGUAGE=en-GB:Interview: Katerina Douka - Crewing & Marine Operations Coordinator",
          f"DTSTART;TZID=GTB Standard Time:{ics_loc(start)}", f"DTEND;TZID=GTB Standard Time:{ics_loc(end)}",
          "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ics_utc(stamp)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
          "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Akamas Shipmanagement\\, 5th floor meeting room\\, Limassol",
          "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
          "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
          "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
          "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
          "END:VEVENT"]
    ics = vcal("Microsoft Exchange Server 2010", ev, tz=[TZ_GTB])
    files = [("01-akamas-interview.ics", ics)]
    label = lab([iv("Akamas Shipmanagement", "Crewing & Marine Operations Coordinator", start, end, "scheduled",
                    [loizos[1]], [loizos[1]], "hiring_manager")],
                "medium", "positive/standalone-ics-windows-tzid",
                "Standalone Outlook .ics from a Limassol ship manager, TZID 'GTB Standard Time' (Cyprus = Athens), "
                "16 Nov in winter time -> +02:00. In person; HR organiser explicitly does not sit in.")
    return slug, files, label


def case13():
    slug = "b227-13-workable-greek-plus-gcal-dedupe"
    eirini = ("Ειρήνη Κώστα", "e.kosta@pelagos-reefer.example")
    stelios = ("Στέλιος Μαυρίδης", "s.mavridis@pelagos-reefer.example")
    sent = at(2026, 11, 13, 12, 2, ATH, 18)
    start = off(at(2026, 11, 20, 15, 0, ATH), "+02:00")
    end = start + timedelta(hours=1)
    dn = day(start, "Παρασκευή")
    uid = f"{uuid_(slug + 'uid')}@workable.com"
    text = f"""Γεια σας Κατερίνα,

Σας ευχαριστούμε για το ενδιαφέρον σας για τη θέση Reefer Operations Analyst στην Pelagos Reefer Management. Θα θέλαμε να σας προσκαλέσουμε σε τεχνική συνέντευξη.

Ημερομηνία: {dn}, 20 {GR_MONTHS[10]} 2026
Ώρα: 15:00 - 16:00 (ώρα Ελλάδος)
Τοποθεσία: Google Meet (ο σύνδεσμος βρίσκεται στην πρόσκληση ημερολογίου)
Συνεντευκτής: Στέλιος Μαυρίδης, Operations Manager

Κατά τη διάρκεια της συνέντευξης θα σας ζητηθεί να κάνετε ζωντανά ένα σύντομο voyage estimate για φορτίο μπανανών από το Γκουαγιακίλ προς τον Πειραιά. Δεν χρειάζεται προετοιμασία, τα δεδομένα θα τα μοιραστούμε στην οθόνη.

Η πρόσκληση ημερολογίου επισυνάπτεται σε αυτό το μήνυμα.

Με εκτίμηση,
Ειρήνη Κώστα
Talent Acquisition
Pelagos Reefer Management

--
Powered by Workable
"""
    ev = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{ics_utc(sent)}", f"DTSTART:{ics_utc(start)}",
          f"DTEND:{ics_utc(end)}",
          "SUMMARY:Interview: Katerina Douka - Reefer Operations Analyst (Pelagos Reefer Management)",
          esc_line("DESCRIPTION", "Τεχνική συνέντευξη με τον Στέλιο Μαυρίδη (Operations Manager), "
                                  "live voyage estimate.\nGoogle Meet: https://meet.google.com/"
                                  "pqr-stuv-wxy"),
          f"ORGANIZER;CN=Eirini Kosta:mailto:{eirini[1]}",
          attendee("Stelios Mavridis", stelios[1], partstat="ACCEPTED", rsvp="FALSE"),
          attendee(OWNER_EN, OWNER), "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT"]
    ics = vcal("-//Workable//Interview Scheduler//EN", ev, extra=["CALSCALE:GREGORIAN"])
    eml = ats_mail(seed=slug, date=sent.astimezone(UTC),
                   frm=A("Pelagos Reefer Management", "noreply@candidates.workablemail.com"),
                   reply_to=A("Pelagos Reefer Management",
                              f"pelagos-reefer-management+{hx(slug + 'rt', 12)}@candidates.workablemail.com"),
                   subject="Πρόσκληση σε συνέντευξη: Reefer Operations Analyst - Pelagos Reefer Management",
                   text=text, html_body=ats_html(text, "Pelagos Reefer Management", "#0d4d56"), ics=ics,
                   msgid=f"<{uuid_(slug + 'mid')}@candidates.workablemail.com>",
                   return_path=f"bounces+{hx(slug + 'rp', 10)}@candidates.workablemail.com",
                   host=WORKABLE_HOST[0], ip=WORKABLE_HOST[1])
    js = gcal_event(seed=slug + "g", summary="Interview: Katerina Douka - Reefer Operations Analyst (Pelagos Reefer Management)",
                    description="Τεχνική συνέντευξη με τον Στέλιο Μαυρίδη (Operations Manager), live voyage estimate.\n"
                                "Google Meet: https://meet.google.com/pqr-stuv-wxy",
                    organizer=("Eirini Kosta", eirini[1]),
                    attendees=[("Eirini Kosta", eirini[1], "accepted", False),
                               ("Stelios Mavridis", stelios[1], "accepted", False),
                               (OWNER_EN, OWNER, "accepted", True)],
                    start=start, end=end, tzname=None, created=sent + timedelta(minutes=3),
                    updated=at(2026, 11, 13, 18, 40, ATH, 2), ical_uid=uid, meet=False)
    files = [("01-workable-prosklisi-synentefxis.eml", eml), ("02-pelagos-interview.gcal.json", js)]
    label = lab([iv("Pelagos Reefer Management", "Reefer Operations Analyst", start, end, "scheduled",
                    [stelios[1]], [stelios[1]], "technical")],
                "medium", "positive/dedupe-ats-gcal",
                "Greek Workable invitation (.ics in UTC) and the same event in the owner's Google Calendar "
                "(same iCalUID, +02:00): one technical interview with a live voyage-estimate exercise.")
    return slug, files, label


# ============================================================================= NEGATIVES
def mixed_mail(*, seed, date, frm, to, subject, body, ics, cc=None, fwd_from=None, ua="Mozilla Thunderbird",
               lang="el", host="mail.example.net", ip="198.51.100.20", msgid=None):
    name, addr = frm
    part = multi("mixed", f"------------{HX(seed + 'b', 24)}", [
        leaf("text/plain; charset=UTF-8; format=flowed", body, "8bit"),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="invite.ics"', ics, "base64",
             extra=['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    dom = addr.split("@")[1]
    hdr = headers(date=date, frm=A(name, addr), to=to, cc=cc, subject=subject,
                  msgid=msgid or f"<{uuid_(seed)}@{dom}>", return_path=addr, host=host, ip=ip, fwd_from=fwd_from,
                  post=[f"User-Agent: {ua}", f"Content-Language: {lang}"])
    return message(hdr, part)


def case14():
    slug = "b227-14-psc-inspection-teams-briefing"
    stavros = ("Capt. Stavros Mantas", "s.mantas@saronic-tankers.example")
    master = ("Master M/T Saronic Pearl", "master.pearl@saronic-tankers.example")
    ops = ("Operations Saronic", "ops@saronic-tankers.example")
    sent = at(2026, 10, 12, 9, 55, ATH, 30)
    start = off(at(2026, 10, 14, 10, 0, ATH), "+03:00")
    dn = day(start, "Wednesday")
    day(start + timedelta(days=1), "Thursday")
    body = f"""All,

Saronic Pearl arrives Piraeus outer anchorage Thursday morning for bunkers and stores. She is within her Paris MoU inspection window (Standard Risk Ship), so we should expect a PSC inspection during the call.

Let's use {dn} 10:00 to go through:
- last PSC report (Tarragona, 2 deficiencies, both closed) and anything still open
- ISM / SMS: the PSCO will most likely interview the Master and the Chief Engineer on the SMS and emergency procedures, and interview ratings during the fire and abandon ship drills
- MLC: crew agreements, hours of rest records, wage accounts
- certificates validity matrix (Katerina - please prepare and circulate before the call)

Master will join from the ship via VSAT.

Capt. Stavros Mantas
DPA / Marine Superintendent
Saronic Tanker Management S.A.
"""
    eml, _ = exchange_invite(seed=slug, date=sent.astimezone(UTC), org=stavros,
                             to=", ".join([A("Katerina Douka", WORK), A(*master), A(*ops)]),
                             subject="PSC inspection M/T Saronic Pearl (Piraeus) - pre-arrival briefing",
                             when=f"{dn}, 14 October 2026 10:00-11:00 (UTC+02:00) Athens, Bucharest",
                             where="Microsoft Teams Meeting", body=body, tzblock=TZ_GTB, tzid="GTB Standard Time",
                             start=start, end=start + timedelta(hours=1), lang="en-GB", fwd_from=WORK,
                             attendees=[("Katerina Douka", WORK, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                        (master[0], master[1], "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                        (ops[0], ops[1], "OPT-PARTICIPANT", "NEEDS-ACTION")])
    files = [("01-psc-pre-arrival-briefing.eml", eml)]
    label = lab([], "hard", "negative/port-state-control-meeting",
                "Work Teams meeting (GTB Standard Time) at the owner's current employer, auto-forwarded from her work "
                "address: briefing for a port state control inspection where the inspector will 'interview' the "
                "Master and crew. Not a job interview.")
    return slug, files, label


def case15():
    slug = "b227-15-seafarers-union-meeting-press"
    sec = ("Γραμματεία ΣΑΝΠ", "grammateia@sanp-union.example")
    sent = at(2026, 10, 6, 13, 40, ATH, 9)
    start = off(at(2026, 10, 13, 11, 0, ATH), "+03:00")
    dn = day(start, "Τρίτη")
    rsvp = day(at(2026, 10, 9, 0, 0, ATH), "Παρασκευή")
    end = start + timedelta(minutes=90)
    body = f"""Αξιότιμες κυρίες και κύριοι,

Εκ μέρους του Διοικητικού Συμβουλίου του Σωματείου Αξιωματικών Ναυτιλίας Πειραιά (ΣΑΝΠ), σας προσκαλούμε σε συνάντηση εργασίας με εκπροσώπους των εταιρειών διαχείρισης δεξαμενοπλοίων, την {dn} 13 Οκτωβρίου 2026 και ώρα 11:00, στα γραφεία του Σωματείου (Νοταρά 120, Πειραιάς).

Θέματα:
1. Ανανέωση της Συλλογικής Σύμβασης Εργασίας για τα πληρώματα δεξαμενοπλοίων
2. Ώρες ανάπαυσης και εφαρμογή της MLC 2006 κατά τις επιθεωρήσεις
3. Εκπαίδευση δοκίμων (cadets) και θέσεις εκπαιδευτικού ταξιδιού

Μετά τη συνάντηση, στις 13:00, θα ακολουθήσει συνέντευξη Τύπου του Προεδρείου στον ίδιο χώρο.

Παρακαλούμε για την επιβεβαίωση της συμμετοχής σας έως την {rsvp} 9/10. Επισυνάπτεται πρόσκληση ημερολογίου.

Με συναδελφικούς χαιρετισμούς,
Για το Δ.Σ.
Η Γραμματεία
Σωματείο Αξιωματικών Ναυτιλίας Πειραιά
"""
    ev = ["BEGIN:VEVENT", f"UID:{uuid_(slug + 'uid')}", f"DTSTAMP:{ics_utc(sent)}",
          f"DTSTART;TZID=Europe/Athens:{ics_loc(start)}", f"DTEND;TZID=Europe/Athens:{ics_loc(end)}",
          "SUMMARY:Συνάντηση ΣΑΝΠ - εταιρείες διαχείρισης δεξαμενοπλοίων (ΣΣΕ)",
          "LOCATION:Γραφεία ΣΑΝΠ\\, Νοταρά 120\\, Πειραιάς",
          esc_line("DESCRIPTION", "Συνάντηση εργασίας για τη ΣΣΕ πληρωμάτων δεξαμενοπλοίων. "
                                  "Ακολουθεί συνέντευξη Τύπου στις 13:00."),
          f"ORGANIZER;CN={sec[0]}:mailto:{sec[1]}",
          attendee("Katerina Douka", WORK), "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT"]
    ics = vcal("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", ev, tz=[TZ_ATHENS])
    eml = mixed_mail(seed=slug, date=sent, frm=sec,
                     to=A("Katerina Douka", WORK),
                     cc="crewing@saronic-tankers.example",
                     subject="Πρόσκληση σε συνάντηση - ΣΣΕ πληρωμάτων δεξαμενοπλοίων (13/10)",
                     body=body, ics=ics, fwd_from=WORK)
    files = [("01-prosklisi-synantisis-somateiou.eml", eml)]
    label = lab([], "hard", "negative/union-meeting-press-conference",
                "Greek seafarers' union invites ship-manager representatives (the owner, via her forwarded work "
                "address) to a collective-agreement meeting with .ics; the only 'συνέντευξη' is a press conference "
                "('συνέντευξη Τύπου') afterwards. Not a job interview.")
    return slug, files, label


def case16():
    slug = "b227-16-sire-vetting-inspection-ics"
    michalis = ("Capt. Michalis Ladas", "m.ladas@saronic-tankers.example")
    start = off(at(2026, 10, 21, 8, 0, ATH), "+03:00")
    dn = day(start, "Wednesday")
    end = start.replace(hour=17)
    stamp = at(2026, 10, 15, 16, 12, ATH, 40)
    desc = f"""When: {dn}, 21 October 2026 08:00-17:00 (UTC+02:00) Athens, Bucharest
Where: M/T Saronic Breeze - Elefsis Bay anchorage

*~*~*~*~*~*~*~*~*~*

SIRE 2.0 inspection on behalf of an oil major (inspector: Capt. R. Mehta, OCIMF accredited). Boarding 08:00 by launch from Elefsis.

The inspector will follow the SIRE 2.0 question library and conduct interviews with the Master, officers and ratings (human factors). Please make sure the crew have gone through the pre-inspection briefing pack.

Office support: Katerina - please stand by for document requests (certificates, crew matrix, PSC history) and upload to the OCIMF portal on request.

Michalis
Vetting Superintendent, Saronic Tanker Management
"""
    ev = ["BEGIN:VEVENT", f"ORGANIZER;CN={michalis[0]}:mailto:{michalis[1]}",
          attendee("Katerina Douka", OWNER),
          attendee("Vetting", "vetting@saronic-tankers.example", role="OPT-PARTICIPANT"),
          attendee("Master M/T Saronic Breeze", "master.breeze@saronic-tankers.example"),
          f"DESCRIPTION;LANGUAGE=en-GB:{esc(desc)}",
          "UID:040000008200E00074C5B7101A82E00800000000" + HX(slug + "uid", 56),
          "SUMMARY;LANGUAGE=en-GB:SIRE 2.0 inspection - M/T Saronic Breeze - Elefsis anchorage",
          f"DTSTART;TZID=GTB Standard Time:{ics_loc(start)}", f"DTEND;TZID=GTB Standard Time:{ics_loc(end)}",
          "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ics_utc(stamp)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
          "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:M/T Saronic Breeze - Elefsis Bay anchorage",
          "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "END:VEVENT"]
    ics = vcal("Microsoft Exchange Server 2010", ev, tz=[TZ_GTB])
    files = [("01-sire-inspection-saronic-breeze.ics", ics)]
    label = lab([], "hard", "negative/vetting-inspection",
                "Standalone Outlook .ics for a SIRE 2.0 vetting inspection on one of the owner's current company's "
                "tankers; the inspector 'conducts interviews' with the crew. Work event, not a job interview.")
    return slug, files, label


def case17():
    slug = "b227-17-conference-panel-programme"
    chloe = ("Chloe Demetriou", "c.demetriou@eastmed-forum.example")
    sent = at(2026, 10, 19, 10, 30, NIC, 51)
    start = off(at(2026, 11, 4, 15, 30, NIC), "+02:00")
    dn = day(start, "Wednesday")
    end = start + timedelta(hours=1)
    body = f"""Dear Katerina,

Thank you for agreeing to speak at the East Med Maritime Forum 2026 in Limassol. I am happy to confirm your place on the panel "Next-generation operators: data, decarbonisation and the ops desk" on {dn} 4 November.

Programme highlights, Day 1 (all times Cyprus time):
09:00  Registration and coffee
09:45  Welcome address
10:15  Keynote interview: "Decarbonisation on the water" - the CEO of a Limassol ship manager interviewed by the editor of a shipping weekly
12:30  Lunch and Careers Corner (HR teams from Limassol ship managers meet young professionals and students - bring your CV)
15:30  Panel: Next-generation operators - with Katerina Douka (Saronic Tanker Management) and two other speakers, moderated by Chloe Demetriou
17:00  Networking drinks on the terrace

Please arrive by 15:00 for a short speaker briefing in the green room. A calendar invitation for your panel slot is attached.

Best regards,
Chloe Demetriou
Programme Manager
East Med Maritime Forum
"""
    ev = ["BEGIN:VEVENT", f"UID:{uuid_(slug + 'uid')}", f"DTSTAMP:{ics_utc(sent)}",
          f"DTSTART;TZID=Asia/Nicosia:{ics_loc(start)}", f"DTEND;TZID=Asia/Nicosia:{ics_loc(end)}",
          "SUMMARY:EMMF 2026 - Panel: Next-generation operators (speaker)",
          "LOCATION:East Med Maritime Forum\\, Limassol - Main Hall",
          esc_line("DESCRIPTION", "Speaker briefing 15:00 in the green room. Panel 15:30-16:30."),
          f"ORGANIZER;CN={chloe[0]}:mailto:{chloe[1]}",
          attendee(OWNER_EN, OWNER), "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT"]
    ics = vcal("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", ev, tz=[TZ_NICOSIA])
    eml = mixed_mail(seed=slug, date=sent, frm=chloe, to=A(OWNER_EN, OWNER),
                     subject="Speaker confirmation - East Med Maritime Forum 2026 (Limassol, 4 November)",
                     body=body, ics=ics, lang="en-GB", host="mail.eastmed-forum.example", ip="203.0.113.77")
    files = [("01-speaker-confirmation-emmf.eml", eml)]
    label = lab([], "hard", "negative/conference-panel",
                "Maritime conference speaker confirmation with .ics (Asia/Nicosia) for the owner's panel; the programme "
                "contains a 'keynote interview' and a careers corner. Not a job interview.")
    return slug, files, label


def case18():
    slug = "b227-18-owner-interviews-cadet"
    eleftheria = ("Eleftheria Nomikou", "e.nomikou@saronic-tankers.example")
    georgios = ("Capt. Georgios Athanasiou", "g.athanasiou@saronic-tankers.example")
    cand = ("Ioannis Pappas", "ioannis.pappas@cadetmail.example")
    sent = at(2026, 11, 9, 10, 17, ATH, 26)
    start = off(at(2026, 11, 12, 12, 0, ATH), "+02:00")
    dn = day(start, "Thursday")
    end = start + timedelta(minutes=30)
    text = f"""Hi Katerina,

Eleftheria Nomikou has scheduled an interview and added you as an interviewer.

Candidate: Ioannis Pappas
Job: Deck Cadet - Sponsorship Programme 2027
When: {dn}, November 12, 2026, 12:00 - 12:30 (GMT+02:00) Athens
Where: Office - Meeting room 2, 4th floor
Interviewers: Katerina Douka, Capt. Georgios Athanasiou

Please review the candidate's CV and cover letter before the interview and submit your evaluation in Workable afterwards.

View candidate: https://saronic-tanker-management.workable.com/backend/jobs/{hx(slug + 'job', 6).upper()}/candidates/{int(hx(slug + 'c', 8), 16)}

--
Workable
You are receiving this email because you are a member of the Saronic Tanker Management hiring team.
"""
    ev = ["BEGIN:VEVENT", f"UID:{uuid_(slug + 'uid')}@workable.com", f"DTSTAMP:{ics_utc(sent)}",
          f"DTSTART;TZID=Europe/Athens:{ics_loc(start)}", f"DTEND;TZID=Europe/Athens:{ics_loc(end)}",
          "SUMMARY:Interview: Ioannis Pappas - Deck Cadet - Sponsorship Programme 2027",
          "LOCATION:Office - Meeting room 2\\, 4th floor",
          f"ORGANIZER;CN={eleftheria[0]}:mailto:{eleftheria[1]}",
          attendee("Katerina Douka", WORK), attendee(georgios[0], georgios[1], partstat="ACCEPTED"),
          attendee(cand[0], cand[1], partstat="ACCEPTED"),
          "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT"]
    ics = vcal("-//Workable//Interview Scheduler//EN", ev, tz=[TZ_ATHENS], extra=["CALSCALE:GREGORIAN"])
    eml = ats_mail(seed=slug, date=sent.astimezone(UTC), frm=A("Workable", "noreply@workable.com"), to=A("Katerina Douka", WORK),
                   subject="Interview scheduled: Ioannis Pappas for Deck Cadet - Sponsorship Programme 2027",
                   text=text, html_body=ats_html(text, "Workable", "#00756a"), ics=ics,
                   msgid=f"<{uuid_(slug + 'mid')}@workable.com>",
                   return_path=f"bounces+{hx(slug + 'rp', 10)}@workable.com",
                   host="mail-b.workable.com", ip="198.51.100.62", fwd_from=WORK)
    files = [("01-workable-added-as-interviewer.eml", eml)]
    label = lab([], "hard", "negative/user-is-interviewer",
                "Workable hiring-team notification (with .ics) at the owner's current employer: she is one of the "
                "interviewers of a deck-cadet candidate. The user is not the candidate.")
    return slug, files, label


def case19():
    slug = "b227-19-teamtailor-application-received"
    sent = at(2026, 9, 22, 16, 3, LON, 12)
    text = """Hi Katerina,

Thank you for applying for the Operations Analyst (Dry Cargo) position at Lindqvist & Moor Shipbrokers in London. We have received your application and our team will review it carefully.

What happens next?
1. Review - we read every application ourselves, usually within two weeks.
2. First interview - if your profile is a match, we will invite you to a 30-minute video interview with our talent team.
3. Second interview - a meeting with the desk at our office near St Mary Axe, including a short chartering case.

While you wait, you might enjoy our article "How to prepare for an interview with a shipbroker" on our careers site.

Best wishes,
The Lindqvist & Moor team

Sent with Teamtailor
"""
    eml = ats_mail(seed=slug, date=sent.astimezone(UTC), frm=A("Lindqvist & Moor", "no-reply@teamtailor.com"),
                   subject="Thanks for applying to Lindqvist & Moor!", text=text,
                   html_body=ats_html(text, "Lindqvist & Moor Shipbrokers", "#22313f"),
                   msgid=f"<{uuid_(slug + 'mid')}@teamtailor-mail.com>",
                   return_path=f"bounce-{hx(slug + 'rp', 10)}@teamtailor-mail.com",
                   host=TEAMTAILOR_HOST[0], ip=TEAMTAILOR_HOST[1])
    files = [("01-teamtailor-thanks-for-applying.eml", eml)]
    label = lab([], "medium", "negative/application-received",
                "Teamtailor application receipt from a London broker describing future interview stages; nothing "
                "booked.")
    return slug, files, label


def case20():
    slug = "b227-20-availability-request-london"
    olivia = ("Olivia Hart", "o.hart@fenwick-marsh.example")
    sent = at(2026, 10, 28, 11, 40, LON, 22)
    day(sent, "Wednesday")
    tue, thu = sent + timedelta(days=6), sent + timedelta(days=8)
    day(tue, "Tuesday")
    day(thu, "Thursday")
    body = f"""Hi Katerina,

Thanks for your application for the Operations Analyst (Tankers) role - we really liked your background at Saronic Tanker Management.

Our Head of Tanker Operations, David Osei, would like to interview you. Could you pick a 45-minute slot next week using the link below? He has availability Tuesday to Thursday ({tue.day}-{thu.day} November), 10:00-16:00 UK time (12:00-18:00 in Athens).

https://calendly.com/fenwick-marsh-talent/operations-analyst-interview

If none of those work, just send me two or three options and I'll sort something out.

Kind regards,
Olivia

Olivia Hart
Talent Partner
Fenwick Marsh Shipbroking
"""
    eml = outlook_mail(seed=slug, date=sent.astimezone(UTC), frm=olivia, to=A(OWNER_EN, OWNER),
                       subject="Interview - Operations Analyst (Tankers) - next steps", body=body, lang="en-GB")
    files = [("01-please-pick-a-slot.eml", eml)]
    label = lab([], "hard", "negative/availability-request",
                "London broker asks the owner to book an interview through a scheduling link (slots next week); "
                "nothing is booked in the case.")
    return slug, files, label


def case21():
    slug = "b227-21-workable-one-way-video"
    sent = at(2026, 11, 18, 9, 30, ATH, 45)
    deadline = at(2026, 11, 22, 23, 59, ATH)
    dn = day(deadline, "Κυριακή")
    text = f"""Γεια σας Κατερίνα,

Σας ευχαριστούμε για την αίτησή σας για τη θέση Marine Operations Trainee. Ως επόμενο βήμα της διαδικασίας, σας προσκαλούμε να ολοκληρώσετε μια βιντεοσυνέντευξη.

Πώς λειτουργεί:
- Θα δείτε 4 ερωτήσεις γραμμένες στην οθόνη.
- Για κάθε ερώτηση έχετε 30 δευτερόλεπτα προετοιμασίας και έως 2 λεπτά για να καταγράψετε την απάντησή σας.
- Δεν υπάρχει συνεντευκτής σε ζωντανή σύνδεση. Οι απαντήσεις σας θα αξιολογηθούν από την ομάδα μας.

Προθεσμία: {dn} 22 {GR_MONTHS[10]} 2026, 23:59 (ώρα Ελλάδος)

Ξεκινήστε τη βιντεοσυνέντευξη: https://apply.workable.com/ionian-ship-management/v/{hx(slug + 'v', 10)}

Καλή επιτυχία!
Η ομάδα της Ionian Ship Management

--
Powered by Workable
"""
    eml = ats_mail(seed=slug, date=sent.astimezone(UTC),
                   frm=A("Ionian Ship Management", "noreply@candidates.workablemail.com"),
                   subject="Βιντεοσυνέντευξη: Marine Operations Trainee - Ionian Ship Management",
                   text=text, html_body=ats_html(text, "Ionian Ship Management", "#274c77"),
                   msgid=f"<{uuid_(slug + 'mid')}@candidates.workablemail.com>",
                   return_path=f"bounces+{hx(slug + 'rp', 10)}@candidates.workablemail.com",
                   host=WORKABLE_HOST[0], ip=WORKABLE_HOST[1])
    files = [("01-workable-vinteosynentefxi.eml", eml)]
    label = lab([], "hard", "negative/one-way-video",
                "Greek Workable one-way video interview (recorded answers, deadline Sunday 23:59, no live "
                "interviewer). Not a live interview.")
    return slug, files, label


def case22():
    slug = "b227-22-greek-rejection-after-interview"
    eleni = ("Ελένη Καραγιάννη", "e.karagianni@astakos-maritime.example")
    sent = at(2026, 11, 2, 12, 48, ATH, 3)
    day(sent, "Δευτέρα")
    body = """Αγαπητή κυρία Δούκα,

Σας ευχαριστούμε θερμά για τον χρόνο σας και για τη συνέντευξη της περασμένης Πέμπτης με τον κ. Σπύρο Λαμπράκη και εμένα.

Μετά από προσεκτική αξιολόγηση όλων των υποψηφίων, αποφασίσαμε να προχωρήσουμε με υποψήφιο του οποίου η εμπειρία ταιριάζει περισσότερο στις τρέχουσες ανάγκες του τμήματος Operations.

Με τη συγκατάθεσή σας, θα διατηρήσουμε το βιογραφικό σας στο αρχείο μας για 12 μήνες και θα επικοινωνήσουμε μαζί σας αν προκύψει κάποια αντίστοιχη ευκαιρία.

Σας ευχόμαστε κάθε επιτυχία.

Με εκτίμηση,
Ελένη Καραγιάννη
HR Manager
Astakos Maritime S.A.
"""
    eml = outlook_mail(seed=slug, date=sent.astimezone(UTC), frm=eleni, to=A(OWNER_GR, OWNER),
                       subject="Αποτέλεσμα συνέντευξης - Operations Analyst", body=body, lang="el-GR",
                       plain_cte="base64")
    files = [("01-apotelesma-synentefxis.eml", eml)]
    label = lab([], "medium", "negative/rejection",
                "Greek rejection that thanks the owner for 'τη συνέντευξη της περασμένης Πέμπτης'; a past interview is "
                "only referenced, nothing upcoming or cancelled.")
    return slug, files, label


CASES = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12, case13,
         case14, case15, case16, case17, case18, case19, case20, case21, case22]


def readme(labels):
    n = len(labels)
    pos = sum(1 for v in labels.values() if v["interview"])
    ivs = [i for v in labels.values() for i in v["interviews"]]
    sched = sum(1 for i in ivs if i["status"] == "scheduled")
    canc = sum(1 for i in ivs if i["status"] == "cancelled")
    return f"""# blind227: Greek/Cypriot ship managers and London shipbrokers, Greek + English mail, EET/BST across the Oct 2026 DST end (written blind)

Mailbox owner: Katerina Douka <{OWNER}>, a shipping operations analyst in Piraeus currently at a
tanker manager (Saronic Tanker Management, work address {WORK}, auto-forwarded to the personal
mailbox). She applies to Greek ship managers, Limassol (Cyprus) ship managers and London shipbrokers.

Written blind: composed only from the brief and the public eval README/label schema, without reading
the tool's code, tests or other evaluation sets. Regenerate with `python make_cases.py` (stdlib + PyYAML
+ zoneinfo; output is byte-identical on every run).

## Counts
- {n} cases: {pos} positive, {n - pos} negative (look-alikes)
- {len(ivs)} labelled interviews: {sched} scheduled, {canc} cancelled
- one case with two interviews (b227-03), one reschedule (b227-05), one cancellation (b227-07),
  one same-day onsite with a vessel visit (b227-06)

## What it stresses
- Greek mail: 'συνέντευξη', 'αύριο στις 11:00', 'την Πέμπτη', 'ώρα Ελλάδος', Greek Google Calendar UI,
  Greek Outlook quote headers; Greek-language Workable mails.
- Relative dates resolved against the message Date (incl. Date headers in UTC from Outlook).
- Time zones: Europe/Athens and Asia/Nicosia (same offsets) vs Europe/London. DST ends 25 Oct 2026 for
  both (EEST +03:00 -> EET +02:00, BST +01:00 -> GMT +00:00). Several invites are sent before and
  take place after the change (b227-03 round 2, b227-05 reschedule, b227-08 thread).
- Exchange/Teams invites with Windows TZIDs 'GTB Standard Time' and 'GMT Standard Time' whose display
  labels ('(UTC+02:00) Athens, Bucharest', '(UTC+00:00) ... London') ignore summer time.
- ATS/vendor senders: Workable (incl. Reply-To relay addresses that are not follow-up recipients),
  Teamtailor, Google Calendar invitations and cancellations, Calendar API JSON, Outlook, Gmail,
  Apple Mail/iPhone, Thunderbird.
- Follow-up recipients: interviewers vs coordinators who explicitly do not attend; an agency forward
  where only the consultant has a usable address.
- Look-alikes from shipping work life: port state control briefing, seafarers' union meeting with a
  press conference ('συνέντευξη Τύπου'), SIRE 2.0 vetting inspection with crew interviews, conference
  panel with a 'keynote interview' and careers corner, the owner interviewing a deck cadet for her
  current employer, plus application receipt, unbooked scheduling link, one-way video interview and a
  Greek rejection.

## Formats
`.eml` (multipart/alternative and multipart/mixed, base64 / quoted-printable / 8bit bodies, RFC 2047
headers, text/calendar parts and invite.ics attachments), standalone `.ics` (Outlook export with
VTIMEZONE), `.gcal.json` (Calendar API v3 Event resources). All people and companies are invented and
use `.example` domains; vendor system senders keep their product domains.
"""


def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith("b227-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for fn in CASES:
        slug, files, label = fn()
        assert slug not in labels
        names = [f for f, _ in files]
        assert names == sorted(names), slug
        os.makedirs(os.path.join(HERE, slug))
        for fname, content in files:
            with open(os.path.join(HERE, slug, fname), "w", encoding="utf-8", newline="") as fh:
                fh.write(content)
        labels[slug] = label
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="") as fh:
        fh.write("# blind227 labels (generated by make_cases.py). Schema: /work/shared/eval/README.md\n")
        fh.write(yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="") as fh:
        fh.write(readme(labels))
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
