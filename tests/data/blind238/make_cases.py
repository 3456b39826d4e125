#!/usr/bin/env python3
"""Regenerate the blind238 evaluation set (Winnipeg dispatcher / logistics coordinator).

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries (all derived from sha256 of
fixed seeds).  Standard library + PyYAML + zoneinfo only.  Run:  python make_cases.py
"""
import base64
import email.utils
import hashlib
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
WPG = ZoneInfo("America/Winnipeg")   # CDT -05:00 until Sun 1 Nov 2026 02:00, then CST -06:00
REG = ZoneInfo("America/Regina")     # CST -06:00 all year (no DST)
YYC = ZoneInfo("America/Edmonton")   # MDT -06:00 until 1 Nov 2026, then MST -07:00
LAX = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

OWNER = "tanya.kowalchuk@example.com"
OWNER_NAME = "Tanya Kowalchuk"
OWNER_CELL = "204-555-0148"
PREFIX = "b238"


# ----------------------------------------------------------------------------- basic helpers
def at(tz, y, mo, d, h=0, mi=0, s=0, wd=None):
    t = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert t.strftime("%a").lower().startswith(wd.lower()[:3]), (t, wd)
    return t


def hx(seed, n=32):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def HX(seed, n=32):
    return hx(seed, n).upper()


def rfc(t):
    return email.utils.format_datetime(t)


def iso(t):
    return t.isoformat()


def zulu(t):
    return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(t):
    return t.strftime("%Y%m%dT%H%M%S")


def t12(t):  # "2:30 PM"
    return t.strftime("%I:%M %p").lstrip("0")


def gtime(t):  # Google style "2pm", "2:45pm"
    s = t.strftime("%I").lstrip("0")
    if t.minute:
        s += t.strftime(":%M")
    return s + t.strftime("%p").lower()


def longdate(t):  # "Tuesday, November 3, 2026"
    return f"{t:%A}, {t:%B} {t.day}, {t.year}"


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def enc(text, cte):
    if cte == "quoted-printable":
        return qp(text)
    if cte == "base64":
        return b64(text.encode("utf-8"))
    return text


def part(ctype, text, cte="7bit", extra=()):
    hdr = [f"Content-Type: {ctype}"]
    if cte:
        hdr.append(f"Content-Transfer-Encoding: {cte}")
    hdr += list(extra)
    return "\n".join(hdr) + "\n\n" + enc(text, cte)


def multi(sub, boundary, parts):
    body = "".join(f"--{boundary}\n{p.rstrip(chr(10))}\n\n" for p in parts) + f"--{boundary}--\n"
    return (f'multipart/{sub}; boundary="{boundary}"', body)


def as_part(mp):
    return f"Content-Type: {mp[0]}\n\n{mp[1]}"


def headers(*, frm, to, subject, date, mid, cc=None, reply_to=None, irt=None, refs=None,
            sender=None, return_path=None, extra=()):
    h = [("Delivered-To", OWNER)]
    rid = hx("rcv" + mid, 12)
    h.append(("Received", f"by 2002:a05:7300:{hx(mid + 'a', 4)}:b0:{hx(mid + 'b', 3)}:{hx(mid + 'c', 4)}:"
                          f"{hx(mid + 'd', 4)} with SMTP id {rid};\n        {rfc(date.astimezone(LAX))}"))
    if return_path:
        h.append(("Return-Path", f"<{return_path}>"))
    h.append(("From", frm))
    if sender:
        h.append(("Sender", sender))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("Subject", subject))
    h.append(("Date", rfc(date)))
    h.append(("Message-ID", mid))
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    h += list(extra)
    return h


def mail(hdrs, ctype, body, cte=None):
    lines = [f"{k}: {v}" for k, v in hdrs] + ["MIME-Version: 1.0", f"Content-Type: {ctype}"]
    if cte:
        lines.append(f"Content-Transfer-Encoding: {cte}")
    return "\n".join(lines) + "\n\n" + body.rstrip("\n") + "\n"


def html_of(text, style="font-family:Calibri,Arial,sans-serif;font-size:11pt"):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        paras.append("<p>" + "<br>\n".join(html.escape(l) for l in block.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="{style}">\n' + "\n".join(paras) + "\n</div></body></html>\n")


def gmail_msgid(seed):
    s = base64.urlsafe_b64encode(hashlib.sha256(seed.encode()).digest()).decode().rstrip("=")
    return f"<CA{s[:10]}+{s[10:22]}_{s[22:40]}@mail.gmail.com>"


def outlook_msgid(seed):
    box = "YT3PR01MB" + str(int(hx(seed + "box", 6), 16) % 9000 + 1000)
    return f"<{box}{HX(seed, 28)}@{box}.CANPRD01.PROD.OUTLOOK.COM>"


def apple_msgid(seed):
    h = HX(seed, 32)
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@example.com>"


def gmail_boundary(seed):
    return "0000000000" + hx(seed, 16)


def outlook_boundary(seed):
    return f"_000_{HX(seed, 20)}YT3PR01MB{int(hx(seed + 'n', 4), 16) % 9000 + 1000}CANP_"


def apple_boundary(seed):
    h = HX(seed, 32)
    return f"Apple-Mail-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    out = [line[:75]]
    rest = line[75:]
    while rest:
        out.append(" " + rest[:74])
        rest = rest[74:]
    return "\r\n".join(out)


def itext(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ical(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


VTZ = {
    "Central Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Central Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Canada Central Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Canada Central Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0600",
        "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0600",
        "END:DAYLIGHT", "END:VTIMEZONE"],
    "Mountain Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Mountain Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0600",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "America/Winnipeg": [
        "BEGIN:VTIMEZONE", "TZID:America/Winnipeg", "X-LIC-LOCATION:America/Winnipeg",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "TZNAME:CDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "TZNAME:CST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
}
WIN_LABEL = {
    "Central Standard Time": "(UTC-06:00) Central Time (US & Canada)",
    "Canada Central Standard Time": "(UTC-06:00) Saskatchewan",
    "Mountain Standard Time": "(UTC-07:00) Mountain Time (US & Canada)",
}
WIN_ZONE = {"Central Standard Time": WPG, "Canada Central Standard Time": REG,
            "Mountain Standard Time": YYC}


def attendee_line(name, addr, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True):
    return (f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'};"
            f"CN={name}:mailto:{addr}")


def outlook_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + HX(seed, 16) + "000000000000000010000000" + HX(seed + "u", 32)


TEAMS_TXT = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mtg}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {mid1} {mid2} {mid3} {mid4}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Or call in (audio only)
+1 204-555-0190,,{conf}#   Canada, Winnipeg
Phone Conference ID: {conf}#
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""


def teams_block(seed):
    n = int(hx(seed + "num", 12), 16)
    return TEAMS_TXT.format(mtg=hx(seed + "m", 40), tid=hx(seed + "t", 8) + "-" + hx(seed + "t2", 4) + "-4" + hx(seed + "t3", 3),
                            mid1=str(n)[:3], mid2=str(n)[3:6], mid3=str(n)[6:9], mid4=str(n)[9:12],
                            pc=hx(seed + "pc", 6), conf=str(n % 1000000000).zfill(9))


def outlook_ics(*, seed, method, organizer, attendees, subject, start, end, tzid, description,
                location, dtstamp, seq=0, status="CONFIRMED", prodid="Microsoft Exchange Server 2010",
                teams=True):
    lines = [f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"] + VTZ[tzid] + ["BEGIN:VEVENT"]
    lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for a in attendees:
        lines.append(attendee_line(*a))
    lines.append("DESCRIPTION;LANGUAGE=en-US:" + itext(description))
    lines += [f"UID:{outlook_uid(seed)}",
              f"SUMMARY;LANGUAGE=en-US:{itext(subject)}",
              f"DTSTART;TZID={tzid}:{local(start)}",
              f"DTEND;TZID={tzid}:{local(end)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zulu(dtstamp)}", "TRANSP:OPAQUE",
              f"STATUS:{status}", f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE=en-US:{itext(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(hx(seed + 'own', 7), 16)}",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        lines.append("X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                     + hx(seed + "m", 40) + "%40thread.v2/0")
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{itext(location)}"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ical(["BEGIN:VCALENDAR"] + lines)


def outlook_invite_mail(*, seed, organizer, to_list, cc_list=(), attendees, subject, start, end, tzid,
                        body, location, sent, seq=0, method="REQUEST", teams=True, thread_index=None):
    """Exchange Online meeting request: multipart/alternative (text/plain QP, text/html QP,
    text/calendar base64)."""
    when = f"{longdate(start)} {t12(start)}-{t12(end)} {WIN_LABEL[tzid]}."
    txt = f"When: {when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n"
    if teams:
        txt += "\n" + teams_block(seed) + "\n"
    ics = outlook_ics(seed=seed, method=method, organizer=organizer, attendees=attendees, subject=subject,
                      start=start, end=end, tzid=tzid, description=txt, location=location, dtstamp=sent,
                      seq=seq, status="CANCELLED" if method == "CANCEL" else "CONFIRMED", teams=teams)
    bnd = outlook_boundary(seed)
    mp = multi("alternative", bnd, [
        part('text/plain; charset="utf-8"', txt, "quoted-printable"),
        part('text/html; charset="utf-8"', html_of(txt, "font-family:Aptos,Calibri,sans-serif;font-size:11pt"),
             "quoted-printable"),
        part(f'text/calendar; charset="utf-8"; method={method}', ics, "base64"),
    ])
    mid = outlook_msgid(seed)
    to = ", ".join(f"{n} <{a}>" for n, a in to_list)
    hd = headers(frm=f"{organizer[0]} <{organizer[1]}>", to=to,
                 cc=", ".join(f"{n} <{a}>" for n, a in cc_list) or None, subject=subject, date=sent, mid=mid,
                 return_path=organizer[1],
                 extra=[("Thread-Topic", subject.split(": ", 1)[-1] if method == "CANCEL" else subject),
                        ("Thread-Index", thread_index or base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()),
                        ("Accept-Language", "en-CA, en-US"), ("Content-Language", "en-US"),
                        ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                        ("Content-class", "urn:content-classes:calendarmessage"),
                        ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + hx(seed + "ser", 20)),
                        ("X-MS-Exchange-Organization-AuthAs", "Anonymous")])
    return mail(hd, mp[0], mp[1]), ics


def google_ics(*, method, uid, start, end, stamp, created, modified, organizer, attendees, summary,
               description, seq=0, status="CONFIRMED", location="", meet=None):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{zulu(start)}", f"DTEND:{zulu(end)}", f"DTSTAMP:{zulu(stamp)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, addr, partstat in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE"
                     f";CN={name};X-NUM-GUESTS=0:mailto:{addr}")
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    lines += [f"CREATED:{zulu(created)}", "DESCRIPTION:" + itext(description),
              f"LAST-MODIFIED:{zulu(modified)}", "LOCATION:" + itext(location), f"SEQUENCE:{seq}",
              f"STATUS:{status}", "SUMMARY:" + itext(summary), "TRANSP:OPAQUE", "END:VEVENT",
              "END:VCALENDAR"]
    return ical(lines)


def google_invite_mail(*, seed, kind, organizer, guests, title, start, end, description, uid, seq,
                       sent, created, meet, location=""):
    """Google Calendar invitation / update / cancellation as sent to the owner (viewer zone Winnipeg)."""
    ls, le = start.astimezone(WPG), end.astimezone(WPG)
    span = f"{ls:%a} {ls:%b} {ls.day}, {ls.year} {gtime(ls)} - {gtime(le)} ({ls.tzname()})"
    prefix = {"new": "Invitation", "update": "Updated invitation", "cancel": "Canceled event"}[kind]
    subject = f"{prefix}: {title} @ {span} ({OWNER})"
    method = "CANCEL" if kind == "cancel" else "REQUEST"
    when = f"{ls:%A} {ls:%b} {ls.day}, {ls.year} \u22c5 {gtime(ls)} \u2013 {gtime(le)}\nCentral Time - Winnipeg"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    guest_txt = "\n".join(f"{n} - organizer\n{a}" if a == organizer[1] else (a if n == a else f"{n}\n{a}")
                          for n, a, _ in guests)
    if kind == "cancel":
        txt = (f"This event has been canceled and removed from your calendar.\n\n{title}\n{when}\n\n"
               f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{guest_txt}\n\n"
               f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n\n"
               f"~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
               f"You are receiving this email because you are an attendee on the event.\n")
    else:
        upd = "This event has been updated\n" if kind == "update" else ""
        txt = (f"{upd}{title}\n{when}\n\nJoin with Google Meet\nhttps://meet.google.com/{meet}\n\n"
               f"Join by phone\n(CA) +1 204-555-0163\nPIN: {int(hx(seed + 'pin', 8), 16) % 10**9}\n\n"
               f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{guest_txt}\n"
               f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
               f"{description.strip()}\n\n"
               f"Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n\n"
               f"~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
               f"You are receiving this email because you are an attendee on the event.\n\n"
               f"Forwarding this invitation could allow any recipient to send a response to the organizer, "
               f"be added to the guest list, invite others regardless of their own invitation status, or modify "
               f"your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    ics = google_ics(method=method, uid=uid, start=start, end=end, stamp=sent, created=created, modified=sent,
                     organizer=organizer, attendees=guests, summary=title, description=description,
                     seq=seq, status="CANCELLED" if kind == "cancel" else "CONFIRMED", location=location,
                     meet=None if kind == "cancel" else meet)
    alt = multi("alternative", gmail_boundary(seed + "alt"), [
        part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', txt, "base64"),
        part('text/html; charset="UTF-8"', html_of(txt, "font-family:Roboto,Helvetica,Arial,sans-serif"),
             "quoted-printable"),
        part(f'text/calendar; charset="UTF-8"; method={method}', ics.replace("\r\n", "\n"), "7bit"),
    ])
    mp = multi("mixed", gmail_boundary(seed + "mix"), [
        as_part(alt),
        part(f'application/ics; name="{"invite" if kind != "cancel" else "invite"}.ics"', ics, "base64",
             extra=[f'Content-Disposition: attachment; filename="invite.ics"']),
    ])
    hd = headers(frm=f"{organizer[0]} <{organizer[1]}>", to=OWNER, subject=subject, date=sent,
                 mid=f"<calendar-{hx(seed, 8)}-{hx(seed + '1', 4)}-{hx(seed + '2', 4)}-{hx(seed + '3', 4)}-{hx(seed + '4', 12)}@google.com>",
                 reply_to=f"{organizer[0]} <{organizer[1]}>",
                 sender="Google Calendar <calendar-notification@google.com>",
                 return_path=f"3{hx(seed + 'rp', 18)}@calendar-server.bounces.google.com")
    return mail(hd, mp[0], mp[1]), ics


def iphone_mail(*, seed, frm, to, subject, date, text, cc=None, irt=None, refs=None):
    hd = headers(frm=frm, to=to, cc=cc, subject=subject, date=date, mid=apple_msgid(seed), irt=irt, refs=refs,
                 extra=[("X-Mailer", "iPhone Mail (22A3354)")])
    return mail(hd, "text/plain;\n\tcharset=utf-8", qp(text), "quoted-printable")


def gmail_mail(*, seed, frm, to, subject, date, text, cc=None, irt=None, refs=None, reply_to=None):
    hd = headers(frm=frm, to=to, cc=cc, subject=subject, date=date, mid=gmail_msgid(seed), irt=irt, refs=refs,
                 reply_to=reply_to)
    mp = multi("alternative", gmail_boundary(seed), [
        part('text/plain; charset="UTF-8"', text, "quoted-printable"),
        part('text/html; charset="UTF-8"', html_of(text, "font-family:arial,sans-serif"), "quoted-printable"),
    ])
    return mail(hd, mp[0], mp[1])


def outlook_mail(*, seed, frm, to, subject, date, text, cc=None, irt=None, refs=None, attach=None):
    extra = [("Thread-Topic", subject.split(": ", 1)[-1] if subject[:4] in ("RE: ", "FW: ") else subject),
             ("Thread-Index", base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()),
             ("Accept-Language", "en-CA, en-US"), ("Content-Language", "en-US"),
             ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", "")]
    hd = headers(frm=frm, to=to, cc=cc, subject=subject, date=date, mid=outlook_msgid(seed), irt=irt, refs=refs,
                 return_path=email.utils.parseaddr(frm)[1], extra=extra)
    alt = multi("alternative", outlook_boundary(seed), [
        part('text/plain; charset="us-ascii"' if text.isascii() else 'text/plain; charset="utf-8"', text,
             "quoted-printable"),
        part('text/html; charset="us-ascii"' if text.isascii() else 'text/html; charset="utf-8"',
             html_of(text), "quoted-printable"),
    ])
    if attach:
        mp = multi("mixed", outlook_boundary(seed + "mix"), [as_part(alt)] + attach)
        return mail(hd, mp[0], mp[1])
    return mail(hd, alt[0], alt[1])


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


# ----------------------------------------------------------------------------- label helpers
def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


# ============================================================================= POSITIVE CASES
@case("indeed-message-tmrw-230")
def c01():
    sent1 = at(UTC, 2026, 10, 13, 15, 7, 44, wd="Tue")          # 10:07 CDT Tue
    sent2 = at(UTC, 2026, 10, 13, 17, 21, 9)
    start = at(WPG, 2026, 10, 14, 14, 30, wd="Wed")
    assert (start.date() - sent1.astimezone(WPG).date()).days == 1      # "tmrw"
    crystal = "crystal.mandziuk@prairiesun-transport.example"
    relay = f"reply-{hx('c01relay', 10)}-{hx('c01relay2', 6)}@indeedemail.com"
    frm = f"Crystal Mandziuk via Indeed <{relay}>"
    msg1 = ("Hi Tanya,\n\nThanks for applying to our Night Dispatcher posting. Your resume looks good, "
            "lots of dispatch experience which is what we need.\n\nAre you free for a quick phone call tmrw "
            "at 230? Shouldnt take more than 20 min. I'll call the number on your resume "
            f"({OWNER_CELL}) unless you tell me different.\n\nIf Indeed messages are a pain you can email "
            f"me direct at {crystal}\n\nThanks,\nCrystal\nCrystal Mandziuk | HR & Safety\n"
            "Prairie Sun Transport Ltd. | Winnipeg MB")
    msg2 = ("Perfect, talk to you at 230 tmrw then. If something comes up just text me at 204-555-0119.\n\n"
            "Crystal")

    def indeed(seed, sent, subj, msg, quoted=None):
        body = (f"New message from Prairie Sun Transport Ltd.\nNight Dispatcher - Winnipeg, MB\n\n"
                f"Crystal Mandziuk wrote:\n\n{msg}\n\n")
        if quoted:
            body += f"---- Earlier in this conversation ----\n\nTanya Kowalchuk wrote:\n{quoted}\n\n"
        body += ("Reply to this message directly or view the conversation on Indeed:\n"
                 f"https://ca.indeed.com/conversations/{hx(seed + 'conv', 24)}\n\n"
                 "Never send money or personal banking info to an employer. Learn how to spot job scams: "
                 "https://ca.indeed.com/career-advice/finding-a-job/job-scams\n\n"
                 "(c) 2026 Indeed\nYou received this message because you applied to a job on Indeed.\n"
                 "Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750")
        hd = headers(frm=frm, to=OWNER, subject=subj, date=sent, mid=f"<{hx(seed, 24)}.{hx(seed + 'x', 8)}@indeedemail.com>",
                     reply_to=frm, return_path=f"bounce-{hx(seed + 'b', 12)}@indeedemail.com",
                     extra=[("X-Indeed-Conversation", hx(seed + "conv", 24))])
        mp = multi("alternative", "----=_Part_" + str(int(hx(seed, 8), 16)) + "_" + str(int(hx(seed + 'p', 6), 16)) + ".1",
                   [part('text/plain; charset=UTF-8', body, "quoted-printable"),
                    part('text/html; charset=UTF-8', html_of(body, "font-family:Noto Sans,Helvetica,Arial,sans-serif;font-size:14px;color:#2d2d2d"), "quoted-printable")])
        return mail(hd, mp[0], mp[1])

    files = [("01-indeed-message-prairie-sun.eml",
              indeed("c01a", sent1, "New message from Prairie Sun Transport Ltd. about Night Dispatcher", msg1)),
             ("02-indeed-message-reply.eml",
              indeed("c01b", sent2, "RE: New message from Prairie Sun Transport Ltd. about Night Dispatcher", msg2,
                     quoted="Hi Crystal, yes tomorrow at 2:30 works for me. That number is my cell. Thanks! Tanya"))]
    lab = label([iv("Prairie Sun Transport", "Night Dispatcher", start, start + timedelta(minutes=20), "scheduled",
                    [crystal], [crystal], "phone_screen")],
                "medium", "positive/indeed-relay-relative-time",
                "Indeed messaging relay; 'tmrw at 230' resolved against the Tue 13 Oct message date -> Wed 14 Oct "
                "14:30 CDT; 'no more than 20 min' -> end 14:50. Crystal does the screen herself and gave her direct "
                "address; the indeedemail.com relay is not a follow-up recipient.")
    return files, lab


@case("outlook-central-std-after-fallback")
def c02():
    priya = ("Priya Gill", "pgill@assiniboinefreight.example")
    mark = ("Mark Friesen", "mfriesen@assiniboinefreight.example")
    sent1 = at(WPG, 2026, 10, 27, 13, 48, 12, wd="Tue")
    sent2 = at(WPG, 2026, 10, 27, 14, 2, 40)
    start = at(WPG, 2026, 11, 3, 10, 0, wd="Tue")
    end = start + timedelta(minutes=45)
    assert start.utcoffset() == timedelta(hours=-6) and sent1.utcoffset() == timedelta(hours=-5)
    txt1 = ("Hi Tanya,\n\nThank you for your interest in the Logistics Coordinator (LTL) position with Assiniboine "
            "Freight Solutions. Mark Friesen, our Operations Manager, would like to meet with you over Teams next "
            "Tuesday, November 3 at 10:00 am for about 45 minutes.\n\nI'll send the Teams invite separately. Just a "
            "reminder the clocks go back this Sunday so double check your phone calendar shows 10:00.\n\nMark will "
            "ask about your experience with LTL consolidation, carrier rate negotiation and TMS (we use MercuryGate). "
            "\n\nKind regards,\n\nPriya Gill\nHR Coordinator | Assiniboine Freight Solutions\n"
            "1750 Inkster Blvd, Winnipeg MB  R2X 2Z3\nP 204-555-0131 | pgill@assiniboinefreight.example\n\n"
            "This e-mail may contain confidential information. If you received it in error please notify the sender.")
    mail1 = outlook_mail(seed="c02a", frm=f"{priya[0]} <{priya[1]}>", to=f"{OWNER_NAME} <{OWNER}>",
                         subject="Interview - Logistics Coordinator (LTL)", date=sent1, text=txt1)
    body = ("Hi Tanya,\n\nPlease join us on Teams for your interview for the Logistics Coordinator (LTL) position. "
            "You will be meeting with Mark Friesen, Operations Manager. I set this up but won't be on the call.\n\n"
            "Priya Gill\nHR Coordinator")
    inv, _ = outlook_invite_mail(seed="c02b", organizer=priya, to_list=[(OWNER_NAME, OWNER), mark],
                                 attendees=[(OWNER_NAME, OWNER), (mark[0], mark[1])],
                                 subject="Interview: Tanya Kowalchuk - Logistics Coordinator (LTL)",
                                 start=start, end=end, tzid="Central Standard Time", body=body,
                                 location="Microsoft Teams Meeting", sent=sent2)
    files = [("01-assiniboine-interview-email.eml", mail1), ("02-teams-invite.eml", inv)]
    lab = label([iv("Assiniboine Freight Solutions", "Logistics Coordinator (LTL)", start, end, "scheduled",
                    [mark[1]], [mark[1]], "hiring_manager")],
                "medium", "positive/outlook-windows-tzid-dst",
                "E-mail + Exchange invite for the same interview (one). Sent in CDT (Oct 27) for Tue Nov 3, two days "
                "after Winnipeg falls back: TZID 'Central Standard Time' resolves to -06:00. Priya only schedules.")
    return files, lab


@case("regina-canada-central-tzid")
def c03():
    shauna = ("Shauna Leier", "sleier@quappellegrain.example")
    brent = ("Brent Olfert", "bolfert@quappellegrain.example")
    sent = at(REG, 2026, 10, 14, 15, 26, 3, wd="Wed")
    start = at(REG, 2026, 10, 20, 9, 0, wd="Tue")
    end = start + timedelta(hours=1)
    assert start.astimezone(WPG).hour == 10      # "10:00 in Winnipeg until your clocks change"
    txt = ("Hi Tanya,\n\nThanks for applying on our Logistics Coordinator - Rail & Truck posting. Brent Olfert "
           "(Manager, Grain Logistics) would like to do a video interview with you on Tuesday October 20 at 9:00 am "
           "Sask time. Heads up that's 10:00 your time in Winnipeg - we don't change our clocks here so we're an hour "
           "behind you until Manitoba falls back in November.\n\nI've attached the calendar invite (Teams). It's "
           "about an hour, Brent will go over car spotting at our Balgonie and Rouleau elevators, how you'd "
           "handle trucking when CP is short on cars, and your experience with producer cars.\n\nAny questions "
           "give me a shout.\n\nShauna Leier, CPHR\nHR Generalist | Qu'Appelle Valley Grain Ltd.\n"
           "Regina, SK | 306-555-0142 | sleier@quappellegrain.example")
    ics = outlook_ics(seed="c03ics", method="REQUEST", organizer=shauna,
                      attendees=[(OWNER_NAME, OWNER), (brent[0], brent[1])],
                      subject="Interview - Logistics Coordinator Rail & Truck - T. Kowalchuk",
                      start=start, end=end, tzid="Canada Central Standard Time",
                      description=(f"When: {longdate(start)} {t12(start)}-{t12(end)} (UTC-06:00) Saskatchewan.\n"
                                   "Where: Microsoft Teams Meeting\n\nInterview with Brent Olfert, Manager Grain "
                                   "Logistics.\n\n" + teams_block("c03ics")),
                      location="Microsoft Teams Meeting", dtstamp=sent,
                      prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    mail1 = outlook_mail(seed="c03a", frm=f"{shauna[0]} <{shauna[1]}>", to=f"{OWNER_NAME} <{OWNER}>",
                         subject="Qu'Appelle Valley Grain - interview Tues Oct 20", date=sent, text=txt,
                         attach=[part('text/calendar; charset="utf-8"; method=REQUEST; name="Interview - Logistics Coordinator.ics"',
                                      ics, "base64",
                                      extra=['Content-Disposition: attachment; filename="Interview - Logistics Coordinator.ics"'])])
    files = [("01-quappelle-interview-email.eml", mail1), ("02-interview-brent-olfert.ics", ics)]
    lab = label([iv("Qu'Appelle Valley Grain", "Logistics Coordinator - Rail & Truck", start, end, "scheduled",
                    [brent[1]], [brent[1]], "hiring_manager")],
                "hard", "positive/regina-no-dst",
                "Regina never changes clocks: TZID 'Canada Central Standard Time' = -06:00 all year, so 9:00 Sask "
                "time on Oct 20 is 10:00 CDT in Winnipeg. Same invite attached to the e-mail and saved as .ics (one "
                "interview). Shauna coordinates only.")
    return files, lab


@case("calgary-google-invite-mdt")
def c04():
    harp = ("Harpreet Sandhu", "harpreet.sandhu@chinooklinehaul.example")
    sent1 = at(YYC, 2026, 10, 26, 15, 51, 20, wd="Mon")
    sent2 = at(UTC, 2026, 10, 26, 22, 5, 31)
    start = at(YYC, 2026, 10, 29, 13, 0, wd="Thu")
    end = start + timedelta(minutes=45)
    assert start.astimezone(WPG).hour == 14 and start.utcoffset() == timedelta(hours=-6)
    txt1 = ("Hi Tanya\n\nThanks for sending your resume over for the Fleet Dispatcher (Remote - Prairies) job. "
            "Id like to set up a call with you this week, I'll run you through a dispatch scenario live (a few loads, "
            "a few trucks, a driver running out of hours) and see how you'd work it. Nothing to prepare.\n\n"
            "Does Thurs at 1 our time work? Thats 2 your time in Wpg. I'll send a Google Meet invite.\n\n"
            "Harpreet Sandhu\nDispatch Lead | Chinook Line Haul Inc.\nCalgary, AB | 403-555-0186")
    mail1 = gmail_mail(seed="c04a", frm=f"{harp[0]} <{harp[1]}>", to=OWNER,
                       subject="Fleet Dispatcher - call this week?", date=sent1, text=txt1)
    desc = ("Fleet Dispatcher (Remote - Prairies) interview with Harpreet Sandhu, Dispatch Lead.\n"
            "Live dispatch scenario, about 45 min. 1pm Calgary time / 2pm Winnipeg.")
    uid = hx("c04uid", 26) + "@google.com"
    inv, _ = google_invite_mail(seed="c04b", kind="new", organizer=harp,
                                guests=[(harp[0], harp[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                                title="Chinook Line Haul - Dispatcher interview (Tanya Kowalchuk)",
                                start=start, end=end, description=desc, uid=uid, seq=0, sent=sent2,
                                created=sent2 - timedelta(seconds=40), meet="qrw-hkzt-pmv")
    files = [("01-harpreet-call-this-week.eml", mail1), ("02-invitation-dispatcher-interview.eml", inv)]
    lab = label([iv("Chinook Line Haul", "Fleet Dispatcher (Remote - Prairies)", start, end, "scheduled",
                    [harp[1]], [harp[1]], "technical")],
                "medium", "positive/google-invite-mountain-time",
                "Calgary interviewer: 'Thurs at 1 our time' = 13:00 MDT (-06:00) = 2pm CDT shown in the Google "
                "invitation (viewer zone Winnipeg); ICS in UTC. Live dispatch scenario -> technical. E-mail + invite = one.")
    return files, lab


@case("sms-forward-yard-tour-ride-along")
def c05():
    rick = ("Rick Dueck", "rick.dueck@keystonebulk.example")
    sent1 = at(WPG, 2026, 10, 13, 19, 48, 2, wd="Tue")
    sent2 = at(WPG, 2026, 10, 14, 8, 12, 55, wd="Wed")
    start = at(WPG, 2026, 10, 15, 9, 0, wd="Thu")
    end = at(WPG, 2026, 10, 15, 13, 0)
    sms = ("Saving these so I dont lose them\n\n"
           "Rick Dueck Keystone (204) 555-0177\n"
           "Tue, Oct 13 at 4:52 PM\n\n"
           "Rick: Hi Tanya its Rick Dueck from Keystone Bulk Carriers. Got your resume for the day dispatcher "
           "spot. U still looking?\n\n"
           "Me: Hi Rick yes definitely! Thanks for reaching out\n\n"
           "Rick: Great. Can u come out to the yard Thurs morning? Want to show u the yard + shop, then a ride "
           "along with one of our drivers on a short city run so u see what our guys deal with. Then sit down "
           "w me and Dale (safety) after lunch\n\n"
           "Rick: say 9am? should be done by 1\n\n"
           "Me: 9 works. Whats the address?\n\n"
           "Rick: 1450 Dugald Rd, park by the shop door. Ill email u the safety stuff. Need steel toes and hi vis\n\n"
           "Me: \U0001F44D see you Thurs\n\n"
           "Sent from my iPhone")
    m1 = iphone_mail(seed="c05a", frm=f"Tanya Kowalchuk <{OWNER}>", to=f"Tanya Kowalchuk <{OWNER}>",
                     subject="Fwd: texts from Rick @ Keystone", date=sent1, text=sms)
    txt2 = ("Hi Tanya,\n\nAs per our texts, see you tmrw at 9 for the yard visit. Steel toe boots and hi-vis "
            "please, we have a hard hat for you.\n\nPlan is: yard and shop walk around with me, then the ride "
            "along with Jerry on a city run to the CN yard (back 11:30ish), lunch on us, then you sit down with "
            "me and Dale Funk our Safety Manager from about 12:15 to 1. We'll be asking about how you handle "
            "breakdowns and HOS, so bring examples.\n\nIf anything comes up call or text.\n\n"
            "Rick Dueck\nTerminal Manager\nKeystone Bulk Carriers Ltd.\n1450 Dugald Rd, Winnipeg MB\n"
            "c. 204-555-0177")
    m2 = outlook_mail(seed="c05b", frm=f"{rick[0]} <{rick[1]}>", to=OWNER,
                      subject="Tmrw - yard visit / safety info", date=sent2, text=txt2)
    files = [("01-fwd-texts-from-rick.eml", m1), ("02-keystone-yard-visit-safety-info.eml", m2)]
    lab = label([iv("Keystone Bulk Carriers", "Day Dispatcher", start, end, "scheduled",
                    [rick[1]], [rick[1]], "onsite")],
                "hard", "positive/sms-forward-onsite-ride-along",
                "SMS thread the owner forwarded to herself + terminal manager's e-mail. Yard tour, ride-along and "
                "sit-down with Rick and Dale on one day = one onsite 9:00-13:00 CDT ('should be done by 1'). Dale "
                "has no address in the case, so only Rick is listed.")
    return files, lab


@case("adp-reschedule-1400hrs")
def c06():
    lisa = ("Lisa Wiebe", "lwiebe@pembinavalleyexpress.example")
    kurt = ("Kurt Penner", "kpenner@pembinavalleyexpress.example")
    adp = "Pembina Valley Express Recruiting <recruitment_noreply@adp.com>"
    sent1 = at(WPG, 2026, 10, 1, 11, 3, 17, wd="Thu")
    sent2 = at(WPG, 2026, 10, 5, 8, 41, 0, wd="Mon")
    sent3 = at(WPG, 2026, 10, 5, 10, 16, 33)
    sent4 = at(WPG, 2026, 10, 5, 10, 19, 2)
    old = at(WPG, 2026, 10, 7, 14, 30, wd="Wed")
    new = at(WPG, 2026, 10, 8, 14, 0, wd="Thu")
    uid = f"ADP-RM-{HX('c06uid', 12)}@workforcenow.adp.com"
    addr = "Pembina Valley Express - Main Office, 455 Industrial Dr, Winkler MB"

    def adp_ics(start, seq, stamp):
        return ical(["BEGIN:VCALENDAR", "PRODID:-//ADP//Workforce Now Recruitment//EN", "VERSION:2.0",
                     "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}",
                     f"DTSTAMP:{zulu(stamp)}", f"DTSTART:{zulu(start)}", f"DTEND:{zulu(start + timedelta(hours=1))}",
                     "SUMMARY:Interview - Load Planner - Pembina Valley Express",
                     f"LOCATION:{itext(addr)}",
                     "DESCRIPTION:" + itext(f"In-person interview with {kurt[0]}, Operations Manager."
                                            "\nPlease bring a copy of your driver's abstract."),
                     f"ORGANIZER;CN={lisa[0]}:mailto:{lisa[1]}",
                     attendee_line(OWNER_NAME, OWNER),
                     attendee_line(kurt[0], kurt[1], partstat="ACCEPTED", rsvp=False),
                     "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])

    def adp_mail(seed, sent, subject, intro, start, seq):
        ics = adp_ics(start, seq, sent)
        txt = (f"Dear Tanya,\n\n{intro}\n\nPosition: Load Planner (Req #{int(hx(seed + 'r', 5), 16) % 9000 + 1000})\n"
               f"Date: {start:%A}, {start:%B} {start.day}, {start.year}\nTime: {t12(start)} - {t12(start + timedelta(hours=1))} "
               f"(Central Time)\nLocation: {addr}\nInterviewer(s): {kurt[0]}, Operations Manager\n\n"
               "A calendar file is attached. If you need to make changes please contact Lisa Wiebe at "
               f"{lisa[1]} or 204-555-0165.\n\nSincerely,\nPembina Valley Express Human Resources\n\n"
               "This is an automated message from ADP Workforce Now. Please do not reply to this email.")
        alt = multi("alternative", "----=_Part_" + str(int(hx(seed, 7), 16)) + "_" + str(int(hx(seed + "q", 7), 16)) + ".17",
                    [part("text/plain; charset=UTF-8", txt, "quoted-printable"),
                     part("text/html; charset=UTF-8", html_of(txt, "font-family:Arial,sans-serif;font-size:10pt"), "quoted-printable")])
        mp = multi("mixed", "----=_Part_" + str(int(hx(seed + "m", 7), 16)) + "_" + str(int(hx(seed + "n", 7), 16)) + ".16",
                   [as_part(alt), part('text/calendar; charset=UTF-8; method=REQUEST; name="interview.ics"', ics, "base64",
                                       extra=['Content-Disposition: attachment; filename="interview.ics"'])])
        hd = headers(frm=adp, to=OWNER, subject=subject, date=sent,
                     mid=f"<{int(hx(seed, 10), 16)}.{int(hx(seed + 'j', 6), 16)}.{int(sent.timestamp() * 1000)}@wfn-mail.adp.com>",
                     return_path="recruitment_noreply@adp.com")
        return mail(hd, mp[0], mp[1])

    m1 = adp_mail("c06a", sent1, "Interview Scheduled - Load Planner",
                  "Thank you for your interest in Pembina Valley Express. We are pleased to invite you to an interview.",
                  old, 0)
    lisa_mid = outlook_msgid("c06b")
    txt2 = ("Morning Tanya,\n\nSorry for the short notice - Kurt found out he has our DOT compliance review Wednesday "
            "afternoon and can't move it. Could we push your interview to Thurs the 8th at 1400 hrs instead? Same "
            "place, same format, about an hour.\n\nLet me know and I'll update it in the system.\n\nThanks,\n"
            "Lisa Wiebe\nHR Administrator | Pembina Valley Express\n204-555-0165")
    m2 = outlook_mail(seed="c06b", frm=f"{lisa[0]} <{lisa[1]}>", to=OWNER,
                      subject="Interview Wednesday - need to move", date=sent2, text=txt2)
    tanya_reply = ("Hi Lisa, no problem at all, Thursday at 2 works for me. See you then.\n\nTanya\n\n"
                   "Sent from my iPhone")
    txt3 = ("Great, thanks Tanya! I've updated it, you'll get a new notice from ADP in a minute.\n\nLisa\n\n"
            f"-----Original Message-----\nFrom: Tanya Kowalchuk <{OWNER}>\nSent: Monday, October 5, 2026 10:02 AM\n"
            f"To: Lisa Wiebe <{lisa[1]}>\nSubject: Re: Interview Wednesday - need to move\n\n{tanya_reply}\n\n"
            f"> On Oct 5, 2026, at 8:41 AM, Lisa Wiebe <{lisa[1]}> wrote:\n>\n" + quote(txt2))
    m3 = outlook_mail(seed="c06c", frm=f"{lisa[0]} <{lisa[1]}>", to=OWNER,
                      subject="RE: Interview Wednesday - need to move", date=sent3, text=txt3,
                      irt=apple_msgid("c06tanya"), refs=f"{lisa_mid} {apple_msgid('c06tanya')}")
    m4 = adp_mail("c06d", sent4, "Interview Rescheduled - Load Planner",
                  "Your interview has been rescheduled. Please see the updated details below.", new, 1)
    files = [("01-adp-interview-scheduled.eml", m1), ("02-lisa-need-to-move.eml", m2),
             ("03-lisa-re-updated.eml", m3), ("04-adp-interview-rescheduled.eml", m4)]
    lab = label([iv("Pembina Valley Express", "Load Planner", new, new + timedelta(hours=1), "scheduled",
                    [kurt[1]], [kurt[1]], "hiring_manager")],
                "medium", "positive/reschedule-ats",
                "ADP Workforce Now notice for Wed Oct 7 2:30 PM, moved by e-mail to 'Thurs the 8th at 1400 hrs' and "
                "re-issued (same UID, SEQUENCE 1). Final time only. 'DOT compliance review' is a distractor. Kurt is "
                "the interviewer (ATTENDEE); Lisa coordinates.")
    return files, lab


@case("dayforce-cancelled-posting-on-hold")
def c07():
    jenna = ("Jenna Sawatzky", "jenna.sawatzky@northgatecoldchain.example")
    df = "Northgate Cold Chain Careers <no-reply@dayforcehcm.com>"
    sent1 = at(WPG, 2026, 10, 19, 16, 2, 11, wd="Mon")
    sent2 = at(WPG, 2026, 10, 22, 9, 37, 45, wd="Thu")
    sent3 = at(WPG, 2026, 10, 22, 9, 44, 8)
    start = at(WPG, 2026, 10, 26, 11, 0, wd="Mon")
    end = start + timedelta(minutes=45)
    uid = f"dayforce-interview-{hx('c07uid', 20)}"

    def df_ics(method, seq, stamp):
        return ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Ceridian//Dayforce Recruiting//EN",
                     f"METHOD:{method}"] + VTZ["America/Winnipeg"] +
                    ["BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{zulu(stamp)}",
                     f"DTSTART;TZID=America/Winnipeg:{local(start)}", f"DTEND;TZID=America/Winnipeg:{local(end)}",
                     "SUMMARY:Interview: Transportation Coordinator - Northgate Cold Chain",
                     "LOCATION:Microsoft Teams (link to follow)",
                     "DESCRIPTION:Interview with Omar Haddad\\, Transportation Manager.",
                     "ORGANIZER;CN=Northgate Cold Chain Careers:mailto:no-reply@dayforcehcm.com",
                     attendee_line(OWNER_NAME, OWNER),
                     "STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"),
                     "END:VEVENT", "END:VCALENDAR"])

    def df_mail(seed, sent, subject, txt, method, seq):
        ics = df_ics(method, seq, sent)
        alt = multi("alternative", f"--boundary_{int(hx(seed, 6), 16)}_{hx(seed + 'g', 8)}-{hx(seed + 'h', 4)}",
                    [part("text/plain; charset=utf-8", txt, "quoted-printable"),
                     part("text/html; charset=utf-8", html_of(txt, "font-family:Segoe UI,Arial,sans-serif"), "base64")])
        mp = multi("mixed", f"--boundary_{int(hx(seed + 'm', 6), 16)}_{hx(seed + 'k', 8)}-{hx(seed + 'l', 4)}",
                   [as_part(alt), part(f'text/calendar; charset=utf-8; method={method}; name="Interview.ics"', ics, "base64",
                                       extra=['Content-Disposition: attachment; filename="Interview.ics"'])])
        hd = headers(frm=df, to=OWNER, subject=subject, date=sent,
                     mid=f"<{hx(seed, 8)}-{hx(seed + '1', 4)}-{hx(seed + '2', 4)}-{hx(seed + '3', 4)}-{hx(seed + '4', 12)}@dayforcehcm.com>",
                     reply_to=f"{jenna[0]} <{jenna[1]}>", return_path="no-reply@dayforcehcm.com")
        return mail(hd, mp[0], mp[1])

    txt1 = ("Hello Tanya,\n\nThank you for applying for the Transportation Coordinator position at Northgate Cold "
            "Chain. We would like to invite you to an interview.\n\n"
            f"Date: Monday, October 26, 2026\nTime: 11:00 AM - 11:45 AM CDT\nFormat: Microsoft Teams video "
            "(link to follow)\nYou will meet with: Omar Haddad, Transportation Manager\n\n"
            "An iCalendar file is attached for your convenience.\n\nIf you have questions contact Jenna Sawatzky, "
            f"Talent Acquisition, at {jenna[1]}.\n\nNorthgate Cold Chain Talent Acquisition\n\n"
            "Powered by Dayforce")
    txt2 = ("Hi Tanya,\n\nI'm sorry to be sending this. We have had to put the Transportation Coordinator posting on "
            "hold - our largest retail customer is changing their DC schedule and we're re-looking at the structure "
            "of the team. Because of that we need to cancel your interview with Omar on Monday.\n\nI'll keep your "
            "application on file and reach out directly if the role opens back up. Really sorry for the "
            "inconvenience.\n\nJenna Sawatzky\nTalent Acquisition Partner | Northgate Cold Chain\n"
            "204-555-0128")
    txt3 = ("Hello Tanya,\n\nYour interview for Transportation Coordinator scheduled for Monday, October 26, 2026 at "
            "11:00 AM CDT has been cancelled.\n\nIf you have questions contact Jenna Sawatzky, Talent Acquisition, "
            f"at {jenna[1]}.\n\nNorthgate Cold Chain Talent Acquisition\n\nPowered by Dayforce")
    m1 = df_mail("c07a", sent1, "Interview Invitation - Transportation Coordinator", txt1, "REQUEST", 0)
    m2 = gmail_mail(seed="c07b", frm=f"{jenna[0]} <{jenna[1]}>", to=OWNER,
                    subject="Your interview Monday - Transportation Coordinator", date=sent2, text=txt2)
    m3 = df_mail("c07c", sent3, "Interview Cancelled - Transportation Coordinator", txt3, "CANCEL", 1)
    files = [("01-dayforce-interview-invitation.eml", m1), ("02-jenna-posting-on-hold.eml", m2),
             ("03-dayforce-interview-cancelled.eml", m3)]
    lab = label([iv("Northgate Cold Chain", "Transportation Coordinator", start, end, "cancelled",
                    [], [jenna[1]], "hiring_manager")],
                "medium", "positive/cancellation-only",
                "Dayforce invite then recruiter e-mail + METHOD:CANCEL (posting on hold). Kept as cancelled at its "
                "last time. Omar's address never appears; follow-up goes to Jenna (Reply-To and named in text), not "
                "the Dayforce no-reply.")
    return files, lab


@case("two-rounds-screen-then-in-person")
def c08():
    amanda = ("Amanda Nguyen", "amanda.nguyen@whiteshell-logistics.example")
    sean = ("Sean McKay", "smckay@whiteshell-logistics.example")
    s1 = at(WPG, 2026, 10, 5, 15, 40, 22, wd="Mon")
    s2 = at(WPG, 2026, 10, 5, 16, 5, 51)
    s3 = at(WPG, 2026, 10, 7, 11, 20, 4, wd="Wed")
    s4 = at(WPG, 2026, 10, 7, 12, 2, 39)
    screen = at(WPG, 2026, 10, 6, 10, 0, wd="Tue")
    onsite = at(WPG, 2026, 10, 13, 13, 30, wd="Tue")
    assert (screen.date() - s1.date()).days == 1
    sig = ("Amanda Nguyen\nTalent Acquisition Specialist\nWhiteshell Logistics Inc. | 3PL & Freight Brokerage\n"
           "Unit 4 - 2200 McGillivray Blvd, Winnipeg MB\nd. 204-555-0153")
    t1 = ("Hi Tanya,\n\nThanks for applying for the Carrier Sales & Logistics Coordinator role! I'd love to set up a "
          "quick phone screen to learn more about you.\n\nWould you have 30 minutes tomorrow at 10:00? I can call you "
          "at the number on your resume.\n\n" + sig)
    m1 = gmail_mail(seed="c08a", frm=f"{amanda[0]} <{amanda[1]}>", to=OWNER,
                    subject="Carrier Sales & Logistics Coordinator - phone screen", date=s1, text=t1)
    t2 = ("Great, talk to you tomorrow at 10!\n\nAmanda\n\nOn Mon, Oct 5, 2026 at 3:58 PM Tanya Kowalchuk <"
          + OWNER + "> wrote:\n" + quote("Hi Amanda, tmrw at 10 works. My cell is " + OWNER_CELL +
                                         ".\nThanks,\nTanya\n\nOn Mon, Oct 5, 2026 at 3:40 PM Amanda Nguyen <" +
                                         amanda[1] + "> wrote:\n" + quote(t1)))
    m2 = gmail_mail(seed="c08b", frm=f"{amanda[0]} <{amanda[1]}>", to=OWNER,
                    subject="Re: Carrier Sales & Logistics Coordinator - phone screen", date=s2, text=t2,
                    irt=gmail_msgid("c08tanya"), refs=f"{gmail_msgid('c08a')} {gmail_msgid('c08tanya')}")
    t3 = ("Hi Tanya,\n\nThanks for chatting yesterday - great conversation! Sean McKay, our Director of Operations "
          "(cc'd), would like to meet you in person for the next round.\n\nTuesday, October 13 from 1:30 to 2:30 pm "
          "at our office (Unit 4 - 2200 McGillivray Blvd). Sean will walk you through how our carrier sales desk "
          "works and ask about your broker/carrier experience. Free parking out front, just buzz at the door.\n\n"
          "Please confirm that works (Monday is Thanksgiving so I'll be out).\n\n" + sig)
    m3 = gmail_mail(seed="c08c", frm=f"{amanda[0]} <{amanda[1]}>", to=OWNER, cc=f"{sean[0]} <{sean[1]}>",
                    subject="Next step - in person with Sean McKay", date=s3, text=t3)
    t4 = ("Looking forward to it Tanya. Ask for me at the front.\n\nSean\n\nSean McKay | Director of Operations\n"
          "Whiteshell Logistics Inc.\n\nSent from my iPhone\n\n> On Oct 7, 2026, at 11:20 AM, Amanda Nguyen <"
          + amanda[1] + "> wrote:\n>\n" + quote(t3))
    m4 = iphone_mail(seed="c08d", frm=f"{sean[0]} <{sean[1]}>", to=f"{amanda[0]} <{amanda[1]}>, {OWNER}",
                     subject="Re: Next step - in person with Sean McKay", date=s4, text=t4,
                     irt=gmail_msgid("c08c"), refs=gmail_msgid("c08c"))
    files = [("01-amanda-phone-screen-tomorrow.eml", m1), ("02-amanda-re-talk-tomorrow.eml", m2),
             ("03-amanda-next-step-in-person.eml", m3), ("04-sean-re-looking-forward.eml", m4)]
    lab = label([iv("Whiteshell Logistics", "Carrier Sales & Logistics Coordinator", screen,
                    screen + timedelta(minutes=30), "scheduled", [amanda[1]], [amanda[1]], "phone_screen"),
                 iv("Whiteshell Logistics", "Carrier Sales & Logistics Coordinator", onsite,
                    onsite + timedelta(hours=1), "scheduled", [sean[1]], [sean[1]], "hiring_manager")],
                "medium", "positive/two-interviews",
                "Two rounds in one thread: recruiter phone screen 'tomorrow at 10:00' (resolved from Mon Oct 5 -> "
                "Tue Oct 6) and an in-person hiring-manager interview Tue Oct 13 13:30-14:30 CDT with Sean.")
    return files, lab


@case("google-cancel-then-new-invite")
def c09():
    kendra = ("Kendra Ouellette", "kendra.ouellette@foothillsreefer.example")
    wade = ("Wade Lindstrom", "wade.lindstrom@foothillsreefer.example")
    s1 = at(UTC, 2026, 10, 16, 19, 14, 2, wd="Fri")
    s2 = at(UTC, 2026, 10, 22, 21, 30, 40, wd="Thu")
    s3 = at(YYC, 2026, 10, 22, 15, 36, 12)
    s4 = at(UTC, 2026, 10, 22, 21, 41, 55)
    first = at(YYC, 2026, 10, 23, 10, 0, wd="Fri")
    second = at(YYC, 2026, 11, 3, 10, 0, wd="Tue")
    assert first.utcoffset() == timedelta(hours=-6) and second.utcoffset() == timedelta(hours=-7)
    assert first.astimezone(WPG).hour == 11 and second.astimezone(WPG).hour == 11
    guests = [(kendra[0], kendra[1], "ACCEPTED"), (wade[0], wade[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
    title = "Foothills Reefer Lines - Reefer Dispatcher interview w/ Wade"
    desc = ("Interview for the Reefer Dispatcher position with Wade Lindstrom, Dispatch Manager. "
            "Kendra will start the call and hand off. 10:00 Calgary time.")
    uid1 = hx("c09uid1", 26) + "@google.com"
    uid2 = hx("c09uid2", 26) + "@google.com"
    m1, _ = google_invite_mail(seed="c09a", kind="new", organizer=kendra, guests=guests, title=title, start=first,
                               end=first + timedelta(hours=1), description=desc, uid=uid1, seq=0, sent=s1,
                               created=s1 - timedelta(minutes=1), meet="fjv-wqce-rta")
    m2, _ = google_invite_mail(seed="c09b", kind="cancel", organizer=kendra, guests=guests, title=title, start=first,
                               end=first + timedelta(hours=1), description=desc, uid=uid1, seq=1, sent=s2,
                               created=s1 - timedelta(minutes=1), meet="fjv-wqce-rta")
    t3 = ("Hi Tanya,\n\nSo sorry about the cancellation notice you just got. Wade got called out to a reefer "
          "breakdown near Red Deer and he'll be on the road tomorrow, so we had to scrap tomorrow's slot.\n\n"
          "I've sent you a brand new invite for Tuesday November 3 at 10:00 Calgary time - that's 11:00 for you in "
          "Winnipeg (you'll still be an hour ahead of us after the time change). Same format, Google Meet, about an "
          "hour.\n\nThanks for being flexible!\n\nKendra Ouellette\nRecruiter | Foothills Reefer Lines Ltd.\n"
          "Calgary, AB | 403-555-0111")
    m3 = gmail_mail(seed="c09c", frm=f"{kendra[0]} <{kendra[1]}>", to=OWNER,
                    subject="Tomorrow's interview - new date", date=s3, text=t3)
    m4, _ = google_invite_mail(seed="c09d", kind="new", organizer=kendra, guests=guests, title=title, start=second,
                               end=second + timedelta(hours=1), description=desc, uid=uid2, seq=0, sent=s4,
                               created=s4 - timedelta(minutes=2), meet="mke-pxad-uwn")
    files = [("01-invitation-oct23.eml", m1), ("02-canceled-event-oct23.eml", m2),
             ("03-kendra-new-date.eml", m3), ("04-invitation-nov3.eml", m4)]
    lab = label([iv("Foothills Reefer Lines", "Reefer Dispatcher", first, first + timedelta(hours=1), "cancelled",
                    [wade[1]], [wade[1]], "hiring_manager"),
                 iv("Foothills Reefer Lines", "Reefer Dispatcher", second, second + timedelta(hours=1), "scheduled",
                    [wade[1]], [wade[1]], "hiring_manager")],
                "hard", "positive/cancel-then-rebook-new-event",
                "Google invite for Fri Oct 23 10:00 MDT cancelled (METHOD:CANCEL), then re-booked as a NEW event "
                "(new UID) Tue Nov 3 10:00 MST (-07:00) -> two entries per the rules. Both show 11am in Winnipeg "
                "(CDT then CST). Kendra organizes; Wade interviews.")
    return files, lab


@case("gcal-api-calgary-phone-screen")
def c10():
    mel = ("Melissa Chartrand", "mchartrand@bowriverfreight.example")
    sent = at(YYC, 2026, 10, 30, 9, 12, 48, wd="Fri")
    start = at(YYC, 2026, 11, 5, 10, 0, wd="Thu")
    end = start + timedelta(minutes=30)
    assert start.astimezone(WPG).hour == 11
    t1 = ("Hi Tanya,\n\nThanks for your application for Intermodal Dispatcher at Bow River Freightways. I'd like to "
          "book a 30 minute phone screen with you on Thursday November 5 at 10am our time. Heads up we're an hour "
          "behind you, so that's 11 in Winnipeg (and yes it stays an hour even after the time change this "
          "weekend).\n\nI've put it in your calendar - I'll call your cell.\n\nTalk soon,\nMelissa\n\n"
          "Melissa Chartrand | Talent Partner\nBow River Freightways | Calgary AB\n403-555-0172")
    m1 = outlook_mail(seed="c10a", frm=f"{mel[0]} <{mel[1]}>", to=f"Tanya Kowalchuk <{OWNER}>",
                      subject="Intermodal Dispatcher - phone screen Thurs Nov 5", date=sent, text=t1)
    eid = hx("c10event", 26)
    created = sent.astimezone(UTC) - timedelta(minutes=3)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx('c10etag', 13), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(seconds=95)).strftime("%Y-%m-%dT%H:%M:%S.412Z"),
        "summary": "Phone screen: Tanya Kowalchuk / Intermodal Dispatcher (Bow River Freightways)",
        "description": "Melissa will call Tanya's cell (204-555-0148). 30 min recruiter screen.",
        "location": "Phone",
        "creator": {"email": mel[1], "displayName": mel[0]},
        "organizer": {"email": mel[1], "displayName": mel[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/Edmonton"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/Edmonton"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": mel[1], "displayName": mel[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "needsAction"},
        ],
        "guestsCanModify": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    files = [("01-melissa-phone-screen.eml", m1),
             ("02-phone-screen-bow-river.gcal.json", json.dumps(ev, indent=2) + "\n")]
    lab = label([iv("Bow River Freightways", "Intermodal Dispatcher", start, end, "scheduled",
                    [mel[1]], [mel[1]], "phone_screen")],
                "medium", "positive/gcal-api-dst-boundary",
                "E-mail (sent Fri Oct 30, MDT) + Calendar API event for the same screen on Thu Nov 5 10:00 MST "
                "(-07:00) = 11:00 CST Winnipeg, after both provinces fall back. Recruiter does the screen.")
    return files, lab


@case("regina-half-past-2-same-clock")
def c11():
    gord = ("Gord Bachmann", "gord@wascanatransport.example")
    s0 = at(REG, 2026, 11, 9, 19, 14, 0, wd="Mon")
    s1 = at(REG, 2026, 11, 10, 7, 48, 30, wd="Tue")
    s2 = at(REG, 2026, 11, 10, 12, 31, 6)
    start = at(REG, 2026, 11, 12, 14, 30, wd="Thu")
    assert start.astimezone(WPG).hour == 14       # same clock once Manitoba is on CST
    app = ("Hi Gord,\n\nI saw your ad on Indeed for a Dispatcher/Safety Clerk and wanted to send my resume "
           "directly. I've been dispatching for a Winnipeg carrier for 6 years (30 trucks, mostly MB/SK/AB and "
           "some US) and I handle our CVOR/NSC paperwork and driver files. I'm happy to work remote or relocate to "
           "Regina for the right job.\n\nResume attached.\n\nThanks,\nTanya Kowalchuk\n" + OWNER_CELL)
    t1 = ("Tanya\n\nGot your email and resume thanks. Id like to do a phone interview, how is thurs at half past 2? "
          "Were on Sask time but since you guys in Manitoba fell back its the same clock now. Ill call your cell.\n\n"
          "Gord\n\nSent from my iPhone\n\n> On Nov 9, 2026, at 7:14 PM, Tanya Kowalchuk <" + OWNER + "> wrote:\n>\n"
          + quote(app))
    m1 = iphone_mail(seed="c11a", frm=f"Gord Bachmann <{gord[1]}>", to=f"Tanya Kowalchuk <{OWNER}>",
                     subject="Re: Dispatcher/Safety Clerk - Tanya Kowalchuk", date=s1, text=t1,
                     irt=gmail_msgid("c11app"), refs=gmail_msgid("c11app"))
    assert s0.astimezone(REG).strftime("%b %-d, %Y, at %-I:%M %p") == "Nov 9, 2026, at 7:14 PM"
    reply = ("Thursday at 2:30 works great, thanks Gord! Talk to you then.\n\nTanya")
    t2 = ("ok good talk thurs\n\nGord Bachmann\nOwner, Wascana Transport Ltd.\nRegina SK  306-555-0104\n\n"
          "Sent from my iPhone\n\n> On Nov 10, 2026, at 9:02 AM, Tanya Kowalchuk <" + OWNER + "> wrote:\n>\n"
          + quote(reply))
    m2 = iphone_mail(seed="c11b", frm=f"Gord Bachmann <{gord[1]}>", to=f"Tanya Kowalchuk <{OWNER}>",
                     subject="Re: Dispatcher/Safety Clerk - Tanya Kowalchuk", date=s2, text=t2,
                     irt=gmail_msgid("c11reply"), refs=f"{gmail_msgid('c11app')} {apple_msgid('c11a')} {gmail_msgid('c11reply')}")
    files = [("01-gord-re-dispatcher-safety-clerk.eml", m1), ("02-gord-ok-talk-thurs.eml", m2)]
    lab = label([iv("Wascana Transport", "Dispatcher/Safety Clerk", start, None, "scheduled",
                    [gord[1]], [gord[1]], "hiring_manager")],
                "hard", "positive/body-only-sloppy-regina",
                "Body-only iPhone mail from a Regina owner: 'thurs at half past 2' on Sask time, sent Tue Nov 10 -> "
                "Thu Nov 12 14:30 -06:00 (Regina = Winnipeg clock in winter). No duration -> end null.")
    return files, lab


@case("onsite-two-outlook-invites-nov2")
def c12():
    beth = ("Bethany Klassen", "bklassen@interlakedist.example")
    dev = ("Dev Patel", "dpatel@interlakedist.example")
    mc = ("Marie-Claude Gagnon", "mcgagnon@interlakedist.example")
    ty = ("Tyler Hiebert", "thiebert@interlakedist.example")
    s1 = at(WPG, 2026, 10, 28, 10, 55, 0, wd="Wed")
    s2 = at(WPG, 2026, 10, 28, 11, 3, 27)
    s3 = at(WPG, 2026, 10, 28, 11, 5, 49)
    a1 = at(WPG, 2026, 11, 2, 9, 0, wd="Mon")
    a2 = at(WPG, 2026, 11, 2, 10, 0)
    b1 = at(WPG, 2026, 11, 2, 10, 15)
    b2 = at(WPG, 2026, 11, 2, 11, 30)
    assert a1.utcoffset() == timedelta(hours=-6)
    t1 = ("Hi Tanya,\n\nWe're excited to have you in for the final round for the Senior Logistics Coordinator role. "
          "Here's your itinerary for Monday, November 2 at our Winnipeg DC (95 Plymouth St):\n\n"
          "  9:00 - 10:00   Panel interview - Dev Patel (Director, Transportation) and Marie-Claude Gagnon "
          "(Customer Service Lead)\n"
          "  10:00 - 10:15  Break\n"
          "  10:15 - 11:30  Dispatch floor walkthrough + TMS exercise - Tyler Hiebert (Senior Dispatcher)\n\n"
          "You'll get two calendar invites from me. Please check in at reception by 8:50. Reminder the clocks "
          "fall back Sunday night, so don't show up an hour early!\n\n"
          "Bethany Klassen\nTalent Coordinator | Interlake Distribution Services\n204-555-0137")
    m1 = outlook_mail(seed="c12a", frm=f"{beth[0]} <{beth[1]}>", to=f"Tanya Kowalchuk <{OWNER}>",
                      subject="Final round itinerary - Mon Nov 2", date=s1, text=t1)
    loc = "Interlake Distribution - 95 Plymouth St, Winnipeg - Boardroom B"
    inv1, _ = outlook_invite_mail(seed="c12b", organizer=beth, to_list=[(OWNER_NAME, OWNER), dev, mc],
                                  attendees=[(OWNER_NAME, OWNER), dev, mc],
                                  subject="Final Interview (1 of 2): Panel - Tanya Kowalchuk - Sr Logistics Coordinator",
                                  start=a1, end=a2, tzid="Central Standard Time",
                                  body="Panel interview with Dev Patel and Marie-Claude Gagnon.\n\nBethany",
                                  location=loc, sent=s2, teams=False)
    inv2, _ = outlook_invite_mail(seed="c12c", organizer=beth, to_list=[(OWNER_NAME, OWNER), ty],
                                  attendees=[(OWNER_NAME, OWNER), ty],
                                  subject="Final Interview (2 of 2): Dispatch floor + TMS exercise - Tanya Kowalchuk",
                                  start=b1, end=b2, tzid="Central Standard Time",
                                  body="Dispatch floor walkthrough and TMS exercise with Tyler Hiebert.\n\nBethany",
                                  location="Interlake Distribution - 95 Plymouth St - Dispatch office", sent=s3,
                                  teams=False)
    files = [("01-final-round-itinerary.eml", m1), ("02-invite-panel.eml", inv1), ("03-invite-dispatch-floor.eml", inv2)]
    ivs = [dev[1], mc[1], ty[1]]
    lab = label([iv("Interlake Distribution Services", "Senior Logistics Coordinator", a1, b2, "scheduled",
                    ivs, ivs, "onsite")],
                "hard", "positive/onsite-loop-multiple-invites",
                "Same-day final round sent as an itinerary + two Exchange invites -> ONE onsite 9:00-11:30 on Mon "
                "Nov 2, the day after Winnipeg falls back (-06:00). All three interviewers; Bethany coordinates.")
    return files, lab


@case("agency-forward-11-cst")
def c13():
    ravi = ("Ravi Sharma", "ravi.sharma@transtalent.example")
    jo = ("Joanne Lavallee", "jlavallee@selkirkheavyhaul.example")
    fwd_sent = at(WPG, 2026, 10, 9, 16, 41, wd="Fri")
    sent = at(WPG, 2026, 10, 13, 9, 55, 18, wd="Tue")
    start = at(WPG, 2026, 10, 16, 11, 0, wd="Fri")
    assert start.utcoffset() == timedelta(hours=-5)
    fwd = ("Hi Ravi,\n\nThanks for sending Tanya's resume over, she looks like a good fit for our dispatcher "
           "opening. I can meet with her next Friday Oct 16 @ 11:00 CST at our yard office in Selkirk (3100 "
           "Sophia Rd - the blue building, not the shop). Plan for about an hour, I'll have our lead dispatcher "
           "show her the board after if there's time.\n\nPlease confirm with her and let me know.\n\nThanks,\n"
           "Joanne Lavallee\nOperations Manager\nSelkirk Heavy Haul Ltd.\n204-555-0182")
    t = ("Hi Tanya,\n\nGreat news - Selkirk Heavy Haul wants to meet you! See below from Joanne. It's in person at "
         "their yard office in Selkirk this Fri at 11am. Business casual is fine, bring copies of your TDG and "
         "WHMIS certs.\n\nGive me a call after and let me know how it went!\n\nRavi\n\nRavi Sharma\nSenior Recruiter "
         "- Transportation & Logistics\nTransTalent Staffing | Winnipeg\n204-555-0125\n\n"
         "________________________________\n"
         f"From: {jo[0]} <{jo[1]}>\nSent: {longdate(fwd_sent)} {t12(fwd_sent)}\n"
         f"To: {ravi[0]} <{ravi[1]}>\nSubject: Interview - Tanya K. / Dispatcher\n\n" + fwd)
    m1 = outlook_mail(seed="c13a", frm=f"{ravi[0]} <{ravi[1]}>", to=f"Tanya Kowalchuk <{OWNER}>",
                      subject="FW: Interview - Tanya K. / Dispatcher", date=sent, text=t)
    files = [("01-ravi-fw-interview-selkirk.eml", m1)]
    lab = label([iv("Selkirk Heavy Haul", "Dispatcher", start, start + timedelta(hours=1), "scheduled",
                    [jo[1]], [jo[1]], "hiring_manager")],
                "hard", "positive/agency-forward-sloppy-tz",
                "Staffing-agency forward of the client's e-mail. 'Fri Oct 16 @ 11:00 CST' is the usual Canadian "
                "habit of calling Central time 'CST' year-round; the interview is in person in Selkirk, MB on "
                "Oct 16 (CDT in force) -> 11:00 -05:00. Joanne conducts it, so she is the follow-up recipient "
                "(not the agency recruiter).")
    return files, lab


# ============================================================================= NEGATIVE CASES
BRIAN = ("Brian Hnatiuk", "brian@birchwoodtransport.example")   # owner's current employer (Birchwood Transport)


@case("mto-cvor-dot-audit-dispatch-interview")
def c14():
    lor = ("Lorraine Tessier", "lorraine.tessier@mto-carriersafety.example")
    s1 = at(WPG, 2026, 10, 14, 9, 2, 40, wd="Wed")
    s2 = at(WPG, 2026, 10, 14, 9, 30, 11)
    start = at(WPG, 2026, 10, 21, 13, 0, wd="Wed")
    end = start + timedelta(hours=2)
    body = ("Hello,\n\nThis confirms the on-site portion of the CVOR facility audit for Birchwood Transport Ltd. "
            "(CVOR # 123-456-789). During the visit I will interview the dispatch supervisor about hours-of-service "
            "monitoring, how loads are assigned to drivers, trip inspection reports and how defects are tracked. "
            "Items for your US DOT (FMCSA) compliance review on the cross-border units will be covered at the same "
            "time.\n\nPlease have ready: 6 months of ELD records for all drivers, driver qualification files, "
            "annual inspection reports and your fuel/toll receipts for October.\n\nRegards,\nLorraine Tessier\n"
            "Carrier Safety Auditor")
    inv, _ = outlook_invite_mail(seed="c14a", organizer=lor, to_list=[BRIAN, (OWNER_NAME, OWNER)],
                                 attendees=[BRIAN, (OWNER_NAME, OWNER)],
                                 subject="CVOR Facility Audit - Birchwood Transport - dispatch supervisor interview",
                                 start=start, end=end, tzid="Central Standard Time", body=body,
                                 location="Birchwood Transport Ltd., 88 Plessis Rd, Winnipeg MB", sent=s1, teams=False)
    t2 = ("Tanya - see the audit invite from MTO. They want to interview dispatch so I need you in the boardroom "
          "Wed the 21st at 1. Can you pull the ELD exports for everybody Monday? Dont want a repeat of last "
          "year.\n\nBrian\n\nSent from my iPhone")
    m2 = iphone_mail(seed="c14b", frm=f"{BRIAN[0]} <{BRIAN[1]}>", to=f"Tanya Kowalchuk <{OWNER}>",
                     subject="audit next wed", date=s2, text=t2)
    files = [("01-invite-cvor-facility-audit.eml", inv), ("02-brian-audit-next-wed.eml", m2)]
    lab = label([], "medium", "negative/safety-audit-interview",
                "MTO CVOR / US DOT facility audit at the owner's current employer; the auditor 'interviews the "
                "dispatch supervisor'. Exchange invite with 'interview' in the subject, but not a job interview.")
    return files, lab


@case("wcb-return-to-work-meeting")
def c15():
    karen = ("Karen Olynyk", "kolynyk@wcb-mb.example")
    sent = at(WPG, 2026, 10, 15, 14, 20, 5, wd="Thu")
    start = at(WPG, 2026, 10, 22, 10, 0, wd="Thu")
    end = start + timedelta(hours=1)
    desc = ("Return to Work planning meeting - Claim 2026-418832 (T. Kowalchuk)\n\nAttendees: Tanya Kowalchuk "
            "(worker), Brian Hnatiuk (employer), Karen Olynyk (WCB case manager).\n\nI will interview the worker and "
            "the employer about suitable modified duties and a graduated return to full hours.")
    ics = outlook_ics(seed="c15ics", method="REQUEST", organizer=karen,
                      attendees=[(OWNER_NAME, OWNER), BRIAN],
                      subject="WCB Return to Work meeting - Claim 2026-418832",
                      start=start, end=end, tzid="Central Standard Time", description=desc,
                      location="Birchwood Transport Ltd., 88 Plessis Rd - Boardroom", dtstamp=sent, teams=False,
                      prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    t = ("Hi Tanya,\n\nFurther to our call, I've booked the return to work planning meeting for Thursday "
         "October 22 at 10:00 a.m. at Birchwood Transport, with you and Brian Hnatiuk. A calendar invitation is "
         "attached.\n\nAt the meeting I'll interview both you and your employer about suitable modified duties - "
         "your physio report recommends seated dispatch work only, no yard shunting or lifting over 10 kg for now - "
         "and we'll put a graduated return to full hours in writing.\n\nPlease bring your most recent physio "
         "progress report. If you need to reschedule call me at 204-555-0199.\n\nKaren Olynyk\nCase Manager, "
         "Compensation Services\nWCB Manitoba\n\nCONFIDENTIALITY NOTICE: This message contains claim information "
         "protected under The Workers Compensation Act.")
    m1 = outlook_mail(seed="c15a", frm=f"{karen[0]} <{karen[1]}>", to=f"Tanya Kowalchuk <{OWNER}>",
                      subject="Claim 2026-418832 - Return to Work planning meeting", date=sent, text=t,
                      attach=[part('text/calendar; charset="utf-8"; method=REQUEST; name="RTW meeting.ics"', ics,
                                   "base64", extra=['Content-Disposition: attachment; filename="RTW meeting.ics"'])])
    files = [("01-wcb-rtw-meeting.eml", m1), ("02-rtw-meeting.ics", ics)]
    lab = label([], "medium", "negative/wcb-return-to-work",
                "WCB case manager books a return-to-work meeting and will 'interview the worker and the employer'. "
                "Calendar invite + .ics, but not a hiring process.")
    return files, lab


@case("class1-road-test-booking")
def c16():
    sent1 = at(WPG, 2026, 10, 16, 12, 44, 30, wd="Fri")
    sent2 = at(WPG, 2026, 10, 28, 17, 5, 12, wd="Wed")
    start = at(WPG, 2026, 10, 30, 8, 15, wd="Fri")
    end = start + timedelta(minutes=90)
    uid = f"RT-{HX('c16', 10)}@drivertesting-mb.example"
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Driver Testing Booking//EN", "METHOD:PUBLISH",
                "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zulu(sent1)}", f"DTSTART:{zulu(start)}",
                f"DTEND:{zulu(end)}", "SUMMARY:Class 1 road test (incl. air brake & pre-trip)",
                "LOCATION:Gateway Road testing site\\, 1284 Gateway Rd\\, Winnipeg MB",
                "DESCRIPTION:Arrive 15 minutes early with your licence and a Class 1 vehicle in safe working "
                "order. Booking ref 7Q4-28815.", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    t1 = ("Appointment confirmed\n\nName: TANYA KOWALCHUK\nBooking reference: 7Q4-28815\nService: Class 1 road test "
          "(includes air brake and pre-trip inspection)\nDate: Friday, October 30, 2026\nTime: 8:15 AM\nLocation: "
          "Gateway Road testing site, 1284 Gateway Rd, Winnipeg MB\n\nWhat to bring:\n- Your driver's licence\n"
          "- A Class 1 vehicle (tractor-trailer) that is safe, registered and insured\n- Your MELT completion "
          "certificate\n\nThe examiner will ask you questions during the pre-trip inspection. Cancellations less "
          "than 48 hours before the appointment forfeit the fee.\n\nAdd this appointment to your calendar with the "
          "attached file.\n\nThis mailbox is not monitored.")
    hd = headers(frm="Driver Testing Booking <noreply@drivertesting-mb.example>", to=OWNER,
                 subject="Road test appointment confirmed - Class 1 - Fri Oct 30", date=sent1,
                 mid=f"<{hx('c16a', 20)}@booking.drivertesting-mb.example>",
                 return_path="noreply@drivertesting-mb.example")
    alt = multi("alternative", "=_" + hx("c16alt", 24), [part("text/plain; charset=utf-8", t1, "quoted-printable"),
                                                          part("text/html; charset=utf-8", html_of(t1), "quoted-printable")])
    mp = multi("mixed", "=_" + hx("c16mix", 24), [as_part(alt), part('text/calendar; charset=utf-8; name="roadtest.ics"', ics,
                                                                     "base64", extra=['Content-Disposition: attachment; filename="roadtest.ics"'])])
    m1 = mail(hd, mp[0], mp[1])
    t2 = ("Hey Tanya\n\nJust confirming for Fri - truck 12 (the Volvo with the 53' dry van) will be fueled and "
          "ready at our yard at 7am so you can do a warm up lap before your road test at 8:15. Dont forget your "
          "MELT cert. You'll be fine, just talk through the pre-trip like we practiced.\n\nDarcy\nRed River Driver "
          "Training\n204-555-0171")
    m2 = gmail_mail(seed="c16b", frm="Darcy Fontaine <darcy@redriverdrivertraining.example>", to=OWNER,
                    subject="Fri road test - truck 12", date=sent2, text=t2)
    files = [("01-road-test-confirmed.eml", m1), ("02-darcy-truck-for-road-test.eml", m2)]
    lab = label([], "easy", "negative/licence-road-test",
                "Class 1 road test booking with .ics and an instructor's note; the examiner 'asks questions' but it "
                "is a licensing test, not a job interview.")
    return files, lab


@case("customer-load-planning-carrier-review")
def c17():
    cur = ("Curtis Yaremko", "cyaremko@harvesttablefoods.example")
    jan = ("Janelle Roy", "jroy@harvesttablefoods.example")
    sent = at(WPG, 2026, 10, 8, 16, 12, 9, wd="Thu")
    start = at(WPG, 2026, 10, 15, 13, 0, wd="Thu")
    body = ("Hi Tanya, Brian,\n\nBooking our Q4 load planning call. Agenda:\n1. Harvest volumes Nov-Dec - we're "
            "forecasting 14-16 loads/week Winnipeg -> Saskatoon/Edmonton\n2. Reefer availability for the "
            "Christmas push\n3. Carrier review - we're interviewing our core carriers ahead of the 2027 dedicated "
            "fleet RFP, so Janelle will have questions on on-time %, claims and capacity\n\nPlease bring your "
            "truck count for December.\n\nThanks,\nCurtis Yaremko\nLogistics Manager | Harvest Table Foods")
    inv, _ = outlook_invite_mail(seed="c17a", organizer=cur, to_list=[(OWNER_NAME, OWNER), BRIAN, jan],
                                 attendees=[(OWNER_NAME, OWNER), BRIAN, jan],
                                 subject="Q4 load planning + carrier review - Birchwood Transport",
                                 start=start, end=start + timedelta(hours=1), tzid="Central Standard Time",
                                 body=body, location="Microsoft Teams Meeting", sent=sent)
    files = [("01-invite-q4-load-planning.eml", inv)]
    lab = label([], "medium", "negative/customer-call-carrier-review",
                "Customer's Teams invite to the owner's current carrier: load planning and a 'carrier interview' "
                "for an RFP. Business meeting where the carrier is the vendor, not a job interview.")
    return files, lab


@case("owner-interviews-driver-applicant")
def c18():
    gur = ("Gurpreet Sidhu", "gsidhu.trucking@mailbox.example")
    sent = at(UTC, 2026, 10, 19, 18, 33, 50, wd="Mon")
    start = at(WPG, 2026, 10, 21, 15, 0, wd="Wed")
    end = start + timedelta(minutes=30)
    t = ("Interview confirmed\n\nGurpreet Sidhu accepted your interview invitation.\n\n"
         f"Wed, Oct 21, 2026 \u00b7 3:00 PM \u2013 3:30 PM CDT\nVideo interview on Indeed\n"
         "Job: Class 1 Highway Driver - Birchwood Transport Ltd. - Winnipeg, MB\n\n"
         "You're hosting this interview. Join from your employer dashboard a few minutes early:\n"
         f"https://employers.indeed.com/interviews/{hx('c18iv', 24)}\n\n"
         "Interviewing tips\n- Review the candidate's resume and screener answers (Class 1 licence: Yes; years "
         "of highway experience: 4; US-eligible: Yes)\n- Ask about their driver's abstract and CVOR/PSP history\n"
         "- Let the candidate know the next steps before you hang up\n\n"
         "Manage interviews: https://employers.indeed.com/interviews\n\n(c) 2026 Indeed\n"
         "You're receiving this email because you posted a job on Indeed.")
    hd = headers(frm="Indeed <no-reply@indeed.com>", to=OWNER,
                 subject="Interview confirmed: Gurpreet Sidhu for Class 1 Highway Driver", date=sent,
                 mid=f"<{hx('c18a', 24)}.{hx('c18b', 8)}@indeed.com>", return_path=f"bounce-{hx('c18c', 12)}@indeed.com")
    mp = multi("alternative", "----=_Part_" + str(int(hx("c18p", 8), 16)) + "_" + str(int(hx("c18q", 6), 16)) + ".1",
               [part("text/plain; charset=UTF-8", t, "quoted-printable"),
                part("text/html; charset=UTF-8", html_of(t, "font-family:Noto Sans,Helvetica,Arial,sans-serif"), "quoted-printable")])
    m1 = mail(hd, mp[0], mp[1])
    eid = hx("c18event", 26)
    created = sent - timedelta(minutes=2)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx('c18etag', 13), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=2, seconds=7)).strftime("%Y-%m-%dT%H:%M:%S.220Z"),
        "summary": "Interview w/ Gurpreet Sidhu - Class 1 driver (Indeed)",
        "description": "Driver applicant interview. I'm hosting on Indeed video. Ask about abstract, border "
                       "crossings, reefer experience. Brian wants a yes/no by Friday.",
        "location": "Indeed video interview",
        "creator": {"email": OWNER, "self": True},
        "organizer": {"email": OWNER, "self": True},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/Winnipeg"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/Winnipeg"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": OWNER, "organizer": True, "self": True, "responseStatus": "accepted"},
            {"email": gur[1], "displayName": gur[0], "responseStatus": "accepted"},
        ],
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    files = [("01-indeed-interview-confirmed-employer.eml", m1),
             ("02-interview-gurpreet-driver.gcal.json", json.dumps(ev, indent=2) + "\n")]
    lab = label([], "hard", "negative/user-is-interviewer",
                "The owner (dispatcher at her current carrier) hosts an Indeed interview with a driver applicant; "
                "employer-side Indeed notice + her own Calendar API event. She is the interviewer, not the candidate.")
    return files, lab


@case("indeed-pick-a-time-unbooked")
def c19():
    sent = at(UTC, 2026, 10, 15, 14, 9, 27, wd="Thu")
    slots = [at(WPG, 2026, 10, 19, 10, 0, wd="Mon"), at(WPG, 2026, 10, 19, 13, 30, wd="Mon"),
             at(WPG, 2026, 10, 20, 9, 0, wd="Tue")]
    slot_txt = "\n".join(f"- {s:%a}, {s:%b} {s.day} at {t12(s)} CDT" for s in slots)
    t = ("Tundra Freight Systems wants to schedule an interview with you\n\nDispatcher - Winnipeg, MB\n\n"
         "Darlene from Tundra Freight Systems wrote:\n\"Hi Tanya, we liked your application and would like to "
         "set up a 30 min phone interview. Please pick one of the times below that works for you.\"\n\n"
         f"Available times:\n{slot_txt}\n\nChoose a time: https://ca.indeed.com/interview/select/{hx('c19sel', 24)}\n\n"
         "None of these work? Suggest a new time or message the employer on Indeed.\n\n"
         "This invitation expires in 5 days.\n\n(c) 2026 Indeed\nYou received this email because you applied to a "
         "job on Indeed.")
    hd = headers(frm="Indeed <no-reply@indeed.com>", to=OWNER,
                 subject="Action needed: Tundra Freight Systems wants to schedule an interview", date=sent,
                 mid=f"<{hx('c19a', 24)}.{hx('c19b', 8)}@indeed.com>", return_path=f"bounce-{hx('c19c', 12)}@indeed.com")
    mp = multi("alternative", "----=_Part_" + str(int(hx("c19p", 8), 16)) + "_" + str(int(hx("c19q", 6), 16)) + ".1",
               [part("text/plain; charset=UTF-8", t, "quoted-printable"),
                part("text/html; charset=UTF-8", html_of(t, "font-family:Noto Sans,Helvetica,Arial,sans-serif"), "quoted-printable")])
    files = [("01-indeed-pick-a-time.eml", mail(hd, mp[0], mp[1]))]
    lab = label([], "hard", "negative/availability-request-unbooked",
                "Indeed 'pick a time' request with three candidate slots and no confirmation anywhere in the case: "
                "an availability request, not a booked interview.")
    return files, lab


@case("rejection-after-interview")
def c20():
    nad = ("Nadia Rempel", "nrempel@borealislogistics.example")
    sent = at(WPG, 2026, 10, 23, 15, 10, 44, wd="Fri")
    assert at(WPG, 2026, 10, 20, 10, 30, wd="Tue")
    t = ("Hi Tanya,\n\nThank you for taking the time to interview with Kyle and me on Tuesday at 10:30 for the "
         "Dispatch Supervisor position. We enjoyed hearing about how you rebuilt the night board at your current "
         "carrier.\n\nAfter a lot of discussion we've decided to move forward with another candidate whose "
         "background is closer to our LTL cross-dock operation. This was a tough decision.\n\nWe'd like to keep your "
         "resume on file for future openings, and if a Dispatcher role opens in our Brandon terminal I'll reach out "
         "directly.\n\nAll the best,\nNadia Rempel\nPeople & Culture | Borealis Logistics\n204-555-0144")
    m = gmail_mail(seed="c20a", frm=f"{nad[0]} <{nad[1]}>", to=OWNER,
                   subject="Borealis Logistics - Dispatch Supervisor", date=sent, text=t)
    files = [("01-borealis-update.eml", m)]
    lab = label([], "easy", "negative/rejection-after-interview",
                "Rejection that mentions the past interview ('Tuesday at 10:30'); no interview is booked in the case.")
    return files, lab


@case("dayforce-one-way-video-interview")
def c21():
    sent = at(WPG, 2026, 10, 20, 10, 1, 2, wd="Tue")
    due = at(WPG, 2026, 10, 25, 23, 59, wd="Sun")
    t = ("Hello Tanya,\n\nThank you for applying for the Dispatcher position with Portage Fuel & Freight.\n\n"
         "As the next step we invite you to complete an on-demand video interview. You will be shown 5 questions "
         "and have up to 2 minutes to record each answer. There is no live interviewer - our hiring team will "
         "review your recordings.\n\n"
         f"Please complete your video interview by {due:%A}, {due:%B} {due.day}, {due.year} at 11:59 PM CDT.\n\n"
         f"Start your video interview: https://jobs.dayforcehcm.com/en-US/portagefuel/video/{hx('c21v', 20)}\n\n"
         "Tips: use a quiet, well-lit space and test your camera first.\n\nPortage Fuel & Freight Talent "
         "Acquisition\n\nPowered by Dayforce")
    hd = headers(frm="Portage Fuel & Freight Careers <no-reply@dayforcehcm.com>", to=OWNER,
                 subject="Action required: complete your video interview - Dispatcher", date=sent,
                 mid=f"<{hx('c21a', 8)}-{hx('c21b', 4)}-{hx('c21c', 4)}-{hx('c21d', 4)}-{hx('c21e', 12)}@dayforcehcm.com>",
                 return_path="no-reply@dayforcehcm.com")
    mp = multi("alternative", f"--boundary_{int(hx('c21m', 6), 16)}_{hx('c21k', 8)}-{hx('c21l', 4)}",
               [part("text/plain; charset=utf-8", t, "quoted-printable"),
                part("text/html; charset=utf-8", html_of(t, "font-family:Segoe UI,Arial,sans-serif"), "base64")])
    files = [("01-dayforce-video-interview.eml", mail(hd, mp[0], mp[1]))]
    lab = label([], "medium", "negative/one-way-video-assessment",
                "Dayforce on-demand (one-way) video interview with a deadline; no live conversation.")
    return files, lab


@case("offer-orientation-drug-test")
def c22():
    col = ("Colleen Dyck", "cdyck@eastmanfreight.example")
    s1 = at(WPG, 2026, 11, 4, 15, 30, 0, wd="Wed")
    s2 = at(WPG, 2026, 11, 4, 15, 42, 18)
    test = at(WPG, 2026, 11, 12, 9, 20, wd="Thu")
    ori = at(WPG, 2026, 11, 16, 7, 0, wd="Mon")
    ori_end = at(WPG, 2026, 11, 16, 15, 30)
    t1 = ("Hi Tanya,\n\nThank you for interviewing with us last week - we're very pleased to offer you the position "
          "of Dispatcher at Eastman Freightlines, starting Monday, November 16, 2026. Your offer letter is in the "
          "portal for e-signature.\n\nThis offer is conditional on a pre-employment drug and alcohol test. I've "
          f"booked it for {test:%A}, {test:%B} {test.day} at {t12(test)} at DriverCheck, 1020 Notre Dame Ave. Bring "
          "photo ID.\n\nYour first day is New Hire Orientation, 7:00 am to 3:30 pm at our Steinbach terminal - I'll "
          "send a calendar invite. Wear steel toes.\n\nWelcome aboard!\n\nColleen Dyck\nHR Manager | Eastman "
          "Freightlines\n204-555-0159")
    m1 = outlook_mail(seed="c22a", frm=f"{col[0]} <{col[1]}>", to=f"Tanya Kowalchuk <{OWNER}>",
                      subject="Offer of Employment - Dispatcher", date=s1, text=t1)
    inv, _ = outlook_invite_mail(seed="c22b", organizer=col, to_list=[(OWNER_NAME, OWNER)],
                                 attendees=[(OWNER_NAME, OWNER)],
                                 subject="New Hire Orientation - Tanya Kowalchuk (Dispatcher)",
                                 start=ori, end=ori_end, tzid="Central Standard Time",
                                 body="Orientation day: safety, payroll/benefits sign-up, TMW training, meet the "
                                      "dispatch team.\n\nColleen",
                                 location="Eastman Freightlines - 400 Loewen Blvd, Steinbach MB", sent=s2, teams=False)
    files = [("01-offer-of-employment.eml", m1), ("02-invite-new-hire-orientation.eml", inv)]
    lab = label([], "medium", "negative/offer-orientation",
                "Offer after an interview ('thank you for interviewing with us last week') with a drug-test booking "
                "and a New Hire Orientation invite; nothing here is an interview.")
    return files, lab


# ============================================================================= main
HEADER = ("# Labels for blind238 (Winnipeg dispatcher / logistics coordinator; written blind).\n"
          "# Generated by make_cases.py - do not edit by hand. Schema: /work/shared/eval/README.md\n")


def main():
    for name in sorted(os.listdir(HERE)):
        if name.startswith(PREFIX + "-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for i, (slug, fn) in enumerate(CASES, 1):
        cid = f"{PREFIX}-{i:02d}-{slug}"
        files, lab = fn()
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        names = [n for n, _ in files]
        assert names == sorted(names) and len(set(names)) == len(names), cid
        for n, content in files:
            with open(os.path.join(d, n), "w", encoding="utf-8", newline="") as f:
                f.write(content)
        labels[cid] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="") as f:
        f.write(HEADER)
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    pos = sum(1 for l in labels.values() if l["interview"])
    ivs = [x for l in labels.values() for x in l["interviews"]]
    print(f"{len(labels)} cases ({pos} positive, {len(labels) - pos} negative); {len(ivs)} interviews "
          f"({sum(x['status'] == 'scheduled' for x in ivs)} scheduled, {sum(x['status'] == 'cancelled' for x in ivs)} cancelled)")


if __name__ == "__main__":
    main()
