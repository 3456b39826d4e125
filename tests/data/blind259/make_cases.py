#!/usr/bin/env python3
"""Regenerate the blind259 evaluation set (interview detection), deterministically.

Theme: a Reykjavik-based marine biologist / environmental consultant (Atlantic/Reykjavik, UTC+0, no DST)
applying to Icelandic institutes, a Westfjords fish farm, Bergen aquaculture firms (Europe/Oslo) and a UK
university (Europe/London).  EU/UK DST ends 25 Oct 2026.

Usage:  python make_cases.py      (writes b259-* folders and labels.yaml next to this file)
Only the standard library, PyYAML and zoneinfo are used.  Output is byte-identical on every run.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta
from email.header import Header
from email.utils import formataddr, format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
RVK = ZoneInfo("Atlantic/Reykjavik")
OSL = ZoneInfo("Europe/Oslo")
LON = ZoneInfo("Europe/London")
UTC = ZoneInfo("UTC")

OWNER = "katla.run@example.com"
OWNER_NAME = "Katla Rún Sigurðardóttir"

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
IS_DAYS = ["mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur", "laugardagur",
           "sunnudagur"]
IS_DAYS_ACC = ["mánudaginn", "þriðjudaginn", "miðvikudaginn", "fimmtudaginn", "föstudaginn",
               "laugardaginn", "sunnudaginn"]
IS_MON = ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október",
          "nóvember", "desember"]
NO_DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
NO_MON = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "desember"]


# ----------------------------------------------------------------------------------------------- time
def T(tz, y, mo, d, h=0, mi=0, s=0, wd=None):
    """Aware datetime; wd = English weekday name that the case text uses for this date (asserted)."""
    x = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert EN_DAYS[x.weekday()] == wd, (x, wd, EN_DAYS[x.weekday()])
    return x


def z(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def hm(dt):
    return dt.strftime("%H:%M")


def iso(dt):
    return dt.isoformat()


def rfc(dt):
    return format_datetime(dt)


def is_date(dt):      # "þriðjudaginn 6. október"
    return f"{IS_DAYS_ACC[dt.weekday()]} {dt.day}. {IS_MON[dt.month - 1]}"


def no_date(dt):      # "tirsdag 20. oktober"
    return f"{NO_DAYS[dt.weekday()]} {dt.day}. {NO_MON[dt.month - 1]}"


def en_date(dt):      # "Tuesday 27 October"
    return f"{EN_DAYS[dt.weekday()]} {dt.day} {EN_MON[dt.month - 1]}"


# ------------------------------------------------------------------------------------------- headers
def A(name, addr):
    return formataddr((name, addr), charset="utf-8") if name else addr


def S(text):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, "utf-8").encode()


def H(pairs):
    return "\n".join(f"{k}: {v}" for k, v in pairs if v is not None)


def h40(seed, n=40):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def digits(seed, n):
    return "".join(str(int(c, 16) % 10) for c in h40(seed, n))


def guid(seed):
    h = h40(seed, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


# ------------------------------------------------------------------------------------------ MIME parts
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def tpart(text, subtype="plain", cte="quoted-printable", charset="UTF-8", ct_extra=""):
    if cte == "quoted-printable":
        body = qp(text)
    elif cte == "base64":
        body = b64(text)
    else:
        body = text
    return (f'Content-Type: text/{subtype}; charset="{charset}"{ct_extra}\n'
            f"Content-Transfer-Encoding: {cte}\n\n{body}")


def mpart(subtype, boundary, parts):
    out = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n\n'
    for p in parts:
        out += f"--{boundary}\n{p}"
        if not p.endswith("\n"):
            out += "\n"
    return out + f"--{boundary}--\n"


def attach(ctype, filename, data, cte="base64", inline=False):
    disp = "inline" if inline else "attachment"
    body = b64(data) if cte == "base64" else data
    return (f'Content-Type: {ctype}; name="{filename}"\n'
            f'Content-Disposition: {disp}; filename="{filename}"\n'
            f"Content-Transfer-Encoding: {cte}\n\n{body}")


def message(headers, body):
    return H(headers) + "\nMIME-Version: 1.0\n" + body


def html_of(text, font="Calibri, sans-serif", size="11pt"):
    paras = text.strip("\n").split("\n\n")
    ps = []
    for p in paras:
        ps.append("<p>" + "<br>\n".join(html.escape(line, quote=False) for line in p.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:{size}">\n' + "\n".join(ps) +
            "\n</div></body></html>\n")


def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.strip("\n").split("\n"))


# ------------------------------------------------------------------------------------------- iCalendar
def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        b = len(ch.encode("utf-8"))
        if n + b > 75:
            out.append(cur)
            cur, n = " " + ch, 1 + b
        else:
            cur += ch
            n += b
    out.append(cur)
    return "\r\n".join(out)


def ics(lines):
    return "".join(fold(line) + "\r\n" for line in lines)


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n"))


VTZ = {
    "W. Europe Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "GMT Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Greenwich Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Greenwich Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000",
        "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000",
        "END:DAYLIGHT", "END:VTIMEZONE"],
}
WIN_LABEL = {
    ("W. Europe Standard Time", "en"): "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    ("W. Europe Standard Time", "no"): "(UTC+01:00) Amsterdam, Berlin, Bern, Roma, Stockholm, Wien",
    ("GMT Standard Time", "en"): "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
    ("Greenwich Standard Time", "is"): "(UTC+00:00) Monrovia, Reykjavík",
    ("Greenwich Standard Time", "en"): "(UTC+00:00) Monrovia, Reykjavik",
}


def teams(seed, lang="en"):
    h = h40(seed, 40)
    tid, oid = guid(seed + "t"), guid(seed + "o")
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h[:44]}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    d = digits(seed, 12)
    mid = f"{d[0:3]} {d[3:6]} {d[6:9]} {d[9:12]}"
    pw = h40(seed + "pw", 6).replace("a", "Q").replace("e", "x")
    line = "_" * 80
    if lang == "no":
        txt = (f"{line}\nMicrosoft Teams Trenger du hjelp?\nBli med i møtet nå<{url}>\n"
               f"Møte-ID: {mid}\nPassord: {pw}\n{line}\nFor organisatorer: Møtealternativer"
               f"<https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}>\n{line}\n")
    elif lang == "is":
        txt = (f"{line}\nMicrosoft Teams Þarftu hjálp?\nTaka þátt í fundinum núna<{url}>\n"
               f"Auðkenni fundar: {mid}\nAðgangskóði: {pw}\n{line}\nFyrir skipuleggjendur: Fundarvalkostir"
               f"<https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}>\n{line}\n")
    else:
        txt = (f"{line}\nMicrosoft Teams Need help?\nJoin the meeting now<{url}>\n"
               f"Meeting ID: {mid}\nPasscode: {pw}\n{line}\nFor organizers: Meeting options"
               f"<https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}>\n{line}\n")
    return url, txt


def exchange_uid(seed):
    return ("040000008200E00074C5B7101A82E00800000000" + h40(seed, 16).upper() + "0000000000000000"
            + "10000000" + h40(seed + "u", 32).upper())


def exchange_ics(*, method, tzid, organizer, attendees, description, uid, summary, start, end, dtstamp,
                 seq=0, status="CONFIRMED", location="Microsoft Teams Meeting", teams_url=None,
                 lang="en-US", busy="TENTATIVE", prodid="Microsoft Exchange Server 2010"):
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"]
    lines += VTZ[tzid]
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, addr, role, part in attendees:
        lines.append(f"ATTENDEE;ROLE={role};PARTSTAT={part};RSVP=TRUE;CN={name}:mailto:{addr}")
    lines += [f"DESCRIPTION;LANGUAGE={lang}:{esc(description)}",
              f"UID:{uid}",
              f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
              f"DTSTART;TZID={tzid}:{loc(start)}",
              f"DTEND;TZID={tzid}:{loc(end)}",
              "CLASS:PUBLIC", "PRIORITY:5" if method != "CANCEL" else "PRIORITY:1",
              f"DTSTAMP:{z(dtstamp)}", "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE={lang}:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(digits(uid, 9)) - 1000000000}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if method == "CANCEL" else "1"),
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        lines += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def exchange_mail(*, frm, to, cc=None, subject, date, msgid, body_text, cal, method="REQUEST",
                  boundary, thread_index, lang="en-US", received_host, extra=None):
    headers = [
        ("Delivered-To", OWNER),
        ("Received", f"from {received_host} ({received_host}. [40.107.{int(digits(msgid, 2))}.{int(digits(msgid + 'x', 2)) + 100}])\n"
                     f"        by mx.example.com with ESMTPS id {h40(msgid, 12)}\n"
                     f"        for <{OWNER}>; {rfc(date)}"),
        ("Return-Path", f"<{frm[1]}>"),
        ("From", A(*frm)),
        ("To", ", ".join(A(*t) for t in to)),
        ("CC", ", ".join(A(*c) for c in cc) if cc else None),
        ("Subject", S(subject)),
        ("Thread-Topic", S(subject.split(": ", 1)[1] if subject.startswith(("Avlyst: ", "Updated: ", "Oppdatert: ")) else subject)),
        ("Thread-Index", thread_index),
        ("Date", rfc(date)),
        ("Message-ID", msgid),
        ("Accept-Language", f"{lang}, en-US"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("x-ms-exchange-calendar-series-instance-id", base64.b64encode(bytes.fromhex(h40(msgid + "s", 48))).decode()),
        ("x-ms-publictraffictype", "Email"),
    ] + (extra or [])
    parts = [tpart(body_text),
             tpart(html_of(body_text, font="Aptos, Calibri, sans-serif"), "html"),
             (f'Content-Type: text/calendar; charset="UTF-8"; method={method}\n'
              f"Content-Transfer-Encoding: base64\n\n{b64(cal)}")]
    return message(headers, mpart("alternative", boundary, parts))


def google_ics(*, start, end, dtstamp, organizer, attendees, uid, summary, description, location="",
               seq=0, status="CONFIRMED", created, lastmod, method="REQUEST", meet=None):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{z(start)}", f"DTEND:{z(end)}", f"DTSTAMP:{z(dtstamp)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, addr, part in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={part};RSVP=TRUE;"
                     f"CN={name};X-NUM-GUESTS=0:mailto:{addr}")
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    lines += [f"CREATED:{z(created)}", f"DESCRIPTION:{esc(description)}", f"LAST-MODIFIED:{z(lastmod)}",
              f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}",
              "TRANSP:OPAQUE", "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def meet_code(seed):
    letters = "".join(chr(97 + int(c, 16) % 26) for c in h40(seed, 10))
    return f"{letters[:3]}-{letters[3:7]}-{letters[7:10]}"


def google_invite_mail(*, organizer, subject, date, msgid, start, end, tzlabel, when_line, description,
                       attendees, uid, created, seq=0, boundary_seed, location="", updated=False):
    meet = meet_code(uid)
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    guests = "\n".join(f"{n} - organiser" if a == organizer[1] else (a if n == a else f"{n}\n{a}")
                       for n, a, _ in attendees)
    pin = digits(uid, 9)
    text = ((f"This event has been updated\nChanged: date\n\n" if updated else "") +
            f"{subject.split(' @ ')[0].replace('Updated invitation: ', '').replace('Invitation: ', '')}\n"
            f"{when_line}\n{tzlabel}\n\n"
            f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\n"
            f"Join by phone\n(NO) +47 21 93 {digits(uid + 'p', 2)} {digits(uid + 'q', 2)} PIN: {pin[:3]} {pin[3:6]} {pin[6:]}#\n\n"
            f"More phone numbers\nhttps://tel.meet/{meet}?pin={digits(uid + 'r', 13)}\n\n"
            + (f"Location\n{location}\n\n" if location else "") +
            f"{description}\n\n"
            f"Organiser\n{organizer[0]}\n{organizer[1]}\n\n"
            f"Guests\n{guests}\n"
            f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
            f"Reply for {OWNER}\n\nYes\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1\n\n"
            f"No\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2\n\n"
            f"Maybe\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3\n\n"
            f"More options\nhttps://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
            f"Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            f"You are receiving this email because you are an attendee on the event. To stop receiving future "
            f"updates for this event, decline this event.\n\n"
            f"Forwarding this invitation could allow any recipient to send a response to the organiser, be added "
            f"to the guest list, invite others regardless of their own invitation status, or modify your RSVP.\n")
    cal = google_ics(start=start, end=end, dtstamp=date, organizer=organizer, attendees=attendees, uid=uid,
                     summary=subject.split(" @ ")[0].replace("Updated invitation: ", "").replace("Invitation: ", ""),
                     description=description, location=location, seq=seq, created=created, lastmod=date,
                     meet=meet)
    b1 = "000000000000" + h40(boundary_seed + "1", 16)
    b2 = "000000000000" + h40(boundary_seed + "2", 16)
    alt = mpart("alternative", b2, [
        tpart(text, cte="base64", ct_extra="; format=flowed; delsp=yes"),
        tpart(html_of(text, font="Roboto, Helvetica, Arial, sans-serif", size="14px"), "html"),
        ('Content-Type: text/calendar; charset="UTF-8"; method=REQUEST\nContent-Transfer-Encoding: 7bit\n\n'
         + cal.replace("\r\n", "\n"))])
    body = mpart("mixed", b1, [alt, attach("application/ics", "invite.ics", cal)])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", f"by mail-sor-f41.google.com with SMTPS id {h40(msgid, 10)}\n"
                     f"        for <{OWNER}>; {rfc(date)}"),
        ("Return-Path", f"<{h40(msgid + 'rp', 20)}@calendar-server.bounces.google.com>"),
        ("Reply-To", A(*organizer)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", msgid),
        ("Date", rfc(date)),
        ("Subject", S(subject)),
        ("From", A(*organizer)),
        ("To", OWNER),
    ]
    return message(headers, body)


def mime_boundary(msgid, k):
    """Boundary in the style of the client that produced the Message-ID."""
    if "mail.gmail.com" in msgid:
        return "0000000000" + h40(f"{msgid}{k}", 18)
    if "outlook.com" in msgid.lower():
        return f"_00{k}_" + msgid.strip("<>").split("@")[0] + msgid.split("@")[1].split(".")[0].upper() + "_"
    if msgid.startswith("<") and msgid[1:9].isupper() and "-" in msgid:
        return "Apple-Mail=_" + guid(f"{msgid}{k}").upper()
    return f"----=_Part_{digits(msgid + str(k), 6)}_{digits(msgid, 9)}.{digits(msgid + 't', 13)}"


def plain_mail(*, frm, to, subject, date, msgid, text, cc=None, reply_to=None, in_reply_to=None,
               references=None, sender=None, html_too=True, cte="quoted-printable", boundary=None,
               attachments=(), mailer=None, extra=None, received=None, font="Calibri, sans-serif"):
    headers = [("Delivered-To", OWNER)]
    if received:
        headers.append(("Received", received))
    headers += [
        ("Return-Path", f"<{(sender or frm)[1]}>"),
        ("From", A(*frm)),
        ("Sender", A(*sender) if sender else None),
        ("Reply-To", A(*reply_to) if reply_to else None),
        ("To", ", ".join(A(*t) for t in to)),
        ("Cc", ", ".join(A(*c) for c in cc) if cc else None),
        ("Subject", S(subject)),
        ("Date", rfc(date)),
        ("Message-ID", msgid),
        ("In-Reply-To", in_reply_to),
        ("References", references),
        ("X-Mailer", mailer),
    ] + (extra or [])
    b = boundary or mime_boundary(msgid, 0)
    if html_too:
        body = mpart("alternative", mime_boundary(msgid, 1) if attachments else b,
                     [tpart(text, cte=cte), tpart(html_of(text, font=font), "html", cte=cte)])
    else:
        body = tpart(text, cte=cte, ct_extra="; format=flowed" if cte == "8bit" else "")
    if attachments:
        body = mpart("mixed", b, [body] + list(attachments))
    return message(headers, body)


def gmail_attr(dt, name, addr):
    """Icelandic Gmail quote attribution."""
    d = ["mán.", "þri.", "mið.", "fim.", "fös.", "lau.", "sun."][dt.weekday()]
    m = ["jan.", "feb.", "mar.", "apr.", "maí", "jún.", "júl.", "ágú.", "sep.", "okt.", "nóv.", "des."][dt.month - 1]
    return f"Þann {d}, {dt.day}. {m} {dt.year} kl. {hm(dt)} skrifaði {name} <{addr}>:"


def outlook_is_header(dt, frm, to, subject, cc=None):
    return ("\n" + "_" * 32 + "\n"
            f"Frá: {frm[0]} <{frm[1]}>\n"
            f"Sent: {IS_DAYS[dt.weekday()]}, {dt.day}. {IS_MON[dt.month - 1]} {dt.year} {hm(dt)}\n"
            f"Til: {to[0]} <{to[1]}>\n" + (f"Afrit: {cc}\n" if cc else "") +
            f"Efni: {subject}\n")


CASES = []   # (slug, [(filename, text)], label)


def case(slug, items, label):
    CASES.append((slug, items, label))


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


#@@CASES@@
# =================================================================================== POSITIVE CASES
def c01():
    sent = T(RVK, 2026, 9, 10, 14, 7, 31, wd="Thursday")
    start = T(RVK, 2026, 9, 15, 10, 0, wd="Tuesday")
    assert 0 < (start.date() - sent.date()).days <= 7      # "á þriðjudaginn" = the coming Tuesday
    end = start + timedelta(minutes=45)
    hildur = ("Hildur Jónsdóttir", "hildur.jonsdottir@sjavarlif.example")
    text = f"""Sæl Katla Rún,

Takk fyrir umsóknina um starf sérfræðings í sjávarvistfræði hjá Sjávarlíftæknisetrinu.

Okkur langar að bjóða þér í atvinnuviðtal á þriðjudaginn kl. {hm(start)} í húsnæði okkar að Grandagarði 14, 2. hæð, 101 Reykjavík. Gert er ráð fyrir að viðtalið taki um 45 mínútur. Í viðtalinu sitjum við Einar Þór Baldursson, sviðsstjóri rannsóknasviðs, og ég.

Gott væri ef þú gætir tekið með þér dæmi um gagnaúrvinnslu eða skýrslu sem þú hefur unnið að (t.d. úr botndýra- eða svifsýnatöku).

Vinsamlegast staðfestu að tíminn henti með því að svara þessum pósti.

Kveðja,
Hildur Jónsdóttir
Mannauðsstjóri | Sjávarlíftæknisetrið
{hildur[1]} | s. 412 7700

--
Þessi skilaboð voru send í gegnum ráðningarkerfi Alfreðs fyrir hönd Sjávarlíftæknisetursins.
Svör við þessum pósti berast beint til ráðningaraðila. Umsóknirnar þínar: https://alfred.is/umsoknir
"""
    mail = plain_mail(
        frm=("Sjávarlíftæknisetrið í gegnum Alfreð", "no-reply@alfred.is"), to=[(OWNER_NAME, OWNER)],
        reply_to=hildur, subject="Boð í atvinnuviðtal – Sérfræðingur í sjávarvistfræði", date=sent,
        msgid="<0102019a2f4e7c1d-5b8e2a41-3c9f-4d17-b2e0-7a61f0c9d3e8-000000@eu-west-1.amazonses.com>",
        text=text, font="Helvetica, Arial, sans-serif",
        received=("from a27-14.smtp-out.eu-west-1.amazonses.com (a27-14.smtp-out.eu-west-1.amazonses.com "
                  "[54.240.27.14])\n        by mx.example.com with ESMTPS id 9c2f1e0ab7\n"
                  f"        for <{OWNER}>; {rfc(sent)}"),
        extra=[("X-SES-Outgoing", "2026.09.10-54.240.27.14"), ("List-Unsubscribe", "<https://alfred.is/stillingar/tilkynningar>")])
    case("b259-01-alfred-atvinnuvidtal-relative-tuesday", [("01-alfred-bod-i-atvinnuvidtal.eml", mail)], label(
        [iv("Sjávarlíftæknisetrið", "Sérfræðingur í sjávarvistfræði", start, end, "scheduled",
            [hildur[1]], [hildur[1]], "onsite")],
        "medium", "positive/ats-email-relative-date",
        "Alfreð-relayed invite in Icelandic; 'á þriðjudaginn kl. 10:00' resolved against Thu 10 Sep -> Tue 15 Sep; "
        "45 min stated. Two-person panel (HR manager + division head) -> onsite; only the HR manager's address "
        "appears (Reply-To/signature), so she is the only interviewer e-mail and the follow-up recipient."))


def c02():
    sent = T(RVK, 2026, 9, 14, 11, 2, 10, wd="Monday")
    start = T(RVK, 2026, 9, 23, 13, 0, wd="Wednesday")
    end = start + timedelta(hours=1)
    bryndis = ("Bryndís Ólafsdóttir", "bryndis.olafsdottir@hrafnagil-radgjof.example")
    gunnar = ("Gunnar Steinsson", "gunnar.steinsson@hrafnagil-radgjof.example")
    role = "Umhverfisráðgjafi – vöktun strandsvæða"
    text = f"""Hæ Katla Rún,

Viðtalið þitt hjá Hrafnagil Ráðgjöf hefur verið bókað.

Starf: {role}
Tegund: Fagviðtal
Tími: {IS_DAYS[start.weekday()]} {start.day}. {IS_MON[start.month - 1]} {start.year}, kl. {hm(start)} – {hm(end)} (Reykjavík, GMT)
Staður: Hrafnagil Ráðgjöf, Borgartún 27, 4. hæð, 105 Reykjavík
Viðmælendur: Bryndís Ólafsdóttir (ráðningarstjóri) og Gunnar Steinsson (fagstjóri haf- og strandvöktunar)

Fundarboð fylgir í viðhengi (invite.ics) svo þú getir sett tímann beint í dagatalið þitt.

Ef tíminn hentar ekki geturðu svarað þessum pósti og Bryndís finnur nýjan tíma með þér.

---

Hi Katla Rún,

Your interview with Hrafnagil Ráðgjöf has been booked: {en_date(start)} {start.year}, {hm(start)}–{hm(end)} (Reykjavik, GMT) at Borgartún 27, 4th floor. A calendar file is attached.

Kveðja / Best regards,
Hrafnagil Ráðgjöf ehf.

Sent með 50skills · https://www.50skills.com/privacy
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//50skills//Interview Scheduling//EN",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
               f"UID:interview-{h40('c02uid', 24)}@50skills.com", f"DTSTAMP:{z(sent)}",
               f"DTSTART:{z(start)}", f"DTEND:{z(end)}",
               f"SUMMARY:{esc('Fagviðtal: ' + role + ' (' + OWNER_NAME + ')')}",
               "DESCRIPTION:" + esc(f"Fagviðtal vegna starfs: {role}\nViðmælendur: Bryndís Ólafsdóttir og "
                                    f"Gunnar Steinsson\nHrafnagil Ráðgjöf ehf."),
               "LOCATION:" + esc("Hrafnagil Ráðgjöf, Borgartún 27, 4. hæð, 105 Reykjavík"),
               "ORGANIZER;CN=Hrafnagil Ráðgjöf:mailto:no-reply@50skills.com",
               f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}",
               f"ATTENDEE;CN={bryndis[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{bryndis[1]}",
               f"ATTENDEE;CN={gunnar[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{gunnar[1]}",
               "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    mail = plain_mail(
        frm=("Hrafnagil Ráðgjöf", "no-reply@50skills.com"), reply_to=bryndis, to=[(OWNER_NAME, OWNER)],
        subject=f"Viðtal staðfest: {role}", date=sent,
        msgid=f"<{h40('c02msg', 32)}@50skills.com>", text=text, font="Inter, Arial, sans-serif",
        attachments=[attach("text/calendar; charset=UTF-8; method=REQUEST", "invite.ics", cal)],
        received=("from o1.mail.50skills.com (o1.mail.50skills.com [149.72.41.19])\n"
                  f"        by mx.example.com with ESMTPS id 3f0a9b1c22\n        for <{OWNER}>; {rfc(sent)}"))
    case("b259-02-50skills-fagvidtal-panel-ics", [("01-50skills-vidtal-stadfest.eml", mail)], label(
        [iv("Hrafnagil Ráðgjöf", role, start, end, "scheduled", [bryndis[1], gunnar[1]],
            [bryndis[1], gunnar[1]], "onsite")],
        "easy", "positive/ats-email-with-ics",
        "50skills-style booking confirmation (Icelandic + English) with .ics in UTC; two named interviewers "
        "('Viðmælendur') with addresses in the ATTENDEE lines -> panel/onsite. Sender is no-reply, Reply-To human."))


def c03():
    s1 = T(RVK, 2026, 9, 17, 10, 24, 5, wd="Thursday")
    r1 = T(RVK, 2026, 9, 17, 21, 3, 44, wd="Thursday")
    s2 = T(RVK, 2026, 9, 29, 15, 52, 12, wd="Tuesday")
    r2 = T(RVK, 2026, 9, 29, 17, 20, 9, wd="Tuesday")
    old = T(RVK, 2026, 10, 1, 10, 30, wd="Thursday")
    start = T(RVK, 2026, 10, 6, 10, 30, wd="Tuesday")
    end = T(RVK, 2026, 10, 6, 14, 30, wd="Tuesday")
    sigrun = ("Sigrún Helgadóttir", "sigrun.helgadottir@vestlax.example")
    arnar = ("Arnar Pálsson", "arnar.palsson@vestlax.example")
    ragnar = ("Ragnar Kristjánsson", "ragnar.kristjansson@vestlax.example")
    me = (OWNER_NAME, OWNER)
    subj = "Viðtal og heimsókn á eldissvæðið – Umhverfisstjóri"
    sig = """Kveðja,
Sigrún Helgadóttir
Mannauðs- og gæðastjóri
Vestlax hf. | Strandgötu 41, 460 Tálknafirði
s. 456 2210 | www.vestlax.example"""
    t1 = f"""Sæl Katla Rún,

Takk fyrir umsóknina um starf umhverfisstjóra Vestlax og fyrir vöktunarskýrsluna sem þú sendir okkur. Okkur langar að bjóða þér í viðtal hjá okkur fyrir vestan, þar sem þú færð líka að sjá eldissvæðið.

Við leggjum til {is_date(old)}. Dagskráin yrði svona:

10:30–12:00  Skoðunarferð um eldiskvíarnar í Tálknafirði með Arnari Pálssyni stöðvarstjóra. Arnar fer yfir daglegan rekstur, botnvöktun og lúsatalningar, og hann tekur þátt í mati á umsækjendum.
12:00–13:00  Hádegismatur í starfsstöðinni
13:00–14:30  Viðtal við Ragnar Kristjánsson framleiðslustjóra og mig

Við bókum fyrir þig flug með Norlandair frá Reykjavík til Bíldudals um morguninn og sækjum þig á flugvöllinn; heimflug er kl. 16:40. Taktu með þér hlý föt og góða skó, það getur verið kalt úti á kvíunum.

Arnar og Ragnar eru í afriti.

{sig}
"""
    m1 = plain_mail(frm=sigrun, to=[me], cc=[arnar, ragnar], subject=subj, date=s1,
                    msgid="<AM9PR03MB7345A1C0E6F2B7D4C19E88A2D2B92@AM9PR03MB7345.eurprd03.prod.outlook.com>",
                    text=t1, extra=[("Thread-Topic", S(subj)), ("Thread-Index", "AdtJ1c0m3Q9xT0GkRbqvWm4J5uQH8w==")])
    t2 = f"""Sæl Sigrún,

Kærar þakkir fyrir boðið. {is_date(old)[0].upper() + is_date(old)[1:]} hentar mér mjög vel og ég hlakka til að koma vestur og sjá kvíarnar.

Bestu kveðjur,
Katla Rún

{gmail_attr(s1, sigrun[0], sigrun[1])}
{quote(t1)}
"""
    m2 = plain_mail(frm=me, to=[sigrun], cc=[arnar, ragnar], subject="Re: " + subj, date=r1,
                    msgid="<6f1d2c0b-8a3e-4b51-9d7c-2e1f0a4b6c31@example.com>",
                    in_reply_to="<AM9PR03MB7345A1C0E6F2B7D4C19E88A2D2B92@AM9PR03MB7345.eurprd03.prod.outlook.com>",
                    references="<AM9PR03MB7345A1C0E6F2B7D4C19E88A2D2B92@AM9PR03MB7345.eurprd03.prod.outlook.com>",
                    text=t2, html_too=False, cte="8bit", mailer="Mozilla Thunderbird")
    t3 = f"""Sæl aftur Katla,

Veðurstofan var að gefa út appelsínugula viðvörun fyrir Vestfirði og Breiðafjörð á fimmtudaginn – spáð er norðaustanstormi, 20–28 m/s, með snjókomu á fjallvegum – og Norlandair hefur þegar fellt niður morgunflugið til Bíldudals. Við viljum ekki að þú lendir í vandræðum á leiðinni, svo við færum heimsóknina og viðtalið til {is_date(start)}.

Dagskráin helst óbreytt: skoðunarferð um kvíarnar með Arnari kl. 10:30, hádegismatur og svo viðtal við Ragnar og mig kl. 13:00–14:30. Ég er búin að endurbóka flugið þitt (sama brottfarartími).

Láttu mig vita hvort þetta gangi upp.

{sig}
{outlook_is_header(r1, me, sigrun, "Re: " + subj, cc="Arnar Pálsson; Ragnar Kristjánsson")}
{t2}"""
    m3 = plain_mail(frm=sigrun, to=[me], cc=[arnar, ragnar], subject="RE: " + subj, date=s2,
                    msgid="<AM9PR03MB7345F7B31D0C4E2A90B1C6E4D2B92@AM9PR03MB7345.eurprd03.prod.outlook.com>",
                    in_reply_to="<6f1d2c0b-8a3e-4b51-9d7c-2e1f0a4b6c31@example.com>",
                    references="<AM9PR03MB7345A1C0E6F2B7D4C19E88A2D2B92@AM9PR03MB7345.eurprd03.prod.outlook.com> "
                               "<6f1d2c0b-8a3e-4b51-9d7c-2e1f0a4b6c31@example.com>",
                    text=t3, extra=[("Thread-Topic", S(subj)), ("Thread-Index", "AdtJ1c0m3Q9xT0GkRbqvWm4J5uQH8wJ0kYcA")])
    t4 = f"""Sæl Sigrún,

Ekkert mál, betra að fara varlega í svona veðri. {is_date(start)[0].upper() + is_date(start)[1:]} gengur fullkomlega upp – sjáumst þá á Bíldudal!

Kveðja,
Katla Rún

{gmail_attr(s2, sigrun[0], sigrun[1])}
{quote(t3)}
"""
    m4 = plain_mail(frm=me, to=[sigrun], cc=[arnar, ragnar], subject="Re: " + subj, date=r2,
                    msgid="<a03e9b57-14c2-4f8d-b6a1-93d0c7e25f10@example.com>",
                    in_reply_to="<AM9PR03MB7345F7B31D0C4E2A90B1C6E4D2B92@AM9PR03MB7345.eurprd03.prod.outlook.com>",
                    references="<AM9PR03MB7345A1C0E6F2B7D4C19E88A2D2B92@AM9PR03MB7345.eurprd03.prod.outlook.com> "
                               "<6f1d2c0b-8a3e-4b51-9d7c-2e1f0a4b6c31@example.com> "
                               "<AM9PR03MB7345F7B31D0C4E2A90B1C6E4D2B92@AM9PR03MB7345.eurprd03.prod.outlook.com>",
                    text=t4, html_too=False, cte="8bit", mailer="Mozilla Thunderbird")
    case("b259-03-westfjords-farm-visit-storm-reschedule",
         [("01-vestlax-bod-i-vidtal-og-heimsokn.eml", m1), ("02-svar-stadfesting.eml", m2),
          ("03-vestlax-stormur-faersla.eml", m3), ("04-svar-nyr-timi.eml", m4)], label(
        [iv("Vestlax", "Umhverfisstjóri", start, end, "scheduled", [arnar[1], ragnar[1], sigrun[1]],
            [arnar[1], ragnar[1], sigrun[1]], "onsite")],
        "hard", "positive/reschedule-by-email-onsite",
        "Icelandic Outlook/Thunderbird thread. Site visit at the sea pens (farm manager takes part in the "
        "assessment) + lunch + interview with production director and HR = one same-day onsite 10:30-14:30. "
        "Orange storm warning cancels the Bíldudalur flight; moved from Thu 1 Oct to Tue 6 Oct, same agenda."))


def c04():
    sent = T(OSL, 2026, 10, 7, 9, 41, 18, wd="Wednesday")
    start = T(OSL, 2026, 10, 20, 9, 0, wd="Tuesday")
    end = start + timedelta(hours=1)
    assert start.utcoffset() == timedelta(hours=2)          # still CEST on 20 Oct
    eirik = ("Eirik Vold", "eirik.vold@fjordhav.example")
    marte = ("Marte Solberg", "marte.solberg@fjordhav.example")
    subj = f"Intervju – Miljørådgiver havbruk – {OWNER_NAME}"
    url, tblock = teams("c04", "no")
    tz = "W. Europe Standard Time"
    text = f"""Når: {NO_DAYS[start.weekday()]} {start.day}. {NO_MON[start.month - 1]} {start.year} {hm(start)}-{hm(end)} {WIN_LABEL[(tz, 'no')]}.
Hvor: Microsoft Teams-møte

*~*~*~*~*~*~*~*~*~*

Hei Katla,

Takk for søknaden på stillingen som miljørådgiver havbruk hos Fjordhav Akvakultur. Vi vil gjerne invitere deg til et intervju på Teams med Marte Solberg, avdelingsleder for miljø og bærekraft. Intervjuet varer i en time. Jeg har bare satt opp møtet og deltar ikke selv.

Merk: Tidspunktet over er norsk tid. Intervjuet starter kl. 09:00 i Bergen, altså kl. 07:00 på Island.

Si gjerne fra dersom tidspunktet ikke passer.

Med vennlig hilsen
Eirik Vold
HR-koordinator | Fjordhav Akvakultur AS
Tlf. +47 55 30 12 40

{tblock}"""
    cal = exchange_ics(method="REQUEST", tzid=tz, organizer=eirik,
                       attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (marte[0], marte[1], "REQ-PARTICIPANT", "NEEDS-ACTION")],
                       description=text, uid=exchange_uid("c04"), summary=subj, start=start, end=end,
                       dtstamp=sent, location="Microsoft Teams-møte", teams_url=url, lang="nb-NO")
    mail = exchange_mail(frm=eirik, to=[(OWNER_NAME, OWNER), marte], subject=subj, date=sent,
                         msgid="<DB9PR08MB6921C3E05B7A4F0D18E2A7C5F4A61@DB9PR08MB6921.eurprd08.prod.outlook.com>",
                         body_text=text, cal=cal, boundary="_000_DB9PR08MB6921C3E05B7A4F0D18E2A7C5F4A61DB9PR08MB6921eurp_",
                         thread_index="AdtYk2f1Jw8Vx0mHS1u5c9QnYqJ0Cg==", lang="nb-NO",
                         received_host="EUR05-DB8-obe.outbound.protection.outlook.com")
    case("b259-04-bergen-teams-norsk-cest", [("01-invitasjon-intervju-fjordhav.eml", mail)], label(
        [iv("Fjordhav Akvakultur", "Miljørådgiver havbruk", start, end, "scheduled", [marte[1]], [marte[1]],
            "hiring_manager")],
        "medium", "positive/exchange-teams-dst",
        "Norwegian Teams invite, TZID 'W. Europe Standard Time'; Outlook label says (UTC+01:00) but 20 Oct is "
        "still CEST -> 07:00Z, confirmed by the body ('kl. 07:00 på Island'). Organizer is an HR coordinator "
        "who does not attend; the department head is the interviewer."))


def c05():
    m1d = T(OSL, 2026, 10, 12, 10, 15, 2, wd="Monday")
    r1d = T(RVK, 2026, 10, 12, 12, 30, 41, wd="Monday")
    i1d = T(OSL, 2026, 10, 12, 14, 58, 0, wd="Monday")
    m2d = T(OSL, 2026, 10, 23, 9, 12, 37, wd="Friday")
    i2d = T(OSL, 2026, 10, 23, 9, 20, 5, wd="Friday")
    s1 = T(OSL, 2026, 10, 22, 10, 0, wd="Thursday")
    e1 = s1 + timedelta(minutes=30)
    alt = T(OSL, 2026, 10, 23, 13, 0, wd="Friday")
    s2 = T(OSL, 2026, 10, 29, 10, 0, wd="Thursday")
    e2 = s2 + timedelta(minutes=90)
    assert s1.utcoffset() == timedelta(hours=2) and s2.utcoffset() == timedelta(hours=1)
    assert s1.astimezone(RVK).hour == 8 and s2.astimezone(RVK).hour == 9
    ingrid = ("Ingrid Haugland", "ingrid.haugland@hordafisk.example")
    lars = ("Lars Myklebust", "lars.myklebust@hordafisk.example")
    me = (OWNER_NAME, OWNER)
    role = "Marine Biologist – R&D (Sea Lice)"
    sig = """Best regards,
Ingrid Haugland
Talent Acquisition Partner
Hordafisk AS | Bontelabo 2, 5003 Bergen
+47 930 41 218"""
    t1 = f"""Hi Katla,

Thank you for applying for the {role} position at Hordafisk. I'd like to set up a short introductory call (30 min, Google Meet) to tell you more about the role and the team, and to hear a bit about your background.

Would {en_date(s1)} at 10:00 Norwegian time (08:00 in Reykjavik) work for you? If not, {en_date(alt)} at 13:00 is also open.

{sig}
"""
    m1 = plain_mail(frm=ingrid, to=[me], subject=f"Hordafisk – {role}: intro call", date=m1d,
                    msgid="<CAK3x8vR1mWq0p7Yf2Hd9sLzQe4bN6TgU5cJ0aXoP1rV8kEw2Dg@mail.gmail.com>", text=t1,
                    cte="quoted-printable", font="Arial, sans-serif")
    t2 = f"""Hi Ingrid,

Thanks for getting in touch! {en_date(s1)} at 10:00 your time (08:00 here) works well for me.

Looking forward to it.

Best,
Katla Rún Sigurðardóttir

On Mon, 12 Oct 2026 at 08:15, Ingrid Haugland <{ingrid[1]}> wrote:
{quote(t1)}
"""
    m2 = plain_mail(frm=me, to=[ingrid], subject=f"Re: Hordafisk – {role}: intro call", date=r1d,
                    msgid="<b7d2e4a1-0c9f-4e3b-8a5d-61f2c7093e4b@example.com>",
                    in_reply_to="<CAK3x8vR1mWq0p7Yf2Hd9sLzQe4bN6TgU5cJ0aXoP1rV8kEw2Dg@mail.gmail.com>",
                    references="<CAK3x8vR1mWq0p7Yf2Hd9sLzQe4bN6TgU5cJ0aXoP1rV8kEw2Dg@mail.gmail.com>",
                    text=t2, html_too=False, cte="8bit", mailer="Mozilla Thunderbird")
    sum1 = f"Hordafisk – intro call ({OWNER_NAME})"
    g1 = google_invite_mail(
        organizer=ingrid, subject=f"Invitation: {sum1} @ Thu 22 Oct 2026 10:00 - 10:30 (CEST) ({OWNER})",
        date=i1d, msgid="<calendar-4f0c2a7e-91d3-4b6a-8e25-7c3d1f09a6b2@google.com>", start=s1, end=e1,
        tzlabel="Central European Time - Oslo", when_line="Thursday 22 Oct 2026 ⋅ 10:00 – 10:30",
        description=f"Introductory call about the {role} role.\n30 minutes with Ingrid (Talent Acquisition).",
        attendees=[(ingrid[0], ingrid[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
        uid="5q1f8c0d7k2m9r3t6v4x0z1b3d@google.com", created=i1d, boundary_seed="c05g1")
    t3 = f"""Hi Katla,

Thanks for a great conversation yesterday! I'm happy to say we'd like to move you on to a technical interview with Dr. Lars Myklebust, our Head of Fish Health R&D. It will be 90 minutes: a discussion of your sea lice monitoring work and a short case on treatment thresholds and environmental impact.

Lars has suggested {en_date(s2)}, 10:00–11:30 Norwegian time. Please note that Norway goes back to winter time on Sunday 25 October, so this will be 09:00 in Reykjavik (not 08:00 like our call).

I'll send a calendar invite with Lars included – I won't be joining this one myself.

{sig}
"""
    m3 = plain_mail(frm=ingrid, to=[me], subject=f"Next step: technical interview – {role}", date=m2d,
                    msgid="<CAK3x8vTq2Lz5nB0cY8wR4eFhA1sD7kG3mJ9pX6uV2oN5tQyI0w@mail.gmail.com>", text=t3,
                    font="Arial, sans-serif")
    sum2 = f"Hordafisk – technical interview with Lars Myklebust ({OWNER_NAME})"
    g2 = google_invite_mail(
        organizer=ingrid, subject=f"Invitation: {sum2} @ Thu 29 Oct 2026 10:00 - 11:30 (CET) ({OWNER})",
        date=i2d, msgid="<calendar-0d8e3b6f-2a71-4c95-b1e4-9f6a2c8d7e30@google.com>", start=s2, end=e2,
        tzlabel="Central European Time - Oslo", when_line="Thursday 29 Oct 2026 ⋅ 10:00 – 11:30",
        description=f"Technical interview for the {role} role with Lars Myklebust (Head of Fish Health R&D).\n"
                    "Sea lice monitoring discussion + short case on treatment thresholds.",
        attendees=[(ingrid[0], ingrid[1], "ACCEPTED"), (lars[0], lars[1], "ACCEPTED"),
                   (OWNER, OWNER, "NEEDS-ACTION")],
        uid="2h7j4l9n1p6s8u0w3y5a7c9e2g@google.com", created=i2d, boundary_seed="c05g2")
    case("b259-05-bergen-two-interviews-across-dst",
         [("01-hordafisk-intro-call-request.eml", m1), ("02-reply-thursday-works.eml", m2),
          ("03-invitation-intro-call.eml", g1), ("04-hordafisk-next-step-technical.eml", m3),
          ("05-invitation-technical-interview.eml", g2)], label(
        [iv("Hordafisk", role, s1, e1, "scheduled", [ingrid[1]], [ingrid[1]], "phone_screen"),
         iv("Hordafisk", role, s2, e2, "scheduled", [lars[1]], [lars[1]], "technical")],
        "hard", "positive/two-interviews-dst",
        "Two interviews with one Bergen company, a week apart across the 25 Oct DST end: 10:00 CEST (08:00Z) "
        "and 10:00 CET (09:00Z). Google invites in UTC. Recruiter does the intro call; Ingrid organises but "
        "does not join the technical one, so only Lars is its interviewer."))


def c06():
    sent = T(LON, 2026, 10, 12, 16, 20, 33, wd="Monday")
    inv = T(LON, 2026, 10, 12, 16, 31, 2, wd="Monday")
    start = T(LON, 2026, 10, 27, 14, 0, wd="Tuesday")
    end = start + timedelta(minutes=45)
    assert start.utcoffset() == timedelta(0) and sent.utcoffset() == timedelta(hours=1)
    rachel = ("Rachel Pembridge", "r.pembridge@westmoor.ac.example")
    finch = ("Alasdair Finch", "a.finch@westmoor.ac.example")
    nia = ("Nia Rowlands", "n.rowlands@westmoor.ac.example")
    wilk = ("Tomasz Wilk", "t.wilk@westmoor.ac.example")
    me = (OWNER_NAME, OWNER)
    role = "Postdoctoral Research Associate in Marine Ecology (Kelp Forest Restoration)"
    t1 = f"""Dear Katla,

{role} – ref. SOS-2026-114

Thank you for your application. I am pleased to let you know that you have been shortlisted, and I would like to invite you to an interview via Microsoft Teams on {en_date(start)} {start.year} at 14:00 (UK time).

The interview will last approximately 45 minutes and will begin with a 10-minute presentation on "Restoring kelp forests in a warming North Atlantic: priorities for the next five years", followed by questions from the panel:

Professor Alasdair Finch, Head of School of Ocean Sciences (Chair)
Dr Nia Rowlands, Principal Investigator
Dr Tomasz Wilk, Senior Lecturer in Marine Biology

Please note that UK clocks go back one hour on Sunday 25 October, so 14:00 UK time on the day of your interview will also be 14:00 in Reykjavik.

A Teams invitation will follow shortly. Please let me know if you require any adjustments for the interview.

Kind regards,

Rachel Pembridge
Recruitment Administrator | People Services
Westmoor University
r.pembridge@westmoor.ac.example | +44 1632 960 418
"""
    m1 = plain_mail(frm=rachel, to=[me], subject=f"Invitation to interview – {role} (SOS-2026-114)", date=sent,
                    msgid="<LO2P265MB5013E0B9A4C17F23D86B51E2C9D04@LO2P265MB5013.GBRP265.PROD.OUTLOOK.COM>",
                    text=t1, extra=[("Thread-Topic", S(f"Invitation to interview – {role} (SOS-2026-114)")),
                                    ("Thread-Index", "AdtZb8K2rF0w1nYbQ4aX3tV9lE6cMg==")])
    tz = "GMT Standard Time"
    url, tblock = teams("c06", "en")
    subj = f"Interview – SOS-2026-114 Postdoctoral Research Associate – {OWNER_NAME}"
    t2 = f"""When: {EN_DAYS[start.weekday()]}, {start.day} {EN_MON[start.month - 1]} {start.year} {hm(start)}-{hm(end)} {WIN_LABEL[(tz, 'en')]}.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Interview for the post of {role} (SOS-2026-114).

Panel: Prof Alasdair Finch (Chair), Dr Nia Rowlands, Dr Tomasz Wilk.
Candidate presentation (10 min) followed by questions.

I will not be attending; if you have any technical difficulties on the day please call me on +44 1632 960 418.

Rachel Pembridge
Recruitment Administrator | People Services | Westmoor University

{tblock}"""
    cal = exchange_ics(method="REQUEST", tzid=tz, organizer=rachel,
                       attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (finch[0], finch[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                  (nia[0], nia[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                  (wilk[0], wilk[1], "REQ-PARTICIPANT", "NEEDS-ACTION")],
                       description=t2, uid=exchange_uid("c06"), summary=subj, start=start, end=end,
                       dtstamp=inv, teams_url=url, lang="en-GB")
    m2 = exchange_mail(frm=rachel, to=[me, finch, nia, wilk], subject=subj, date=inv,
                       msgid="<LO2P265MB50137A2F0C8E1D94B3E6A0F57C1D2@LO2P265MB5013.GBRP265.PROD.OUTLOOK.COM>",
                       body_text=t2, cal=cal, boundary="_000_LO2P265MB50137A2F0C8E1D94B3E6A0F57C1D2LO2P265MB5013GBRP_",
                       thread_index="AdtZcUo9Wm2B4kR5SQe0s1yF7hXnEA==", lang="en-GB",
                       received_host="GBR01-LO2-obe.outbound.protection.outlook.com")
    case("b259-06-uk-university-panel-gmt-after-dst",
         [("01-westmoor-shortlisted-invitation.eml", m1), ("02-teams-invite-interview-panel.eml", m2)], label(
        [iv("Westmoor University", role, start, end, "scheduled", [finch[1], nia[1], wilk[1]],
            [finch[1], nia[1], wilk[1]], "onsite")],
        "medium", "positive/dedupe-exchange-dst",
        "UK university: shortlisting e-mail sent during BST (+0100) + Teams invite with TZID 'GMT Standard Time' "
        "for Tue 27 Oct, two days after clocks go back -> 14:00 GMT = 14:00Z. One interview, three-person panel "
        "(onsite); the recruitment administrator only organises."))


def c07():
    stamp = T(RVK, 2026, 10, 5, 10, 2, 47, wd="Monday")
    start = T(RVK, 2026, 10, 14, 13, 0, wd="Wednesday")
    end = start + timedelta(minutes=45)
    assert start.astimezone(LON).utcoffset() == timedelta(hours=1)   # London would differ by 1 h here
    thorunn = ("Þórunn Egilsdóttir", "thorunn.egilsdottir@strandvis.example")
    tz = "Greenwich Standard Time"
    url, tblock = teams("c07", "is")
    role = "Sérfræðingur í vöktun lífríkis sjávar"
    desc = f"""Hvenær: {IS_DAYS[start.weekday()]}, {start.day}. {IS_MON[start.month - 1]} {start.year} {hm(start)}-{hm(end)} {WIN_LABEL[(tz, 'is')]}.
Hvar: Microsoft Teams-fundur

*~*~*~*~*~*~*~*~*~*

Sæl Katla,

Hér kemur fundarboð vegna atvinnuviðtalsins sem við ræddum um í síma í morgun, vegna starfs sérfræðings í vöktun lífríkis sjávar. Ég tek viðtalið sjálf og það tekur um 45 mínútur.

Kveðja,
Þórunn Egilsdóttir
Deildarstjóri vöktunardeildar | Strandvísindastofnun

{tblock}"""
    cal = exchange_ics(method="REQUEST", tzid=tz, organizer=thorunn,
                       attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                       description=desc, uid=exchange_uid("c07"), summary=f"Atvinnuviðtal – {role}",
                       start=start, end=end, dtstamp=stamp, location="Microsoft Teams-fundur", teams_url=url,
                       lang="is-IS", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    case("b259-07-icelandic-teams-greenwich-standard-time", [("01-atvinnuvidtal-strandvis.ics", cal)], label(
        [iv("Strandvísindastofnun", role, start, end, "scheduled", [thorunn[1]], [thorunn[1]], "hiring_manager")],
        "medium", "positive/standalone-ics-windows-tzid",
        "Standalone Outlook .ics in Icelandic with TZID 'Greenwich Standard Time' (Monrovia/Reykjavik, no DST). "
        "On 14 Oct London is on BST, so mapping it to 'GMT Standard Time'/Europe/London would give 12:00Z "
        "instead of 13:00Z."))

def c08():
    sent = T(OSL, 2026, 10, 15, 13, 12, 40, wd="Thursday")
    csent = T(OSL, 2026, 10, 21, 8, 30, 16, wd="Wednesday")
    start = T(OSL, 2026, 10, 26, 14, 0, wd="Monday")
    end = start + timedelta(hours=1)
    assert start.utcoffset() == timedelta(hours=1) and start.astimezone(RVK).hour == 13
    oystein = ("Øystein Brekke", "oystein.brekke@nordnes-havbruk.example")
    me = (OWNER_NAME, OWNER)
    role = "Havbiolog, miljøovervåking"
    subj = f"Intervju – {role}"
    tz = "W. Europe Standard Time"
    url, tblock = teams("c08", "no")
    when = (f"Når: {NO_DAYS[start.weekday()]} {start.day}. {NO_MON[start.month - 1]} {start.year} "
            f"{hm(start)}-{hm(end)} {WIN_LABEL[(tz, 'no')]}.\nHvor: Microsoft Teams-møte\n\n*~*~*~*~*~*~*~*~*~*\n\n")
    t1 = when + f"""Hei Katla,

Takk for søknaden din på stillingen som havbiolog innen miljøovervåking hos Nordnes Havbruk. Jeg vil gjerne ta et intervju med deg på Teams. Intervjuet tar omtrent en time, og jeg gjennomfører det selv.

NB: Da har vi gått over til vintertid, så kl. 14:00 hos oss er kl. 13:00 på Island.

Vennlig hilsen
Øystein Brekke
Fagsjef miljø | Nordnes Havbruk AS

{tblock}"""
    uid = exchange_uid("c08")
    cal1 = exchange_ics(method="REQUEST", tzid=tz, organizer=oystein,
                        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                        description=t1, uid=uid, summary=subj, start=start, end=end, dtstamp=sent,
                        location="Microsoft Teams-møte", teams_url=url, lang="nb-NO")
    m1 = exchange_mail(frm=oystein, to=[me], subject=subj, date=sent,
                       msgid="<AS8PR02MB9074E2C1A7B04F6D3895C0E1A3B57@AS8PR02MB9074.eurprd02.prod.outlook.com>",
                       body_text=t1, cal=cal1, boundary="_000_AS8PR02MB9074E2C1A7B04F6D3895C0E1A3B57AS8PR02MB9074eurp_",
                       thread_index="AdtexHq0bV6c1P9nTkSgR2o3mZ4y5Q==", lang="nb-NO",
                       received_host="EUR03-AM7-obe.outbound.protection.outlook.com")
    t2 = when + """Hei Katla,

Dessverre må vi avlyse intervjuet på mandag. Stillingen er satt på vent etter en omorganisering av fagavdelingen, og vi vet foreløpig ikke når den blir lyst ut igjen. Beklager så mye for ulempen – vi tar kontakt dersom stillingen blir aktuell igjen.

Vennlig hilsen
Øystein Brekke
Fagsjef miljø | Nordnes Havbruk AS
"""
    cal2 = exchange_ics(method="CANCEL", tzid=tz, organizer=oystein,
                        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                        description=t2, uid=uid, summary="Avlyst: " + subj, start=start, end=end, dtstamp=csent,
                        seq=1, status="CANCELLED", location="Microsoft Teams-møte", lang="nb-NO", busy="FREE")
    m2 = exchange_mail(frm=oystein, to=[me], subject="Avlyst: " + subj, date=csent,
                       msgid="<AS8PR02MB90743D0F9B1E6C27A84D5F2B0C619@AS8PR02MB9074.eurprd02.prod.outlook.com>",
                       body_text=t2, cal=cal2, method="CANCEL",
                       boundary="_000_AS8PR02MB90743D0F9B1E6C27A84D5F2B0C619AS8PR02MB9074eurp_",
                       thread_index="AdtexHq0bV6c1P9nTkSgR2o3mZ4y5QFk3s1w", lang="nb-NO",
                       received_host="EUR03-AM7-obe.outbound.protection.outlook.com")
    case("b259-08-bergen-teams-cancelled-after-dst",
         [("01-invitasjon-intervju-nordnes.eml", m1), ("02-avlyst-intervju-nordnes.eml", m2)], label(
        [iv("Nordnes Havbruk", role, start, end, "cancelled", [oystein[1]], [oystein[1]], "hiring_manager")],
        "medium", "positive/cancellation",
        "Norwegian Teams invite then METHOD:CANCEL ('Avlyst:', STATUS:CANCELLED, SEQUENCE 1); position put on "
        "hold. Kept as cancelled at Mon 26 Oct 14:00 CET = 13:00Z (the day after DST ends)."))


def c09():
    created = datetime(2026, 9, 21, 16, 40, 12, tzinfo=UTC)
    start = T(RVK, 2026, 9, 29, 15, 0, wd="Tuesday")
    end = start + timedelta(minutes=45)
    asgeir = ("Ásgeir Logason", "asgeir@tharathroun.example")
    meet = meet_code("c09")
    role = "Yfirmaður ræktunarrannsókna"
    ev = {
        "kind": "calendar#event",
        "etag": "\"3528174094636000\"",
        "id": "7tq2vh0k5n8c3r1m9s4d6f0a2b",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.b64encode(f"7tq2vh0k5n8c3r1m9s4d6f0a2b {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-09-21T16:40:12.000Z",
        "updated": "2026-09-22T09:05:47.318Z",
        "summary": f"Þaraþróun – lokaviðtal: {OWNER_NAME}",
        "description": (f"Lokaviðtal vegna starfs yfirmanns ræktunarrannsókna (Head of Cultivation Research).\n"
                        f"Ásgeir Logason, framkvæmdastjóri og annar stofnenda, tekur viðtalið. Við förum yfir "
                        f"ræktunaráætlun 2027, tilraunalínurnar í Breiðafirði og væntingar beggja aðila.\n\n"
                        f"Google Meet: https://meet.google.com/{meet}"),
        "location": "Google Meet",
        "creator": {"email": asgeir[1], "displayName": asgeir[0]},
        "organizer": {"email": asgeir[1], "displayName": asgeir[0]},
        "start": {"dateTime": start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "timeZone": "Atlantic/Reykjavik"},
        "end": {"dateTime": end.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "timeZone": "Atlantic/Reykjavik"},
        "iCalUID": "7tq2vh0k5n8c3r1m9s4d6f0a2b@google.com",
        "sequence": 0,
        "attendees": [
            {"email": asgeir[1], "displayName": asgeir[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{meet}",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{meet}", "label": f"meet.google.com/{meet}"},
                {"entryPointType": "phone", "uri": "tel:+354-539-0187", "label": "+354 539 0187",
                 "pin": digits("c09pin", 9), "regionCode": "IS"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": meet,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    assert created < start
    case("b259-09-gcal-api-kelp-startup-final-chat",
         [("01-tharathroun-lokavidtal.gcal.json", json.dumps(ev, ensure_ascii=False, indent=2) + "\n")], label(
        [iv("Þaraþróun", role, start, end, "scheduled", [asgeir[1]], [asgeir[1]], "hiring_manager")],
        "easy", "positive/gcal-api-json",
        "Calendar API event only, Icelandic summary 'lokaviðtal' (final interview) with the founder/CEO; "
        "times in UTC with timeZone Atlantic/Reykjavik."))


def c10():
    orig = T(OSL, 2026, 11, 3, 14, 22, 9, wd="Tuesday")
    fwd = T(RVK, 2026, 11, 3, 19, 5, 51, wd="Tuesday")
    start = T(OSL, 2026, 11, 12, 10, 0, wd="Thursday")
    end = start + timedelta(hours=1)
    assert start.astimezone(RVK).hour == 9
    kristian = ("Kristian Lunde", "kristian.lunde@sotrafiskehelse.example")
    hanne = ("Hanne Tveit", "hanne.tveit@sotrafiskehelse.example")
    alumni = (OWNER_NAME, "katla.rs@hi-alumni.example")
    text = f"""Sendi þetta á aðalnetfangið svo ég missi ekki af því.

-------- Forwarded Message --------
Subject: \tIntervju – Fiskehelsebiolog
Date: \t{rfc(orig)}
From: \t{kristian[0]} <{kristian[1]}>
To: \t{alumni[0]} <{alumni[1]}>
CC: \t{hanne[0]} <{hanne[1]}>

Hei Katla!

Takk for søknaden din på stillingen som fiskehelsebiolog hos oss. Vi vil gjerne ha deg med på et intervju på Teams {no_date(start)} kl. 10.00 norsk tid (kl. 09.00 hos deg på Island). Intervjuet tar ca. én time, og jeg gjennomfører det sammen med fagsjef Hanne Tveit, som står på kopi.

Teams-lenke kommer i en egen invitasjon i løpet av uken.

Passer tidspunktet? Gi meg gjerne en kort bekreftelse.

Mvh
Kristian Lunde
Daglig leder
Sotra Fiskehelse AS | Straume, 5353 Øygarden
+47 416 22 870
"""
    mail = plain_mail(frm=alumni, to=[(OWNER_NAME, OWNER)], subject="Fwd: Intervju – Fiskehelsebiolog", date=fwd,
                      msgid="<3e9a0f52-7c1b-4d84-a6e2-0b5d8f17c3a9@hi-alumni.example>", text=text,
                      html_too=False, cte="8bit", mailer="Mozilla Thunderbird",
                      received=("from mail.hi-alumni.example (mail.hi-alumni.example [192.0.2.45])\n"
                                f"        by mx.example.com with ESMTPS id 77c1d0e9f3\n        for <{OWNER}>; {rfc(fwd)}"))
    case("b259-10-forwarded-norwegian-fish-health", [("01-fwd-intervju-fiskehelsebiolog.eml", mail)], label(
        [iv("Sotra Fiskehelse", "Fiskehelsebiolog", start, end, "scheduled", [kristian[1], hanne[1]],
            [kristian[1], hanne[1]], "onsite")],
        "medium", "positive/forwarded-email-body-only",
        "Owner forwards (Thunderbird) a Norwegian invitation from her alumni address to her main address. "
        "'torsdag 12. november kl. 10.00 norsk tid' = 09:00Z (CET). Two interviewers (CEO + fagsjef) -> panel. "
        "The alumni address is the owner's, not a recipient."))


def c11():
    d1 = T(RVK, 2026, 9, 25, 9, 14, 26, wd="Friday")
    d2 = T(RVK, 2026, 9, 25, 17, 48, 3, wd="Friday")
    d3 = T(RVK, 2026, 9, 28, 8, 40, 55, wd="Monday")
    start = T(RVK, 2026, 9, 30, 13, 30, wd="Wednesday")
    end = start + timedelta(minutes=20)
    petur = ("Pétur Guðmundsson", "petur.gudmundsson@natturustofa-snd.example")
    me = (OWNER_NAME, OWNER)
    subj = "Umsókn um starf sjávarlíffræðings"
    t1 = """Sæl Katla,

Takk fyrir umsóknina um tímabundna stöðu sjávarlíffræðings hjá Náttúrustofunni. Mig langar að taka stutt símaviðtal við þig í næstu viku, um 20 mínútur, áður en við ákveðum hverjum við bjóðum í viðtal hingað í Stykkishólm.

Hentar þér þriðjudagur eftir hádegi, eða miðvikudagur kl. 13:30?

Bestu kveðjur,
Pétur Guðmundsson
forstöðumaður
Náttúrustofa Snæfellsness og Dala
Hafnargötu 3, 340 Stykkishólmi | s. 433 8120
"""
    id1 = "<VI1PR07MB6254B0A4E1C93D7F25E8A6C0B1D47@VI1PR07MB6254.eurprd07.prod.outlook.com>"
    m1 = plain_mail(frm=petur, to=[me], subject=subj, date=d1, msgid=id1, text=t1,
                    extra=[("Thread-Topic", S(subj)), ("Thread-Index", "AdtNb1y6e9Qc0X2jRpm4L8oH3dUzYw==")])
    t2 = f"""Sæll Pétur,

Takk fyrir þetta. Miðvikudagurinn kl. 13:30 hentar mér vel. Síminn hjá mér er 866 4127.

Kveðja,
Katla Rún

{gmail_attr(d1, petur[0], petur[1])}
{quote(t1)}
"""
    id2 = "<d41c7e2a-95b0-4f3e-8c16-2a7e0b9d5f48@example.com>"
    m2 = plain_mail(frm=me, to=[petur], subject="Re: " + subj, date=d2, msgid=id2, in_reply_to=id1,
                    references=id1, text=t2, html_too=False, cte="8bit", mailer="Mozilla Thunderbird")
    t3 = f"""Frábært, ég hringi þá í þig {is_date(start)} kl. 13:30.

Kveðja,
Pétur
{outlook_is_header(d2, me, petur, "Re: " + subj)}
{t2}"""
    m3 = plain_mail(frm=petur, to=[me], subject="RE: " + subj, date=d3,
                    msgid="<VI1PR07MB62547F1E0C5A2B94D36E8F1A0C2B9@VI1PR07MB6254.eurprd07.prod.outlook.com>",
                    in_reply_to=id2, references=f"{id1} {id2}", text=t3,
                    extra=[("Thread-Topic", S(subj)), ("Thread-Index", "AdtNb1y6e9Qc0X2jRpm4L8oH3dUzYwBq7tNm")])
    case("b259-11-icelandic-thread-simavidtal",
         [("01-natturustofa-simavidtal-tillaga.eml", m1), ("02-svar-midvikudagur.eml", m2),
          ("03-natturustofa-stadfesting.eml", m3)], label(
        [iv("Náttúrustofa Snæfellsness og Dala", "Sjávarlíffræðingur", start, end, "scheduled", [petur[1]],
            [petur[1]], "phone_screen")],
        "medium", "positive/thread-propose-confirm",
        "Icelandic propose/confirm thread: two options offered ('þriðjudagur eftir hádegi' / 'miðvikudagur kl. "
        "13:30'), owner picks Wednesday, director confirms 'miðvikudaginn 30. september kl. 13:30'. ~20 min "
        "phone screen by the director himself."))


def c12():
    d1 = T(RVK, 2026, 10, 19, 17, 48, 3, wd="Monday")
    d2 = T(RVK, 2026, 10, 19, 20, 2, 40, wd="Monday")
    d3 = T(RVK, 2026, 10, 19, 20, 15, 22, wd="Monday")
    start = T(RVK, 2026, 10, 20, 11, 0, wd="Tuesday")
    assert (start.date() - d1.date()).days == 1                  # "á morgun"
    end = start + timedelta(minutes=30)
    elin = ("Elín Hauksdóttir", "elin.hauksdottir@vordur-radningar.example")
    me = (OWNER_NAME, OWNER)
    subj = "Starf umhverfisstjóra – fiskeldi á Austurlandi"
    url, _ = teams("c12", "is")
    t1 = f"""Sæl Katla Rún,

Takk fyrir spjallið á LinkedIn fyrr í dag. Eins og ég nefndi er ég að vinna að ráðningu umhverfisstjóra fyrir fiskeldisfyrirtæki á Austurlandi (ég get gefið upp nafn fyrirtækisins þegar við höfum rætt saman).

Gætum við tekið fyrsta viðtalið á Teams á morgun kl. 11:00? Það tekur um 30 mínútur og ég tek það sjálf – við förum yfir reynslu þína af umhverfisvöktun, burðarþolsmati og leyfismálum.

Kveðja,
Elín Hauksdóttir
Ráðgjafi | Ráðningarstofan Vörður
s. 520 4460 | {elin[1]}
"""
    id1 = "<CAF7kz2mR0qL4xT9wB1vN6cE3yH8uJ5aG2pD0sK7fM4nQ1tZ9rA@mail.gmail.com>"
    m1 = plain_mail(frm=elin, to=[me], subject=subj, date=d1, msgid=id1, text=t1, font="Arial, sans-serif")
    t2 = f"""Sæl Elín,

Já, á morgun kl. 11 hentar mér vel.

Kveðja,
Katla Rún

{gmail_attr(d1, elin[0], elin[1])}
{quote(t1)}
"""
    id2 = "<0c5e8b13-2f47-4a9d-b3e1-76d0a4c2f9e5@example.com>"
    m2 = plain_mail(frm=me, to=[elin], subject="Re: " + subj, date=d2, msgid=id2, in_reply_to=id1,
                    references=id1, text=t2, html_too=False, cte="8bit", mailer="Mozilla Thunderbird")
    t3 = f"""Flott! Hér er hlekkurinn á fundinn:
{url}

Heyrumst á morgun kl. 11.
Kv. Elín

Sent úr iPhone

> Þann 19.10.2026 kl. 20:02 skrifaði {OWNER_NAME} <{OWNER}>:
>
{quote(t2.split(chr(10) + chr(10) + 'Þann')[0])}
"""
    m3 = plain_mail(frm=elin, to=[me], subject="Re: " + subj, date=d3,
                    msgid="<9B2E71A4-0C3D-4F58-8E6A-1D5C7B0F3A92@vordur-radningar.example>",
                    in_reply_to=id2, references=f"{id1} {id2}", text=t3, html_too=False,
                    mailer="iPhone Mail (22A3354)")
    case("b259-12-recruitment-agency-a-morgun",
         [("01-vordur-fyrsta-vidtal.eml", m1), ("02-svar-a-morgun.eml", m2), ("03-vordur-teams-hlekkur.eml", m3)],
         label([iv("Ráðningarstofan Vörður", "Umhverfisstjóri", start, end, "scheduled", [elin[1]], [elin[1]],
                   "phone_screen")],
               "medium", "positive/agency-relative-date",
               "Recruitment-agency screen for an unnamed East-Iceland fish farm; 'á morgun kl. 11:00' resolved "
               "against Mon 19 Oct -> Tue 20 Oct 11:00Z, 30 min; the agency consultant conducts it. Company = the "
               "agency because the client is never named."))


def c13():
    d1 = T(OSL, 2026, 10, 27, 11, 5, 19, wd="Tuesday")
    d2 = T(OSL, 2026, 10, 27, 11, 14, 47, wd="Tuesday")
    d3 = T(OSL, 2026, 11, 5, 8, 47, 33, wd="Thursday")
    d4 = T(OSL, 2026, 11, 5, 8, 55, 2, wd="Thursday")
    o_start = T(OSL, 2026, 11, 9, 9, 30, wd="Monday")
    o_end = T(OSL, 2026, 11, 9, 13, 45, wd="Monday")
    start = T(OSL, 2026, 11, 11, 13, 0, wd="Wednesday")
    end = T(OSL, 2026, 11, 11, 15, 0, wd="Wednesday")
    assert start.astimezone(RVK).hour == 12
    silje = ("Silje Nygård", "silje.nygard@kvarven-akva.example")
    jon = ("Jon Are Hestnes", "jonare.hestnes@kvarven-akva.example")
    bente = ("Bente Skog", "bente.skog@kvarven-akva.example")
    me = (OWNER_NAME, OWNER)
    role = "Senior Environmental Scientist (ASC certification)"
    sig = """Best regards,
Silje Nygård
Talent Acquisition Coordinator
Kvarven Akva AS | Damsgårdsveien 131, 5160 Laksevåg, Bergen"""
    t1 = f"""Hi Katla,

Great news – Jon Are and Bente would like to invite you to the final stage for the {role} role. We'd love to host you in Bergen on {en_date(o_start)}. The agenda (all times Norwegian time, CET):

09:30–10:30  Conversation with Jon Are Hestnes, Head of Environment
10:45–11:45  Case presentation to Jon Are and Bente (we'll send the case on Wednesday)
12:00–13:00  Lunch with the environment team
13:00–13:45  Final conversation with Bente Skog, CEO

I'll book your flights from Keflavík (arriving Sunday evening) and a hotel at Bryggen. A calendar invite follows.

{sig}
"""
    id1 = "<HE1PR09MB30876C1A2F4B0E9D57A3C8E0F2B14@HE1PR09MB3087.eurprd09.prod.outlook.com>"
    m1 = plain_mail(frm=silje, to=[me], cc=[jon, bente], subject=f"Final interview in Bergen – {role}", date=d1,
                    msgid=id1, text=t1, extra=[("Thread-Topic", S(f"Final interview in Bergen – {role}")),
                                               ("Thread-Index", "AdtmF0p3c8Wv2QeNRk1b5YzT7oHq9A==")])
    tz = "W. Europe Standard Time"
    uid = exchange_uid("c13")
    subj1 = f"Final interview (on-site, Bergen) – {OWNER_NAME}"
    b2 = f"""When: {EN_DAYS[o_start.weekday()]}, {o_start.day} {EN_MON[o_start.month - 1]} {o_start.year} {hm(o_start)}-{hm(o_end)} {WIN_LABEL[(tz, 'en')]}.
Where: Kvarven Akva HQ, Damsgårdsveien 131, Bergen

*~*~*~*~*~*~*~*~*~*

Final interview – {role}

09:30 Jon Are Hestnes (Head of Environment)
10:45 Case presentation (Jon Are Hestnes, Bente Skog)
12:00 Lunch
13:00 Bente Skog (CEO)

Please report to reception on the 3rd floor.
Silje
"""
    cal2 = exchange_ics(method="REQUEST", tzid=tz, organizer=silje,
                        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                   (jon[0], jon[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                   (bente[0], bente[1], "REQ-PARTICIPANT", "ACCEPTED")],
                        description=b2, uid=uid, summary=subj1, start=o_start, end=o_end, dtstamp=d2,
                        location="Kvarven Akva HQ, Damsgårdsveien 131, Bergen", busy="TENTATIVE")
    m2 = exchange_mail(frm=silje, to=[me, jon, bente], subject=subj1, date=d2,
                       msgid="<HE1PR09MB3087A0D52E7C1B46F9E3D0A8C5B61@HE1PR09MB3087.eurprd09.prod.outlook.com>",
                       body_text=b2, cal=cal2, boundary="_000_HE1PR09MB3087A0D52E7C1B46F9E3D0A8C5B61HE1PR09MB3087eurp_",
                       thread_index="AdtmF3Jv0pQ1S7bWQ2y4nX8cT5kLzg==", lang="en-GB",
                       received_host="EUR01-HE1-obe.outbound.protection.outlook.com")
    t3 = f"""Hi Katla,

I assume you've seen the news about the Grímsvötn eruption. Avinor and Isavia have cancelled all flights between Iceland and Norway because of the ash cloud, at least until Tuesday, so your Sunday flight is off.

Rather than postponing indefinitely, Jon Are and Bente suggest we run the final interview on Teams instead: {en_date(start)}, 13:00–15:00 Norwegian time (12:00–14:00 for you in Reykjavik). Same content – conversation with Jon Are, your case presentation, and the final chat with Bente – we'll just skip the lunch.

I'm updating the calendar invite now. Sorry about the Bergen trip – we'll make it up to you!

{sig}

From: Silje Nygård <{silje[1]}>
Sent: Tuesday, 27 October 2026 11:05
To: {OWNER_NAME} <{OWNER}>
Cc: Jon Are Hestnes <{jon[1]}>; Bente Skog <{bente[1]}>
Subject: Final interview in Bergen – {role}

{t1}"""
    m3 = plain_mail(frm=silje, to=[me], cc=[jon, bente], subject=f"RE: Final interview in Bergen – {role}", date=d3,
                    msgid="<HE1PR09MB3087F19B7D2A0C5E83B46E1D9A0C7@HE1PR09MB3087.eurprd09.prod.outlook.com>",
                    in_reply_to=id1, references=id1, text=t3,
                    extra=[("Thread-Topic", S(f"Final interview in Bergen – {role}")),
                           ("Thread-Index", "AdtmF0p3c8Wv2QeNRk1b5YzT7oHq9AGs0RpL")])
    url, tblock = teams("c13", "en")
    subj2 = f"Final interview (Teams) – {OWNER_NAME}"
    b4 = f"""When: {EN_DAYS[start.weekday()]}, {start.day} {EN_MON[start.month - 1]} {start.year} {hm(start)}-{hm(end)} {WIN_LABEL[(tz, 'en')]}.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Moved to Teams because of the ash-related flight cancellations.

Final interview – {role}
13:00 Jon Are Hestnes (Head of Environment)
13:45 Case presentation (Jon Are Hestnes, Bente Skog)
14:30 Bente Skog (CEO)

Silje

{tblock}"""
    cal4 = exchange_ics(method="REQUEST", tzid=tz, organizer=silje,
                        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                   (jon[0], jon[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                   (bente[0], bente[1], "REQ-PARTICIPANT", "ACCEPTED")],
                        description=b4, uid=uid, summary=subj2, start=start, end=end, dtstamp=d4, seq=1,
                        teams_url=url)
    m4 = exchange_mail(frm=silje, to=[me, jon, bente], subject=subj2, date=d4,
                       msgid="<HE1PR09MB30872B8E0F6D3A19C4E7B5D0A2F83@HE1PR09MB3087.eurprd09.prod.outlook.com>",
                       body_text=b4, cal=cal4, boundary="_000_HE1PR09MB30872B8E0F6D3A19C4E7B5D0A2F83HE1PR09MB3087eurp_",
                       thread_index="AdtmF3Jv0pQ1S7bWQ2y4nX8cT5kLzgHb4wXe", lang="en-GB",
                       received_host="EUR01-HE1-obe.outbound.protection.outlook.com")
    case("b259-13-bergen-onsite-ash-moved-to-teams",
         [("01-kvarven-final-interview-bergen.eml", m1), ("02-invite-final-interview-onsite.eml", m2),
          ("03-kvarven-ash-change-of-plan.eml", m3), ("04-updated-invite-final-interview-teams.eml", m4)], label(
        [iv("Kvarven Akva", role, start, end, "scheduled", [jon[1], bente[1]], [jon[1], bente[1]], "onsite")],
        "hard", "positive/reschedule-exchange-onsite",
        "Bergen on-site loop (Mon 9 Nov 09:30-13:45 CET) replaced, same UID / SEQUENCE 1, by a 2-hour Teams loop "
        "on Wed 11 Nov 13:00-15:00 CET (12:00-14:00Z) after Grímsvötn ash grounds flights. One onsite at the final "
        "time; the coordinator only organises."))

# =================================================================================== NEGATIVE CASES
def c14():
    sent = T(RVK, 2026, 10, 1, 9, 3, 12, wd="Thursday")
    start = T(RVK, 2026, 10, 8, 9, 30, wd="Thursday")
    end = start + timedelta(minutes=30)
    text = f"""Sæl/l Katla Rún Sigurðardóttir,

Þú ert boðuð/boðaður í viðtal hjá ráðgjafa Vinnumálastofnunar:

Tími: {is_date(start)} {start.year} kl. {hm(start)}
Staður: Þjónustuskrifstofa höfuðborgarsvæðis, Kringlunni 1, 103 Reykjavík (3. hæð)
Ráðgjafi: Margrét Hólm

Viðtalið er liður í virkri atvinnuleit og gerð starfsleitaráætlunar. Vinsamlegast taktu með þér uppfærða ferilskrá og yfirlit yfir þau störf sem þú hefur sótt um síðustu vikur (umsóknir og atvinnuviðtöl).

Athugið: Atvinnuleitanda er skylt að mæta í boðuð viðtöl. Mæti atvinnuleitandi ekki án gildra forfalla getur það leitt til þess að greiðslur atvinnuleysisbóta falli niður.

Ef þú kemst ekki á boðuðum tíma skaltu hafa samband í gegnum Mínar síður eða í síma 515 4800.

Kveðja,
Vinnumálastofnun

Þetta er sjálfvirkur póstur – vinsamlegast svaraðu honum ekki.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Vinnumalastofnun//Bokunarkerfi 3.2//IS", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:vmst-vidtal-{digits('c14', 10)}@vmst.example", f"DTSTAMP:{z(sent)}",
               f"DTSTART:{z(start)}", f"DTEND:{z(end)}", "SUMMARY:Viðtal hjá ráðgjafa – Vinnumálastofnun",
               "DESCRIPTION:" + esc("Boðað viðtal vegna virkrar atvinnuleitar. Ráðgjafi: Margrét Hólm. "
                                    "Mæting er skilyrði fyrir greiðslu atvinnuleysisbóta."),
               "LOCATION:" + esc("Kringlan 1, 103 Reykjavík (3. hæð)"), "STATUS:CONFIRMED",
               "END:VEVENT", "END:VCALENDAR"])
    mail = plain_mail(frm=("Vinnumálastofnun", "no-reply@vmst.example"), to=[(OWNER_NAME, OWNER)],
                      subject="Boðun í viðtal hjá ráðgjafa Vinnumálastofnunar", date=sent,
                      msgid=f"<vmst.{digits('c14m', 14)}@vmst.example>", text=text,
                      attachments=[attach("text/calendar; charset=UTF-8", "vidtal.ics", cal)])
    case("b259-14-vinnumalastofnun-benefits-interview", [("01-vmst-bodun-i-vidtal.eml", mail)], label(
        [], "hard", "negative/non-job-interview",
        "Directorate of Labour summons the owner to a mandatory job-seeker counselling 'viðtal' (condition for "
        "unemployment benefits), with .ics. Not a hiring interview even though it mentions 'atvinnuviðtöl'."))


def c15():
    d1 = T(RVK, 2026, 10, 7, 14, 12, 40, wd="Wednesday")
    d2 = T(RVK, 2026, 10, 7, 14, 20, 3, wd="Wednesday")
    start = T(RVK, 2026, 10, 16, 10, 0, wd="Friday")
    end = start + timedelta(minutes=90)
    bjorn = ("Björn Ágústsson", "bjorn.agustsson@hafnord.example")
    group = ("HD-2026-2 scientific party", "leidangur-hd2026-2@hafnord.example")
    t1 = f"""Dear all,

Congratulations and welcome to the scientific party for leg 2 of the R/V Hafdís autumn survey (HD-2026-2, Denmark Strait / Dohrn Bank, 26 October – 9 November). We had many more applications for berths than we could accommodate, so thank you all for your patience during the selection.

Before we sail there will be a mandatory pre-cruise briefing on Teams on {en_date(start)} at 10:00 (Reykjavik time), about 90 minutes. We will cover:

- safety at sea, muster and lifeboat stations, and the STCW / medical certificates we need from you
- the sampling plan (CTD, plankton nets, benthic grabs) and the watch schedule (4 on / 8 off)
- data management and the cruise report

Contract scientists (Katla Rún and Dr Owen Pryce) will receive their short-term contracts from our HR office before departure.

A calendar invitation follows.

Best wishes,
Björn Ágústsson
Chief scientist, HD-2026-2
Norðurslóðastofnun hafrannsókna
"""
    m1 = plain_mail(frm=bjorn, to=[group], subject="HD-2026-2: welcome aboard + pre-cruise briefing", date=d1,
                    msgid="<AM0PR10MB3122D7A40E5C9B13F6E0A2C8B1D55@AM0PR10MB3122.eurprd10.prod.outlook.com>",
                    text=t1, extra=[("List-Id", "<leidangur-hd2026-2.hafnord.example>")])
    tz = "Greenwich Standard Time"
    url, tblock = teams("c15", "en")
    subj = "Pre-cruise briefing HD-2026-2 (R/V Hafdís, leg 2)"
    b2 = f"""When: {EN_DAYS[start.weekday()]}, {start.day} {EN_MON[start.month - 1]} {start.year} {hm(start)}-{hm(end)} {WIN_LABEL[(tz, 'en')]}.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Mandatory briefing for all scientific participants on leg 2: safety, sampling plan, watch schedule, data management. Please have your certificates ready.

Björn

{tblock}"""
    cal = exchange_ics(method="REQUEST", tzid=tz, organizer=bjorn,
                       attendees=[(group[0], group[1], "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                       description=b2, uid=exchange_uid("c15"), summary=subj, start=start, end=end, dtstamp=d2,
                       teams_url=url)
    m2 = exchange_mail(frm=bjorn, to=[group, (OWNER_NAME, OWNER)], subject=subj, date=d2,
                       msgid="<AM0PR10MB312259E1B0C4D7A26F83E0C1A7B92@AM0PR10MB3122.eurprd10.prod.outlook.com>",
                       body_text=b2, cal=cal, boundary="_000_AM0PR10MB312259E1B0C4D7A26F83E0C1A7B92AM0PR10MB3122eurp_",
                       thread_index="AdtYq8Lm2vBz0C1xQkS4e7R5nWpD3A==", lang="en-GB",
                       received_host="EUR02-AM0-obe.outbound.protection.outlook.com")
    case("b259-15-research-cruise-briefing",
         [("01-hd2026-welcome-aboard.eml", m1), ("02-teams-pre-cruise-briefing.eml", m2)], label(
        [], "hard", "negative/work-briefing",
        "Research-vessel pre-cruise briefing (Teams, Greenwich Standard Time) after the owner was selected as a "
        "contract scientist: selection/contract vocabulary and a mandatory meeting, but no interview."))


def c16():
    sent = T(RVK, 2026, 9, 29, 21, 14, 36, wd="Tuesday")
    start = T(RVK, 2026, 10, 13, 20, 0, wd="Tuesday")
    end = start + timedelta(hours=2)
    gudm = ("Guðmundur Ari Sveinsson", "gudmundur.ari.sveinsson@husfelog.example")
    lst = ("Íbúar Laugarnesvegi 87", "ibuar-lnv87@husfelog.example")
    text = f"""Kæru íbúar,

Stjórn húsfélagsins boðar hér með til aðalfundar {is_date(start)} {start.year} kl. {hm(start)} í sameigninni í kjallara.

Dagskrá:
1. Skýrsla stjórnar
2. Ársreikningur 2025 og húsgjöld 2027
3. Ráðning húsvarðar – stjórnin tók viðtöl við þrjá umsækjendur í september og leggur fram tillögu um ráðningu
4. Tilboð í þakviðgerðir – fulltrúi verktaka mætir og svarar spurningum
5. Kosning stjórnar
6. Önnur mál

Þeir sem ekki komast geta veitt öðrum skriflegt umboð. Fundarboð fyrir dagatalið fylgir í viðhengi.

Með kveðju,
f.h. stjórnar
Guðmundur Ari Sveinsson, formaður
íbúð 0301
"""
    cal = ics(["BEGIN:VCALENDAR", "METHOD:PUBLISH", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15.1//EN",
               "CALSCALE:GREGORIAN", "BEGIN:VTIMEZONE", "TZID:Atlantic/Reykjavik", "BEGIN:STANDARD",
               "TZOFFSETFROM:+0000", "DTSTART:19680227T000000", "TZNAME:GMT", "TZOFFSETTO:+0000", "END:STANDARD",
               "END:VTIMEZONE", "BEGIN:VEVENT", f"CREATED:{z(sent)}", f"DTSTAMP:{z(sent)}",
               f"DTSTART;TZID=Atlantic/Reykjavik:{loc(start)}", f"DTEND;TZID=Atlantic/Reykjavik:{loc(end)}",
               "LOCATION:" + esc("Laugarnesvegur 87, sameign í kjallara"), "SEQUENCE:0",
               "SUMMARY:Aðalfundur húsfélagsins", f"UID:{guid('c16').upper()}", "TRANSP:OPAQUE",
               "END:VEVENT", "END:VCALENDAR"])
    mail = plain_mail(frm=gudm, to=[lst], subject="Fundarboð – aðalfundur Húsfélagsins Laugarnesvegi 87",
                      date=sent, msgid="<5B0E7C21-9D4A-4F63-A8E2-0C1F6B3D7A94@husfelog.example>", text=text,
                      mailer="Apple Mail (2.3826.200.121)", font="Helvetica",
                      attachments=[attach("text/calendar; charset=utf-8", "adalfundur.ics", cal)])
    case("b259-16-husfelag-annual-meeting", [("01-fundarbod-adalfundur.eml", mail)], label(
        [], "medium", "negative/community-meeting",
        "Residents' association AGM invite with .ics; agenda mentions the board having interviewed applicants "
        "for a caretaker job (the owner is not a candidate)."))


def c17():
    d1 = T(RVK, 2026, 10, 16, 11, 31, 8, wd="Friday")
    d2 = T(RVK, 2026, 10, 16, 14, 2, 51, wd="Friday")
    start = T(RVK, 2026, 10, 22, 13, 10, wd="Thursday")
    end = start + timedelta(minutes=20)
    halla = ("Halla Sif Ragnarsdóttir", "halla.sif.ragnarsdottir@ruv.example")
    me = (OWNER_NAME, OWNER)
    subj = "Viðtal í Samfélaginu – þaraskógar"
    t1 = f"""Sæl Katla Rún,

Ég heiti Halla Sif og er dagskrárgerðarkona í Samfélaginu á Rás 1. Ég las greinina ykkar um hnignun þaraskóga við Vestfirði í Náttúrufræðingnum og langar mikið að fá þig í viðtal í þáttinn.

Væri möguleiki að þú kæmir í stúdíó til okkar í Efstaleiti á fimmtudaginn kl. 13:10? Viðtalið yrði um 15–20 mínútur í beinni útsendingu. Við myndum ræða hvað er að gerast í þaraskógunum, hlýnun sjávar og hvort hægt sé að endurheimta þá.

Bestu kveðjur,
Halla Sif Ragnarsdóttir
dagskrárgerð | Samfélagið, Rás 1
RÚV | Efstaleiti 1, 103 Reykjavík
"""
    id1 = "<DB7PR05MB5318E4B1A0C27D96F3E8B0A1C4D62@DB7PR05MB5318.eurprd05.prod.outlook.com>"
    m1 = plain_mail(frm=halla, to=[me], subject=subj, date=d1, msgid=id1, text=t1)
    t2 = f"""Sæl Halla Sif,

Takk fyrir áhugann! Já, ég kem gjarnan á fimmtudaginn kl. 13:10.

Kveðja,
Katla Rún

{gmail_attr(d1, halla[0], halla[1])}
{quote(t1)}
"""
    m2 = plain_mail(frm=me, to=[halla], subject="Re: " + subj, date=d2,
                    msgid="<7a2f0d94-3c81-4e6b-9b05-d1e8c4a7f263@example.com>", in_reply_to=id1, references=id1,
                    text=t2, html_too=False, cte="8bit", mailer="Mozilla Thunderbird")
    ev = {
        "kind": "calendar#event", "etag": "\"3529033417262000\"", "id": "1m8c4r0t6v2x9z3b5d7f1h3k5n",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.b64encode(f"1m8c4r0t6v2x9z3b5d7f1h3k5n {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-16T14:20:05.000Z", "updated": "2026-10-16T14:21:48.631Z",
        "summary": f"Viðtal: {OWNER_NAME} – þaraskógar (Samfélagið, Rás 1)",
        "description": "Beint viðtal í Samfélaginu. Mæting í móttöku kl. 13:00, stúdíó 2.\nUmsjón: Halla Sif.",
        "location": "RÚV, Efstaleiti 1, 103 Reykjavík – stúdíó 2",
        "creator": {"email": halla[1], "displayName": halla[0]},
        "organizer": {"email": halla[1], "displayName": halla[0]},
        "start": {"dateTime": start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "timeZone": "Atlantic/Reykjavik"},
        "end": {"dateTime": end.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "timeZone": "Atlantic/Reykjavik"},
        "iCalUID": "1m8c4r0t6v2x9z3b5d7f1h3k5n@google.com", "sequence": 0,
        "attendees": [
            {"email": halla[1], "displayName": halla[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    case("b259-17-ruv-radio-interview",
         [("01-ruv-vidtal-beidni.eml", m1), ("02-svar-ruv.eml", m2),
          ("03-ruv-vidtal.gcal.json", json.dumps(ev, ensure_ascii=False, indent=2) + "\n")], label(
        [], "hard", "negative/press-interview",
        "RÚV radio journalist books a live studio 'viðtal' about the owner's kelp research (e-mail, reply, "
        "Calendar API event). Press interview, not hiring."))


def c18():
    sent = T(RVK, 2026, 11, 9, 10, 18, 27, wd="Monday")
    start = T(RVK, 2026, 11, 18, 15, 0, wd="Wednesday")
    end = start + timedelta(minutes=30)
    hordur = ("Hörður Jensson", "hordur.jensson@hafvis-hi.example")
    tinna = ("Tinna Björk Davíðsdóttir", "tinna.bjork.davidsdottir@nemi-hafvis.example")
    me = (OWNER_NAME, OWNER)
    tz = "Greenwich Standard Time"
    url, tblock = teams("c18", "is")
    subj = f"Viðtal við umsækjanda – sumarverkefni 2027 ({tinna[0]})"
    body = f"""Hvenær: {IS_DAYS[start.weekday()]}, {start.day}. {IS_MON[start.month - 1]} {start.year} {hm(start)}-{hm(end)} {WIN_LABEL[(tz, 'is')]}.
Hvar: Microsoft Teams-fundur

*~*~*~*~*~*~*~*~*~*

Sæl Katla og Tinna,

Hér kemur fundarboð fyrir viðtalið vegna sumarverkefnis 2027 sem við ætlum að sækja um styrk fyrir í Nýsköpunarsjóð námsmanna (þörungaþekja og botndýr í Breiðafirði).

Katla, þú stýrir viðtalinu þar sem þú verður aðalleiðbeinandi verkefnisins; ég sit með. Tinna, þú þarft ekkert að undirbúa sérstaklega – við viljum heyra um áhuga þinn, reynslu af vettvangsvinnu og hvernig sumarið lítur út hjá þér.

Kveðja,
Hörður Jensson
Prófessor | Rannsóknasetur í hafvísindum

{tblock}"""
    cal = exchange_ics(method="REQUEST", tzid=tz, organizer=hordur,
                       attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (tinna[0], tinna[1], "REQ-PARTICIPANT", "NEEDS-ACTION")],
                       description=body, uid=exchange_uid("c18"), summary=subj, start=start, end=end,
                       dtstamp=sent, location="Microsoft Teams-fundur", teams_url=url, lang="is-IS")
    mail = exchange_mail(frm=hordur, to=[me, tinna], subject=subj, date=sent,
                         msgid="<PA4PR06MB7310B2E91C0A4D58F7E3A6C0D9B14@PA4PR06MB7310.eurprd06.prod.outlook.com>",
                         body_text=body, cal=cal, boundary="_000_PA4PR06MB7310B2E91C0A4D58F7E3A6C0D9B14PA4PR06MB7310eurp_",
                         thread_index="AdtyQ2b9mF1k0Z7vR8cE3sWnH5oLpg==", lang="is-IS",
                         received_host="EUR05-VI1-obe.outbound.protection.outlook.com")
    case("b259-18-owner-interviews-summer-student", [("01-fundarbod-vidtal-umsaekjanda.eml", mail)], label(
        [], "hard", "negative/user-is-interviewer",
        "Teams invite (Greenwich Standard Time) for interviewing a student applicant for a summer project; the "
        "owner leads the interview as supervisor. User is the interviewer, not the candidate."))


def c19():
    sent = T(RVK, 2026, 10, 5, 8, 12, 44, wd="Monday")
    start = T(RVK, 2026, 10, 9, 17, 15, wd="Friday")
    end = start + timedelta(minutes=15)
    text = f"""Sæl Katla Rún,

Umsókn þín um endurnýjun árskorts (Sundkort – fullorðnir, 12 mánuðir) hefur verið móttekin og greiðsla staðfest.

Nýju kortin eru með mynd og því þarftu að koma í afgreiðslu Laugardalslaugar í myndatöku. Þú bókaðir eftirfarandi tíma:

Bókaður tími: {IS_DAYS[start.weekday()]} {start.day}. {IS_MON[start.month - 1]} {start.year} kl. {hm(start)}
Staður: Afgreiðsla Laugardalslaugar, Sundlaugavegi 30a, 105 Reykjavík
Hafðu meðferðis: skilríki með mynd og bókunarnúmer SK-2026-48813

Gamla kortið gildir til 15. október 2026.

Kveðja,
Sundlaugar Reykjavíkur
Menningar- og íþróttasvið

Ekki er hægt að svara þessum pósti.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sundlaugar Reykjavikur//Bokun//IS", "METHOD:PUBLISH",
               "BEGIN:VEVENT", "UID:SK-2026-48813@sundlaugar-rvk.example", f"DTSTAMP:{z(sent)}",
               f"DTSTART:{z(start)}", f"DTEND:{z(end)}", "SUMMARY:Myndataka fyrir árskort – Laugardalslaug",
               "LOCATION:" + esc("Afgreiðsla Laugardalslaugar, Sundlaugavegi 30a"),
               "ORGANIZER;CN=Sundlaugar Reykjavíkur:mailto:no-reply@sundlaugar-rvk.example",
               f"ATTENDEE;CN={OWNER_NAME};PARTSTAT=ACCEPTED:mailto:{OWNER}", "STATUS:CONFIRMED",
               "END:VEVENT", "END:VCALENDAR"])
    mail = plain_mail(frm=("Sundlaugar Reykjavíkur", "no-reply@sundlaugar-rvk.example"), to=[(OWNER_NAME, OWNER)],
                      subject="Staðfesting: endurnýjun árskorts og bókaður tími", date=sent,
                      msgid=f"<{h40('c19', 20)}.bokun@sundlaugar-rvk.example>", text=text,
                      attachments=[attach("text/calendar; charset=UTF-8", "bokun.ics", cal)])
    case("b259-19-swimming-pool-pass-renewal", [("01-arskort-endurnyjun.eml", mail)], label(
        [], "medium", "negative/appointment",
        "Swimming-pool season-pass renewal: 'umsókn ... móttekin', 'bókaður tími' and an .ics for a photo "
        "appointment. Not an interview."))


def c20():
    sent = T(OSL, 2026, 11, 4, 13, 30, 17, wd="Wednesday")
    past = T(OSL, 2026, 10, 27, 10, 0, wd="Tuesday")
    kari = ("Kari Fosse", "kari.fosse@hardanger-aqua.example")
    text = f"""Hei Katla Rún,

Takk for at du søkte stillingen som miljøkoordinator havbruk hos Hardanger Aqua, og takk for et hyggelig intervju med oss {no_date(past)}.

Vi har nå gjennomført alle intervjuene og har bestemt oss for å gå videre med en annen kandidat, som har noe mer erfaring med norsk regelverk for akvakultur. Det var tett konkurranse, og vi ble imponert over kompetansen din på bentisk overvåking.

Dersom det blir aktuelt med nye stillinger og intervjuer, vil vi gjerne kontakte deg igjen – gi beskjed hvis du ikke ønsker det.

Lykke til videre!

Med vennlig hilsen
Kari Fosse
HR-rådgiver | Hardanger Aqua AS
Tlf. +47 53 48 20 10
"""
    mail = plain_mail(frm=kari, to=[(OWNER_NAME, OWNER)],
                      subject="Stillingen som miljøkoordinator havbruk – tilbakemelding", date=sent,
                      msgid="<GV1PR04MB9203F0A7C1E25B84D6E3A9C0B7D18@GV1PR04MB9203.eurprd04.prod.outlook.com>",
                      text=text)
    case("b259-20-norwegian-rejection-after-interview", [("01-tilbakemelding-hardanger-aqua.eml", mail)], label(
        [], "medium", "negative/rejection",
        "Norwegian rejection that refers to a past interview ('tirsdag 27. oktober') and 'nye intervjuer'; "
        "no interview is scheduled in the mailbox."))


def c21():
    sent = T(RVK, 2026, 10, 8, 13, 41, 9, wd="Thursday")
    first = T(RVK, 2026, 10, 12, wd="Monday")
    last = T(RVK, 2026, 10, 16, wd="Friday")
    anna = ("Anna Lísa Þorsteinsdóttir", "annalisa.thorsteinsdottir@djupskel.example")
    text = f"""Hæ Katla Rún,

Takk fyrir umsóknina um starf verkefnastjóra umhverfismála hjá Djúpskel í Ísafjarðardjúpi. Við viljum gjarnan bjóða þér í viðtal!

Veldu þér tíma sem hentar í bókunarkerfinu okkar:
https://app.50skills.com/booking/djupskel/{h40('c21', 10)}

Lausir tímar eru frá {is_date(first)} til {is_date(last)}, milli kl. 9:00 og 15:00. Viðtalið fer fram á Teams og tekur um 30 mínútur. Þegar þú hefur valið tíma færðu staðfestingu og fundarboð í tölvupósti.

---

Hi Katla Rún, please pick a time for your interview using the link above. Available slots: Mon 12 – Fri 16 October, 09:00–15:00 (Reykjavik).

Kveðja / Best regards,
Anna Lísa Þorsteinsdóttir
Djúpskel ehf.

Sent með 50skills · https://www.50skills.com/privacy
"""
    mail = plain_mail(frm=("Djúpskel ehf.", "no-reply@50skills.com"), reply_to=anna, to=[(OWNER_NAME, OWNER)],
                      subject="Veldu tíma fyrir viðtal – Verkefnastjóri umhverfismála", date=sent,
                      msgid=f"<{h40('c21msg', 32)}@50skills.com>", text=text, font="Inter, Arial, sans-serif")
    case("b259-21-50skills-unbooked-slot-picker", [("01-50skills-veldu-tima.eml", mail)], label(
        [], "hard", "negative/availability-request",
        "50skills-style 'choose a time' e-mail: a slot window (12–16 Oct, 9–15) and a booking link but nothing "
        "booked; no confirmation follows in the mailbox."))


def c22():
    sent = T(OSL, 2026, 10, 19, 9, 0, 4, wd="Monday")
    deadline = T(OSL, 2026, 10, 30, 23, 59, wd="Friday")
    text = f"""Hi Katla Rún,

Vestbris Akva AS has invited you to complete a video interview for the position Marine Biologist (Environmental Monitoring).

This is a one-way video interview: you will be shown 5 questions on screen and record your answers (up to 2 minutes each). There is no live interviewer – the hiring team will review your recording afterwards.

Deadline: {en_date(deadline)} {deadline.year}, 23:59 (CET, Oslo time)
Estimated time: 20 minutes
Start your interview: https://app.vidscreen.example/i/VB-2026-7Q4K9

Tip: test your camera and microphone first, and find a quiet place with good light.

Good luck!
The VidScreen team on behalf of Vestbris Akva AS

---

Hei Katla Rún! Vestbris Akva AS har invitert deg til et videointervju (opptak, uten intervjuer). Frist: {no_date(deadline)} kl. 23:59.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//VidScreen//Reminders//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", "UID:VB-2026-7Q4K9-deadline@vidscreen.example", f"DTSTAMP:{z(sent)}",
               f"DTSTART;VALUE=DATE:{deadline.strftime('%Y%m%d')}",
               f"DTEND;VALUE=DATE:{(deadline + timedelta(days=1)).strftime('%Y%m%d')}",
               "SUMMARY:Deadline: video interview – Vestbris Akva",
               "DESCRIPTION:" + esc("Complete your one-way video interview before 23:59 CET.\n"
                                    "https://app.vidscreen.example/i/VB-2026-7Q4K9"),
               "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"])
    mail = plain_mail(frm=("Vestbris Akva via VidScreen", "no-reply@vidscreen.example"), to=[(OWNER_NAME, OWNER)],
                      subject="Video interview invitation – Marine Biologist, Vestbris Akva", date=sent,
                      msgid=f"<{h40('c22msg', 28)}@mail.vidscreen.example>", text=text,
                      attachments=[attach("text/calendar; charset=UTF-8", "deadline.ics", cal)])
    case("b259-22-one-way-video-interview", [("01-vidscreen-video-interview.eml", mail)], label(
        [], "hard", "negative/one-way-video",
        "One-way recorded video interview with a deadline (all-day .ics on 30 Oct); no live conversation."))


# ============================================================================================== main
def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22):
        f()
    for name in sorted(os.listdir(HERE)):
        if name.startswith("b259-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for slug, items, lab in CASES:
        d = os.path.join(HERE, slug)
        os.makedirs(d)
        names = [n for n, _ in items]
        assert names == sorted(names), slug
        for n, content in items:
            with open(os.path.join(d, n), "wb") as fh:
                fh.write(content.encode("utf-8"))
        assert slug not in labels
        labels[slug] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Labels for blind259 (written blind). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    n_pos = sum(1 for _, _, l in CASES if l["interview"])
    n_iv = sum(len(l["interviews"]) for _, _, l in CASES)
    n_c = sum(1 for _, _, l in CASES for i in l["interviews"] if i["status"] == "cancelled")
    print(f"{len(CASES)} cases, {n_pos} positive, {len(CASES) - n_pos} negative, "
          f"{n_iv} interviews ({n_iv - n_c} scheduled, {n_c} cancelled)")


if __name__ == "__main__":
    main()
