#!/usr/bin/env python3
"""Generate the blind292 evaluation set (Las Vegas hospitality / casino operations management).

Deletes and rewrites every b292-* case folder, labels.yaml and README.md next to this script.
Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run.
"""
import base64
import hashlib
import html
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
SEED = "blind292|vegas-hospitality|darnell"
OWNER = "darnell.price@example.com"
OWNER_NAME = "Darnell Price"
LA = ZoneInfo("America/Los_Angeles")
PHX = ZoneInfo("America/Phoenix")
DEN = ZoneInfo("America/Denver")
CHI = ZoneInfo("America/Chicago")
UTC = timezone.utc


# ----------------------------------------------------------------------------- checks
def _dst_checks():
    """2026 DST facts the set relies on."""
    lon = ZoneInfo("Europe/London")
    assert datetime(2026, 3, 8).strftime("%a") == "Sun"
    assert datetime(2026, 11, 1).strftime("%a") == "Sun"
    assert datetime(2026, 3, 29).strftime("%a") == "Sun"
    assert datetime(2026, 10, 25).strftime("%a") == "Sun"
    assert datetime(2026, 3, 8, 1, 30, tzinfo=LA).utcoffset() == timedelta(hours=-8)
    assert datetime(2026, 3, 8, 3, 30, tzinfo=LA).utcoffset() == timedelta(hours=-7)
    assert datetime(2026, 10, 31, 12, 0, tzinfo=LA).utcoffset() == timedelta(hours=-7)
    assert datetime(2026, 11, 1, 0, 30, tzinfo=LA).utcoffset() == timedelta(hours=-7)
    assert datetime(2026, 11, 1, 3, 0, tzinfo=LA).utcoffset() == timedelta(hours=-8)
    assert datetime(2026, 10, 24, 12, 0, tzinfo=lon).utcoffset() == timedelta(hours=1)
    assert datetime(2026, 10, 25, 12, 0, tzinfo=lon).utcoffset() == timedelta(hours=0)
    for m in (1, 3, 6, 10, 11, 12):
        assert datetime(2026, m, 15, 12, tzinfo=PHX).utcoffset() == timedelta(hours=-7)
    # Phoenix = Las Vegas clock in October, one hour ahead after Nov 1
    assert datetime(2026, 10, 20, 14, tzinfo=PHX) == datetime(2026, 10, 20, 14, tzinfo=LA)
    assert datetime(2026, 11, 4, 10, tzinfo=PHX) == datetime(2026, 11, 4, 9, tzinfo=LA)
    assert datetime(2026, 11, 12, 9, tzinfo=CHI).utcoffset() == timedelta(hours=-6)
    assert datetime(2026, 10, 14, 9, tzinfo=DEN).utcoffset() == timedelta(hours=-6)


def T(y, mo, d, hh, mi, tz, wd, off, ss=0):
    """Aware datetime with asserted weekday and UTC offset (e.g. off='-0700')."""
    dt = datetime(y, mo, d, hh, mi, ss, tzinfo=tz)
    assert dt.strftime("%a") == wd, (dt, dt.strftime("%a"), wd)
    assert dt.strftime("%z") == off, (dt, dt.strftime("%z"), off)
    return dt


def same_instant(a, b):
    assert a == b, (a, b)


# ----------------------------------------------------------------------------- ids
def h(*parts):
    return hashlib.sha256((SEED + "|" + "|".join(str(p) for p in parts)).encode()).hexdigest()


def uuidish(tag):
    x = h("uuid", tag)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def b32ish(tag, n=26):
    alphabet = "abcdefghijklmnopqrstuv0123456789"
    x = int(h("b32", tag), 16)
    out = ""
    for _ in range(n):
        out += alphabet[x % 32]
        x //= 32
    return out


def bnd(tag, style="google"):
    x = h("boundary", tag)
    if style == "google":
        return "0000000000" + x[:18]
    if style == "outlook":
        return "_000_" + x[:8].upper() + "namprd" + x[8:10] + "prodoutlook_"
    return "----=_Part_" + str(int(x[:8], 16)) + "_" + str(int(x[8:16], 16)) + "." + str(1700000000000 + int(x[16:22], 16))


def mid(tag, style, domain=None):
    x = h("mid", tag)
    if style == "gcal":
        return f"<calendar-{uuidish(tag)}@google.com>"
    if style == "gmail":
        raw = base64.b64encode(bytes.fromhex(x[:48])).decode().replace("/", "_").replace("+", "-")
        return f"<CA+{raw}@mail.gmail.com>"
    if style == "outlook":
        return f"<SJ0PR11MB{int(x[:4], 16) % 9000 + 1000}{x[4:24].upper()}@SJ0PR11MB{int(x[24:28], 16) % 9000 + 1000}.namprd11.prod.outlook.com>"
    if style == "iphone":
        return f"<{x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}-{x[16:20].upper()}-{x[20:32].upper()}@{domain}>"
    return f"<{x[:16]}.{x[16:28]}@{domain}>"


# ----------------------------------------------------------------------------- MIME
def fa(name, email):
    if not name:
        return email
    if any(ord(c) > 127 for c in name):
        return f"{Header(name, 'utf-8').encode()} <{email}>"
    if any(c in name for c in ',.&()@:;"|'):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def subj(s):
    if any(ord(c) > 127 for c in s):
        return Header(s, "utf-8", header_name="Subject").encode()
    return s


def enc(text, cte):
    data = text.encode("utf-8")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    return text


def part(ctype, body, cte=None, disp=None, extra=()):
    hdrs = [("Content-Type", ctype)]
    if cte:
        hdrs.append(("Content-Transfer-Encoding", cte))
    if disp:
        hdrs.append(("Content-Disposition", disp))
    hdrs.extend(extra)
    if not body.endswith("\n"):
        body += "\n"
    return (hdrs, body)


def tpart(text, sub="plain", cte="quoted-printable", params=""):
    return part(f'text/{sub}; charset="UTF-8"{params}', enc(text, cte), cte)


def render(hdrs, body):
    return "".join(f"{k}: {v}\n" for k, v in hdrs) + "\n" + body


def mpart(sub, parts, tag, style="google"):
    b = bnd(tag, style)
    body = "".join(f"--{b}\n{render(hh, bb)}\n" for hh, bb in parts) + f"--{b}--\n"
    return ([("Content-Type", f'multipart/{sub}; boundary="{b}"')], body)


def ics_part(ics_text, method):
    return part(f'text/calendar; charset="UTF-8"; method={method}', enc(ics_text, "base64"), "base64")


def ics_attach(ics_text, name="invite.ics", ctype="application/ics"):
    return part(f'{ctype}; name="{name}"', enc(ics_text, "base64"), "base64",
                f'attachment; filename="{name}"')


def html_doc(paragraphs, style="font-family:Arial,Helvetica,sans-serif;font-size:14px"):
    out = []
    for p in paragraphs:
        out.append("<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            f"<body><div style=\"{style}\">\n" + "\n".join(out) + "\n</div></body></html>\n")


def paras(text):
    return [p for p in text.strip("\n").split("\n\n")]


def alt_text_html(tag, text, html_cte="quoted-printable", text_cte="quoted-printable", style="google", html_body=None):
    hb = html_body if html_body is not None else html_doc(paras(text))
    return mpart("alternative", [tpart(text, "plain", text_cte), tpart(hb, "html", html_cte)], tag + "/alt", style)


def received(tag, sent, host):
    rt = (sent + timedelta(seconds=3 + int(h("rcv", tag)[:2], 16) % 50)).astimezone(LA)
    ip = f"{['198.51.100', '203.0.113'][int(h('ip', tag)[:2], 16) % 2]}.{int(h('ip', tag)[6:8], 16) % 250 + 2}"
    return (f"from {host} ({host} [{ip}])\n        by mx1.example.com (Postfix) with ESMTPS id "
            f"{h('q', tag)[:11].upper()}\n        for <{OWNER}>; {format_datetime(rt)}")


def message(tag, sent, frm, subject, body, to=None, cc=None, reply_to=None, msgid=None, irt=None,
            refs=None, extra=(), sender=None, host="mail.example.net", return_path=None, top=()):
    hdrs = [("Delivered-To", OWNER), ("Received", received(tag, sent, host))]
    if return_path:
        hdrs.append(("Return-Path", f"<{return_path}>"))
    hdrs.extend(top)
    hdrs.append(("Date", format_datetime(sent)))
    hdrs.append(("From", frm))
    if sender:
        hdrs.append(("Sender", sender))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("To", to or fa(OWNER_NAME, OWNER)))
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Subject", subj(subject)))
    hdrs.append(("Message-ID", msgid))
    if irt:
        hdrs.append(("In-Reply-To", irt))
    if refs:
        hdrs.append(("References", "\n ".join(refs)))
    hdrs.extend(extra)
    hdrs.append(("MIME-Version", "1.0"))
    bh, bb = body
    text = render(hdrs + bh, bb)
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


# ----------------------------------------------------------------------------- iCalendar
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 75:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def ics_join(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def idt(dt, mode):
    if mode == "utc":
        return ":" + dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f";TZID={mode}:" + dt.strftime("%Y%m%dT%H%M%S")


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


VTZ_LA = ["BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "X-LIC-LOCATION:America/Los_Angeles",
          "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
          "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
          "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
          "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
          "END:VTIMEZONE"]
VTZ_PHX = ["BEGIN:VTIMEZONE", "TZID:America/Phoenix", "X-LIC-LOCATION:America/Phoenix",
           "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700", "TZNAME:MST",
           "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]
VTZ_WIN_PST = ["BEGIN:VTIMEZONE", "TZID:Pacific Standard Time",
               "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800",
               "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
               "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700",
               "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]
VTZ = {"America/Los_Angeles": VTZ_LA, "America/Phoenix": VTZ_PHX, "Pacific Standard Time": VTZ_WIN_PST}


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};"
                f"CN={name};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}:mailto:{email}"


def vcal(prodid, method, events, tzids=(), extra=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.extend(extra)
    for t in tzids:
        lines.extend(VTZ[t])
    for ev in events:
        lines.extend(ev)
    lines.append("END:VCALENDAR")
    return ics_join(lines)


def vevent(uid, start, end, summary, mode, organizer=None, attendees=(), description=None, location=None,
           seq=0, status="CONFIRMED", stamp=None, created=None, extra=(), alarm=None):
    ev = ["BEGIN:VEVENT", "DTSTART" + idt(start, mode), "DTEND" + idt(end, mode), f"DTSTAMP:{zstamp(stamp)}"]
    if organizer:
        ev.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    ev.append(f"UID:{uid}")
    ev.extend(attendees)
    if created:
        ev.append(f"CREATED:{zstamp(created)}")
    if description is not None:
        ev.append("DESCRIPTION:" + esc(description))
    ev.append(f"LAST-MODIFIED:{zstamp(stamp)}")
    if location is not None:
        ev.append("LOCATION:" + esc(location))
    ev.append(f"SEQUENCE:{seq}")
    ev.append(f"STATUS:{status}")
    ev.append("SUMMARY:" + esc(summary))
    ev.append("TRANSP:OPAQUE")
    ev.extend(extra)
    if alarm:
        ev.extend(["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", f"TRIGGER:-PT{alarm}M", "END:VALARM"])
    ev.append("END:VEVENT")
    return ev


# ----------------------------------------------------------------------------- Google Calendar invitation
def _gclock(d):
    s = d.strftime("%-I:%M%p").lower()
    return s.replace(":00", "")


GTZ_LABEL = {"America/Los_Angeles": "Pacific Time - Los Angeles", "America/Phoenix": "Mountain Time - Arizona"}


def google_invite(tag, sent, org, guests, summary, start, end, tzid, description, uid, seq=0,
                  location=None, conference=None, kind="Invitation", method="REQUEST", status="CONFIRMED",
                  created=None):
    """org=(name,email); guests=[(name,email,partstat)] including the owner."""
    assert sent.utcoffset() == timedelta(0)
    abbr = start.strftime("%Z")
    when_subj = f"{start:%a %b} {start.day}, {start.year} {_gclock(start)} - {_gclock(end)} ({abbr})"
    when_body = f"{start:%A %b} {start.day}, {start.year} \u22c5 {_gclock(start)} \u2013 {_gclock(end)}"
    subject = f"{kind}: {summary} @ {when_subj} ({OWNER})"
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    lines = [summary, when_body, GTZ_LABEL[tzid], ""]
    if location:
        lines += ["Location", location, ""]
    if conference:
        lines += [conference[0], conference[1], ""]
    lines += ["Organizer", org[0], org[1], "", "Guests"]
    for n, e, _ in guests:
        if e == org[1]:
            lines += [f"{n} - organizer", e]
        elif e == OWNER:
            lines += [e]
        else:
            lines += [n, e]
    lines += [f"View all guest info {view}", "", description, "",
              f"Reply for {OWNER} and view more details {view}", "", "",
              "~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, "
              "be added to the guest list, invite others regardless of their own invitation status, "
              "or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    plain = "\n".join(lines) + "\n"
    hparas = [f"{summary}\n{when_body}\n{GTZ_LABEL[tzid]}"]
    if location:
        hparas.append(f"Location\n{location}")
    if conference:
        hparas.append(f"{conference[0]}\n{conference[1]}")
    hparas.append(f"Organizer\n{org[0]}\n{org[1]}")
    hparas.extend(paras(description))
    hparas.append(f"Reply for {OWNER} and view more details {view}")
    hparas.append("Invitation from Google Calendar: https://calendar.google.com/calendar/")
    htmlb = html_doc(hparas, "font-family:Roboto,Helvetica,Arial,sans-serif")
    atts = [attendee(n, e, p, google=True) for n, e, p in guests]
    extra = []
    if conference:
        extra.append(f"X-GOOGLE-CONFERENCE:{conference[1]}")
    ev = vevent(uid, start, end, summary, tzid, organizer=org, attendees=atts,
                description=description + ("\n\n" + conference[0] + ": " + conference[1] if conference else ""),
                location=location or (conference[1] if conference else ""), seq=seq, status=status,
                stamp=sent, created=created or sent, extra=extra, alarm=30)
    cal = vcal("-//Google Inc//Google Calendar 70.9054//EN", method, [ev], [tzid])
    alt = mpart("alternative", [tpart(plain, "plain", "base64", "; format=flowed; delsp=yes"),
                                tpart(htmlb, "html", "quoted-printable"),
                                ics_part(cal, method)], tag + "/alt")
    body = mpart("mixed", [alt, ics_attach(cal, "invite.ics")], tag + "/mixed")
    bounce = f"{b32ish(tag + 'rp', 22)}@calendar-server.bounces.google.com"
    return message(tag, sent, fa(org[0], org[1]), subject, body, to=OWNER, reply_to=fa(org[0], org[1]),
                   msgid=mid(tag, "gcal"), sender="Google Calendar <calendar-notification@google.com>",
                   host="mail-sor-f69.google.com", return_path=bounce), cal


# ----------------------------------------------------------------------------- Outlook / Exchange invitation
def exchange_uid(tag):
    return "040000008200E00074C5B7101A82E00800000000" + h("exuid", tag)[:40].upper()


def outlook_invite(tag, sent, org, required, subject, start, end, location, note, uid, seq=0,
                   optional=(), teams=True, created=None, method="REQUEST", status="CONFIRMED",
                   cc_header=None):
    """Exchange meeting request. Windows TZID, X-MICROSOFT-CDO-*, '(UTC-08:00)' label as Outlook prints it."""
    t12 = lambda d: d.strftime("%-I:%M %p")
    when = (f"When: {start:%A, %B} {start.day}, {start.year} {t12(start)}-{t12(end)}. "
            f"(UTC-08:00) Pacific Time (US & Canada)")
    where = f"Where: {location}"
    conf_id = h("teams", tag)
    teams_text = ""
    if teams:
        mid_ = f"{int(conf_id[:6], 16) % 900 + 100} {int(conf_id[6:12], 16) % 900 + 100} {int(conf_id[12:18], 16) % 900 + 100} {int(conf_id[18:22], 16) % 900 + 100}"
        link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{base64.b64encode(bytes.fromhex(conf_id[:36])).decode().rstrip('=').replace('/', '').replace('+', '')}%40thread.v2/0"
        teams_text = ("\n" + "_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                      f"Click here to join the meeting<{link}>\nMeeting ID: {mid_}\nPasscode: {b32ish(tag + 'pc', 6)}\n"
                      "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
                      "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n" + "_" * 80 + "\n")
    plain = f"{when}\n{where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{note}\n{teams_text}"
    hb = html_doc([f"{when}\n{where}", "*~*~*~*~*~*~*~*~*~*"] + paras(note) + ([teams_text.strip()] if teams else []),
                  "font-family:Aptos,Calibri,sans-serif;font-size:11pt")
    atts = [f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}" for n, e in required]
    atts += [f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}" for n, e in optional]
    extra = ["CLASS:PUBLIC", "PRIORITY:5",
             f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(h('appt', tag)[:7], 16)}",
             "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
             "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
             "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
             f"X-MICROSOFT-LOCATIONS:[{{\"DisplayName\":\"{location}\"\\,\"LocationAnnotation\":\"\"\\,"
             f"\"LocationSource\":0\\,\"Unresolved\":false\\,\"LocationUri\":\"\"}}]"]
    if teams:
        extra.append("X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                     + conf_id[:24] + "%40thread.v2/0")
    ev = vevent(uid, start, end, subject, "Pacific Standard Time", organizer=org, attendees=atts,
                description=plain, location=location, seq=seq, status=status, stamp=sent,
                created=created or sent, extra=extra, alarm=15)
    ev[ev.index("SUMMARY:" + esc(subject))] = "SUMMARY;LANGUAGE=en-US:" + esc(subject)
    cal = vcal("Microsoft Exchange Server 2010", method, [ev], ["Pacific Standard Time"])
    cal = cal.replace("CALSCALE:GREGORIAN\r\n", "")
    body = mpart("alternative", [tpart(plain, "plain", "quoted-printable"),
                                 tpart(hb, "html", "quoted-printable"),
                                 part(f'text/calendar; charset="utf-8"; method={method}', enc(cal, "base64"), "base64")],
                 tag, "outlook")
    to_hdr = ", ".join(fa(n, e) for n, e in required if e != org[1])
    ti = base64.b64encode(bytes.fromhex(h("ti", tag)[:44])).decode()
    top = [("Thread-Topic", subject), ("Thread-Index", ti)]
    extra_h = [("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
               ("X-MS-Exchange-Organization-SCL", "-1"), ("X-MS-TNEF-Correlator", ""),
               ("x-ms-exchange-calendar-series-instance-id", base64.b64encode(bytes.fromhex(h("si", tag)[:48])).decode())]
    return message(tag, sent, fa(org[0], org[1]), subject, body, to=to_hdr, cc=cc_header,
                   msgid=mid(tag, "outlook"), extra=extra_h, top=top,
                   host="mail-bn8nam12on2101.outbound.protection.outlook.com"), cal


# ----------------------------------------------------------------------------- Calendar API event
def gcal_event(tag, summary, description, organizer, attendees, start, end, tz, created, updated,
               location=None, conference=None, recurrence=None, status="confirmed", seq=0):
    eid = b32ish(tag, 26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(h('etag', tag)[:14], 16) % 10**16:016d}\"",
        "id": eid,
        "status": status,
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.urlsafe_b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(h('ms', tag)[:3], 16) % 1000:03d}Z",
        "summary": summary,
        "description": description,
    }
    if location:
        ev["location"] = location
    ev["creator"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    if organizer[1] == OWNER:
        ev["creator"]["self"] = True
        ev["organizer"]["self"] = True
    ev["start"] = {"dateTime": start.isoformat(), "timeZone": tz}
    ev["end"] = {"dateTime": end.isoformat(), "timeZone": tz}
    if recurrence:
        ev["recurrence"] = recurrence
    ev["iCalUID"] = f"{eid}@google.com"
    ev["sequence"] = seq
    ev["attendees"] = attendees
    if conference:
        ev["hangoutLink"] = conference
        code = conference.rsplit("/", 1)[1]
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": conference, "label": conference[8:]}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": code}
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# ----------------------------------------------------------------------------- labels
def I(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def L(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


SIG_PHONE = "(702) 555-0148"


# ============================================================================= cases 01-12
@case
def c01():
    kayla = ("Kayla Brooks", "kayla.brooks@silvermesa.example")
    sent = T(2026, 10, 5, 16, 22, UTC, "Mon", "+0000", 7)
    start = T(2026, 10, 7, 10, 30, LA, "Wed", "-0700")
    end = T(2026, 10, 7, 11, 0, LA, "Wed", "-0700")
    desc = ("Hi Darnell,\n\nThanks for applying to the Guest Services Manager opening at Silver Mesa. "
            f"This is a 30-minute phone conversation - I'll call you at {SIG_PHONE}, the number on your application. "
            "We'll go over your front desk and VIP services background, your availability for swing and "
            "graveyard coverage, and pay expectations.\n\nKayla Brooks\nTalent Acquisition Partner\n"
            "Silver Mesa Resort & Casino")
    eml, _ = google_invite("c01", sent, kayla,
                           [("Kayla Brooks", kayla[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                           "Phone Screen: Guest Services Manager - Darnell Price / Silver Mesa",
                           start, end, "America/Los_Angeles", desc, f"{b32ish('c01u')}@google.com",
                           location=f"Phone call - Kayla will call {SIG_PHONE}")
    return dict(slug="silver-mesa-google-phone-screen",
                items=[("01-invitation-phone-screen-silver-mesa.eml", eml)],
                label=L([I("Silver Mesa Resort & Casino", "Guest Services Manager", start, end, "scheduled",
                           [kayla[1]], [kayla[1]], "phone_screen")],
                        "easy", "positive/google-invite",
                        "Google Calendar invitation for a recruiter phone screen; the recruiter conducts it."))


@case
def c02():
    sent = T(2026, 10, 6, 11, 5, DEN, "Tue", "-0600", 41)
    due = T(2026, 10, 11, 23, 59, LA, "Sun", "-0700")
    text = (
        "Hi Darnell,\n\n"
        "Thank you for your interest in the Front Office Manager position at Monarch Crossing Hotel & Casino. "
        "We'd like to learn more about you, and the next step in our process is an on-demand video interview "
        "through HireVue.\n\n"
        "How it works:\n"
        "- You will see 6 pre-recorded questions from our Rooms Division leadership.\n"
        "- For each question you get 30 seconds to prepare and up to 3 minutes to record your answer.\n"
        "- There is no one on the other end - you record whenever it suits you, from a phone or computer.\n\n"
        f"Please complete your interview by {due:%A, %B} {due.day}, {due.year} at 11:59 PM Pacific.\n\n"
        "Start your interview: https://app.hirevue.com/interviews/" + b32ish("c02l", 20) + "\n\n"
        "Tips: find a quiet, well-lit space, check your camera and microphone with the practice question, "
        "and make sure you have a steady connection. Most candidates finish in about 25 minutes.\n\n"
        "We look forward to watching your responses.\n\n"
        "Talent Acquisition\nMonarch Crossing Hotel & Casino\n\n"
        "This email was sent by HireVue on behalf of Monarch Crossing Hotel & Casino. Please do not reply.")
    body = alt_text_html("c02", text, html_cte="base64", text_cte="quoted-printable", style="java")
    eml = message("c02", sent, fa("Monarch Crossing Talent Acquisition", "no-reply@hirevue.com"),
                  "Next step: complete your on-demand interview - Front Office Manager", body,
                  to=OWNER, msgid=mid("c02", "x", "hirevue.com"), host="mta-42.hirevue.com",
                  return_path="bounces+" + h("c02rp")[:10] + "@em.hirevue.com")
    return dict(slug="monarch-hirevue-one-way-video",
                items=[("01-hirevue-on-demand-invitation.eml", eml)],
                label=L([], "medium", "negative/one-way-video",
                        "HireVue on-demand (one-way, recorded) interview with a deadline; no live conversation."))


@case
def c03():
    sent = T(2026, 10, 8, 13, 0, LA, "Thu", "-0700", 12)
    start = T(2026, 10, 17, 9, 0, LA, "Sat", "-0700")
    end = T(2026, 10, 17, 13, 0, LA, "Sat", "-0700")
    text = (
        "You're registered!\n\n"
        "Hi Darnell,\n\n"
        "Thanks for signing up for the Rivera Palms Hospitality Hiring Event. We're hiring across the resort - "
        "Front Office, Food & Beverage, Banquets, Casino Cage, Security and EVS - including supervisor and "
        "manager positions.\n\n"
        f"When: Saturday, October 17, 9:00 AM - 1:00 PM\n"
        "Where: Rivera Palms Resort, Oasis Ballroom B (enter through the convention entrance, free self-parking)\n\n"
        "No appointment is needed. Walk in any time during the event; on-the-spot interviews are held "
        "first come, first served with department leaders. Your registration simply lets us send you reminders "
        "- it does not reserve a time slot.\n\n"
        "What to bring: several printed copies of your resume and a list of references. Dress is business casual.\n\n"
        "Can't make it? Browse all openings at careers.riverapalms.example.\n\n"
        "See you there,\nRivera Palms Talent Acquisition")
    body_alt = alt_text_html("c03", text, html_cte="quoted-printable", text_cte="quoted-printable", style="java")
    uid = f"hiring-event-{h('c03u')[:12]}@riverapalms.example"
    ev = vevent(uid, start, end, "Rivera Palms Hospitality Hiring Event (walk-ins welcome)", "America/Los_Angeles",
                organizer=("Rivera Palms Talent Acquisition", "careers@riverapalms.example"),
                attendees=[attendee(OWNER_NAME, OWNER, "ACCEPTED", rsvp="FALSE")],
                description="Open hiring event. No appointment needed - on-the-spot interviews are first come, "
                            "first served. Bring copies of your resume.",
                location="Rivera Palms Resort - Oasis Ballroom B", stamp=sent)
    cal = vcal("-//Rivera Palms//Events//EN", "PUBLISH", [ev], ["America/Los_Angeles"])
    body = mpart("mixed", [body_alt, ics_attach(cal, "hiring-event.ics", "text/calendar")], "c03/mixed", "java")
    eml = message("c03", sent, fa("Rivera Palms Careers", "careers@riverapalms.example"),
                  "You're registered: Hospitality Hiring Event - Sat, Oct 17", body,
                  msgid=mid("c03", "x", "riverapalms.example"), host="smtp.riverapalms.example")
    return dict(slug="rivera-palms-walk-in-hiring-event",
                items=[("01-hiring-event-registration.eml", eml)],
                label=L([], "hard", "negative/open-hiring-event",
                        "RSVP to an open walk-in hiring event with an .ics; interviews are first come, first served, "
                        "nothing is booked for the user."))


@case
def c04():
    mon = ("Monique Harris", "monique.harris@cinderhg.example")
    s1 = T(2026, 10, 12, 10, 48, LA, "Mon", "-0700", 5)
    reply = T(2026, 10, 12, 19, 31, LA, "Mon", "-0700")
    s2 = T(2026, 10, 13, 8, 5, LA, "Tue", "-0700", 51)
    start = T(2026, 10, 16, 9, 30, LA, "Fri", "-0700")
    end = start + timedelta(minutes=45)
    alt_thu = T(2026, 10, 15, 14, 0, LA, "Thu", "-0700")
    sig = ("Monique Harris\nDirector of Operations\nSalt & Ash  |  Steakhouse - Cantina - Oyster Bar\n"
           "Cinder Hospitality Group, LLC\n2245 Canyon Vista Dr, Suite 200, Las Vegas, NV 89135\nc. (702) 555-0117")
    t1 = (
        "Hi Darnell,\n\n"
        "Thanks for sending your resume over. Your time running the floor at Copper Ladle plus the banquet years "
        "on the Strip are exactly what we're missing at our Summerlin store, and I'd like to sit down with you "
        "in person this week about the General Manager role.\n\n"
        "I have two openings:\n\n"
        f"  - Thursday 10/15 at 2:00 PM\n"
        f"  - Friday 10/16 at 9:30 AM\n\n"
        "Both would be at Salt & Ash Summerlin, 2245 Canyon Vista Dr. Plan on about 45 minutes. "
        "Let me know which works and I'll lock it in.\n\n" + sig)
    m1 = mid("c04a", "gmail")
    e1 = message("c04a", s1, fa(*mon), "Salt & Ash Summerlin - General Manager",
                 tpart(t1, "plain", "quoted-printable"), msgid=m1, host="mail-yw1-f170.google.com")
    m_reply = mid("c04r", "gmail")
    q1 = "\n".join("> > " + l if l else "> >" for l in t1.split("\n"))
    t2 = (
        "Friday it is! I have you down for 9:30 AM this Friday the 16th. Come in through the front door and "
        "the host will grab me. Our owner, Julian, is hoping to pop in for the last few minutes if his day allows.\n\n"
        "See you Friday,\nMonique\n\n"
        "On Mon, Oct 12, 2026 at 7:31 PM Darnell Price <darnell.price@example.com> wrote:\n"
        "> Hi Monique,\n>\n"
        "> Thank you for reaching out. Friday at 9:30 works best for me. I'll bring a\n"
        "> one-page summary of the labor and COGS numbers from my current store.\n>\n"
        "> Best,\n> Darnell\n>\n"
        "> On Mon, Oct 12, 2026 at 10:48 AM Monique Harris <monique.harris@cinderhg.example> wrote:\n"
        + q1 + "\n")
    e2 = message("c04b", s2, fa(*mon), "Re: Salt & Ash Summerlin - General Manager",
                 alt_text_html("c04b", t2, "quoted-printable", "quoted-printable"), msgid=mid("c04b", "gmail"),
                 irt=m_reply, refs=[m1, m_reply], host="mail-yw1-f171.google.com")
    assert alt_thu < start and reply < s2
    return dict(slug="salt-and-ash-thread-propose-confirm",
                items=[("01-monique-proposes-two-times.eml", e1), ("02-monique-confirms-friday.eml", e2)],
                label=L([I("Salt & Ash", "General Manager", start, end, "scheduled", [mon[1]], [mon[1]],
                           "hiring_manager")],
                        "medium", "positive/thread-propose-confirm",
                        "Director of Operations proposes Thu 2:00 or Fri 9:30; the quoted reply picks Friday and she "
                        "confirms. 45 minutes from the first mail. Brand is Salt & Ash; the signature's legal employer "
                        "and mail domain are Cinder Hospitality Group, LLC. Owner Julian has no address."))


@case
def c05():
    tasha = ("Tasha Greene", "tgreene@thehalcyonlv.example")
    renee = ("Renee Castillo", "rcastillo@thehalcyonlv.example")
    sent = T(2026, 10, 13, 16, 42, LA, "Tue", "-0700", 10)
    start = T(2026, 10, 14, 14, 0, LA, "Wed", "-0700")
    end = start + timedelta(minutes=45)
    text = (
        "Hi Darnell,\n\n"
        "Great speaking with you this afternoon. Renee Castillo, our Director of Rooms (copied here), has an "
        "opening tomorrow at 2 and would like to meet you in person for the Front Office Manager position.\n\n"
        "Where to go: please use the Team Member Entrance on Koval Lane, not the main lobby. Bring a "
        "government-issued photo ID - Security will check you in and print a visitor badge. You can park on "
        "level 3 of the employee garage; we'll validate.\n\n"
        "Plan on about 45 minutes. Business attire, and an extra copy of your resume is all you need.\n\n"
        "If tomorrow no longer works, just reply here and I'll find another time on Renee's calendar.\n\n"
        "Thanks,\nTasha Greene\nTalent Acquisition Specialist\nThe Halcyon Las Vegas\no. (702) 555-0163")
    eml = message("c05", sent, fa(*tasha), "Interview with our Director of Rooms - Front Office Manager",
                  alt_text_html("c05", text, "quoted-printable", "quoted-printable", "outlook"),
                  cc=fa(*renee), msgid=mid("c05", "outlook"),
                  host="mail-co1nam11on2110.outbound.protection.outlook.com",
                  extra=[("Thread-Topic", "Interview with our Director of Rooms - Front Office Manager")])
    return dict(slug="halcyon-tomorrow-at-2-koval-lane",
                items=[("01-tasha-in-person-tomorrow.eml", eml)],
                label=L([I("The Halcyon Las Vegas", "Front Office Manager", start, end, "scheduled",
                           [renee[1]], [renee[1]], "hiring_manager")],
                        "medium", "positive/body-only-relative-date",
                        "Time only in the body: 'tomorrow at 2' against Date Tue Oct 13 (PDT) -> Wed Oct 14 14:00-07:00, "
                        "about 45 minutes. Recruiter only schedules; Director of Rooms (Cc) interviews."))


@case
def c06():
    hv = "no-reply@hirevue.com"
    dana = ("Dana Whitcomb", "dana.whitcomb@castellanlv.example")
    s1 = T(2026, 10, 14, 9, 30, DEN, "Wed", "-0600", 2)
    s2 = T(2026, 10, 26, 12, 15, DEN, "Mon", "-0600", 44)
    start = T(2026, 11, 12, 13, 0, LA, "Thu", "-0800")
    end = T(2026, 11, 12, 13, 45, LA, "Thu", "-0800")
    same_instant(start, T(2026, 11, 12, 21, 0, UTC, "Thu", "+0000"))
    t1 = (
        "Hello Darnell,\n\n"
        "Congratulations - your application for Director of Guest Services at Castellan Las Vegas has moved "
        "forward. We invite you to complete a recorded video interview.\n\n"
        "You'll answer five questions on camera on your own schedule. Nobody from our team joins; the "
        "recordings are reviewed by the hiring team afterward. Please finish within five days of this email.\n\n"
        "Begin here: https://app.hirevue.com/interviews/" + b32ish("c06l", 20) + "\n\n"
        "Questions about the technology? Visit the HireVue candidate help center.\n\n"
        "Castellan Las Vegas Talent Acquisition")
    e1 = message("c06a", s1, fa("Castellan Las Vegas Recruiting", hv),
                 "Castellan Las Vegas | Director of Guest Services - Video Interview Invitation",
                 alt_text_html("c06a", t1, "base64", "quoted-printable", "java"), to=OWNER,
                 msgid=mid("c06a", "x", "hirevue.com"), host="mta-17.hirevue.com")
    t2 = (
        "Hi Darnell,\n\n"
        "Dana Whitcomb has scheduled a live video interview with you for the Director of Guest Services role "
        "at Castellan Las Vegas. Unlike the recorded step, this is a real-time, two-way conversation.\n\n"
        "Date: Thursday, November 12, 2026\n"
        "Time: 1:00 PM - 1:45 PM Pacific Time (US & Canada)\n"
        "Interviewer: Dana Whitcomb, VP of Guest Experience\n"
        "Join: https://app.hirevue.com/live/" + b32ish("c06j", 16) + "\n\n"
        "Please join from a laptop or desktop with Chrome, 5 minutes early. A calendar invitation is attached.\n\n"
        "Castellan Las Vegas Talent Acquisition")
    uid = f"live-{uuidish('c06uid')}@hirevue.com"
    ev = vevent(uid, start, end, "Live Interview: Castellan Las Vegas - Director of Guest Services", "utc",
                organizer=("HireVue Scheduling", hv),
                attendees=[attendee(dana[0], dana[1], "ACCEPTED"), attendee(OWNER_NAME, OWNER)],
                description="Live video interview with Dana Whitcomb (VP of Guest Experience).\nJoin: "
                            "https://app.hirevue.com/live/" + b32ish("c06j", 16),
                location="HireVue Live (video)", stamp=s2)
    cal = vcal("-//HireVue//Live Interview//EN", "REQUEST", [ev])
    body = mpart("mixed", [alt_text_html("c06b", t2, "quoted-printable", "quoted-printable", "java"),
                           ics_attach(cal, "interview.ics", "text/calendar")], "c06b/mixed", "java")
    e2 = message("c06b", s2, fa("Castellan Las Vegas Recruiting", hv),
                 "Your Live Interview with Castellan Las Vegas is scheduled", body, to=OWNER,
                 msgid=mid("c06b", "x", "hirevue.com"), host="mta-21.hirevue.com")
    return dict(slug="castellan-hirevue-one-way-then-live",
                items=[("01-hirevue-recorded-interview.eml", e1), ("02-hirevue-live-interview-scheduled.eml", e2)],
                label=L([I("Castellan Las Vegas", "Director of Guest Services", start, end, "scheduled",
                           [dana[1]], [dana[1]], "hiring_manager")],
                        "hard", "positive/hirevue-live-vs-one-way",
                        "First mail is a one-way recorded HireVue step (not an interview); the second is a live HireVue "
                        "interview sent in October (MDT header) for Nov 12 13:00 PST; .ics in UTC (21:00Z)."))


@case
def c07():
    gab = ("Gabriela Ortiz", "gortiz@sonorancrest.example")
    tom = ("Thomas Whitfield", "twhitfield@sonorancrest.example")
    s1 = T(2026, 10, 15, 9, 12, PHX, "Thu", "-0700", 44)
    p_start = T(2026, 10, 20, 14, 0, PHX, "Tue", "-0700")
    p_end = p_start + timedelta(minutes=30)
    same_instant(p_start, T(2026, 10, 20, 14, 0, LA, "Tue", "-0700"))
    s2 = T(2026, 10, 22, 17, 30, UTC, "Thu", "+0000", 19)
    start = T(2026, 11, 4, 10, 0, PHX, "Wed", "-0700")
    end = T(2026, 11, 4, 11, 0, PHX, "Wed", "-0700")
    same_instant(start, T(2026, 11, 4, 9, 0, LA, "Wed", "-0800"))
    sig = "Gabriela Ortiz\nTalent Acquisition Manager\nSonoran Crest Resort & Spa | Phoenix, Arizona\n(602) 555-0139"
    t1 = (
        "Good morning Darnell,\n\n"
        "Thank you for applying for Director of Food & Beverage at Sonoran Crest Resort & Spa. Your casino "
        "F&B background caught our attention and I'd like to start with a phone screen.\n\n"
        "I've reserved Tuesday, October 20 at 2:00 PM Arizona time for a 30-minute call. Right now Arizona "
        "and Nevada are on the same clock, so that is 2:00 PM for you in Henderson as well. I'll call the "
        "mobile number ending in 0148.\n\n"
        "We'll talk through the outlets you've overseen, your approach to labor scheduling, and relocation "
        "to the Valley. If Tuesday doesn't work, reply with two alternatives.\n\n" + sig)
    e1 = message("c07a", s1, fa(*gab), "Director of Food & Beverage - phone screen Tuesday",
                 tpart(t1, "plain", "quoted-printable"), msgid=mid("c07a", "outlook"),
                 host="mail-dm6nam10on2093.outbound.protection.outlook.com")
    zoom = "https://sonorancrest.zoom.us/j/8" + str(int(h("c07z")[:10], 16) % 10**10).rjust(10, "0")
    desc = ("Hi Darnell - great talking with you Tuesday. The next step is a Zoom conversation with Thomas "
            "Whitfield, our Resort General Manager, about the Director of Food & Beverage role.\n\n"
            "Heads up on time zones: Arizona does not observe daylight saving time. Once Nevada falls back on "
            "November 1, 10:00 AM Arizona time is 9:00 AM in Las Vegas. The invite should show the right time "
            "on your calendar, but please double-check.\n\nGabriela")
    e2, _ = google_invite("c07b", s2, gab,
                          [(gab[0], gab[1], "ACCEPTED"), (tom[0], tom[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                          "Sonoran Crest - Director of F&B - Zoom with Thomas Whitfield", start, end,
                          "America/Phoenix", desc, f"{b32ish('c07u')}@google.com", location=zoom,
                          conference=("Join Zoom Meeting", zoom))
    return dict(slug="sonoran-crest-phoenix-two-rounds",
                items=[("01-gabriela-phone-screen-tuesday.eml", e1), ("02-invitation-zoom-resort-gm.eml", e2)],
                label=L([I("Sonoran Crest Resort & Spa", "Director of Food & Beverage", p_start, p_end, "scheduled",
                           [gab[1]], [gab[1]], "phone_screen"),
                         I("Sonoran Crest Resort & Spa", "Director of Food & Beverage", start, end, "scheduled",
                           [tom[1]], [tom[1]], "hiring_manager")],
                        "hard", "positive/two-interviews-phoenix-dst",
                        "Phoenix resort: body-only phone screen Oct 20 14:00 Arizona (= Las Vegas clock in October), then "
                        "Google invite TZID America/Phoenix Nov 4 10:00 MST = 9:00 PST after Nevada falls back."))


@case
def c08():
    sent = T(2026, 10, 16, 8, 30, LA, "Fri", "-0700", 3)
    appt = T(2026, 10, 21, 9, 0, LA, "Wed", "-0700")
    conf = "FH-" + str(int(h("c08c")[:8], 16) % 10**7).rjust(7, "0")
    text = (
        "APPOINTMENT CONFIRMATION\n\n"
        f"Confirmation number: {conf}\n"
        "Name: DARNELL PRICE\n"
        "Service: Food Handler Safety Training - class and test\n"
        f"Date: {appt:%A, %B} {appt.day}, {appt.year}\n"
        "Time: 9:00 AM (check-in opens 8:45 AM)\n"
        "Location: Clark Valley Health District - East Service Center, 1820 E Example Flamingo Rd, Las Vegas NV\n\n"
        "Please bring:\n"
        "  * A valid government-issued photo ID\n"
        "  * The $20.00 card fee (card, money order or exact cash)\n\n"
        "The class lasts about 90 minutes and is followed by a 40-question test. Applicants who arrive more "
        "than 10 minutes late must reschedule. Your Food Handler Card is valid for three years from the issue date.\n\n"
        "To cancel or change this appointment, use the link in your account at least 24 hours in advance.\n\n"
        "Clark Valley Health District - Environmental Health\nThis mailbox is not monitored.")
    eml = message("c08", sent, fa("Clark Valley Health District", "noreply@cvhd.example"),
                  f"Appointment Confirmation - Food Handler Safety Training ({conf})",
                  tpart(text, "plain", "7bit"), to=OWNER, msgid=mid("c08", "x", "cvhd.example"),
                  host="notify.cvhd.example")
    return dict(slug="food-handler-card-course",
                items=[("01-food-handler-appointment.eml", eml)],
                label=L([], "easy", "negative/certification-appointment",
                        "Government food handler card class and test appointment; not a job interview."))


@case
def c09():
    luis = ("Luis Ortega", "luis.ortega88@example.net")
    sent = T(2026, 10, 19, 14, 2, UTC, "Mon", "+0000", 11)
    start = T(2026, 10, 22, 15, 0, LA, "Thu", "-0700")
    end = start + timedelta(minutes=30)
    text = (
        "Hi Darnell,\n\n"
        "A candidate has booked an interview on your calendar.\n\n"
        "Candidate: Luis Ortega\n"
        "Position: Line Cook (AM)\n"
        "Location: Copper Ladle Kitchen - Henderson\n"
        "Date: Thursday, October 22, 2026\n"
        "Time: 3:00 PM - 3:30 PM PDT\n"
        "Interviewer: Darnell Price (Assistant General Manager)\n\n"
        "View candidate profile: https://harri.com/employer/candidates/" + h("c09p")[:10] + "\n\n"
        "After the interview, submit your scorecard in Harri so the GM can make an offer decision. "
        "Need to move it? Reschedule from the Interviews tab and Luis will be notified.\n\n"
        "The Harri Team")
    uid = f"harri-{h('c09u')[:16]}@harri.com"
    ev = vevent(uid, start, end, "Interview: Luis Ortega - Line Cook (AM)", "America/Los_Angeles",
                organizer=(OWNER_NAME, OWNER),
                attendees=[attendee(OWNER_NAME, OWNER, "ACCEPTED", role="CHAIR"), attendee(luis[0], luis[1], "ACCEPTED")],
                description="Candidate interview booked through Harri. Interviewer: Darnell Price.",
                location="Copper Ladle Kitchen - Henderson", stamp=sent)
    cal = vcal("-//Harri//Interview Scheduler//EN", "REQUEST", [ev], ["America/Los_Angeles"])
    body = mpart("mixed", [alt_text_html("c09", text, "base64", "quoted-printable", "java"),
                           ics_attach(cal, "interview.ics", "text/calendar")], "c09/mixed", "java")
    eml = message("c09", sent, fa("Harri", "notifications@harri.com"),
                  "New interview booked: Luis Ortega - Line Cook (AM) - Copper Ladle Kitchen", body, to=OWNER,
                  msgid=mid("c09", "x", "harri.com"), host="o1.ptr2417.harri.com")
    return dict(slug="copper-ladle-harri-user-interviews-cook",
                items=[("01-harri-candidate-booked.eml", eml)],
                label=L([], "hard", "negative/user-is-interviewer",
                        "Harri notification at his current job: Darnell is the interviewer of a line-cook candidate."))


@case
def c10():
    lena = ("Lena Ruiz", "lena.ruiz@marigoldsocial.example")
    sent = T(2026, 10, 19, 18, 45, UTC, "Mon", "+0000", 9)
    start = T(2026, 10, 24, 16, 0, LA, "Sat", "-0700")
    end = T(2026, 10, 24, 20, 0, LA, "Sat", "-0700")
    text = (
        "Hi Darnell, your working interview is confirmed!\n\n"
        "Role: Restaurant General Manager - Marigold Social\n"
        "Stage: Working interview (paid stage shift)\n"
        "When: Saturday, October 24, 2026, 4:00 PM - 8:00 PM (PDT)\n"
        "Where: Marigold Social, The Promenade Level 2, 3700 S Example Blvd, Las Vegas\n"
        "You'll work with: Lena Ruiz, Area Director\n\n"
        "Lena will have you run pre-shift with the team and then work the floor beside her through Saturday "
        "dinner service. Wear black slacks, a collared shirt and black non-slip shoes; we'll have a name tag "
        "ready at the host stand. Family meal is on us.\n\n"
        "Need a different time? Reply to this email or message Lena in the Harri app.\n\n"
        "Sent via Harri on behalf of Marigold Social")
    eml = message("c10", sent, fa("Marigold Social via Harri", "notifications@harri.com"),
                  "Working interview confirmed - Restaurant General Manager at Marigold Social",
                  alt_text_html("c10", text, "base64", "base64", "java"), to=OWNER, reply_to=fa(*lena),
                  msgid=mid("c10", "x", "harri.com"), host="o1.ptr2417.harri.com")
    uid = f"harri-{h('c10u')[:16]}@harri.com"
    ev = vevent(uid, start, end, "Working Interview - Restaurant General Manager (Marigold Social)",
                "America/Los_Angeles", organizer=lena,
                attendees=[attendee(lena[0], lena[1], "ACCEPTED"), attendee(OWNER_NAME, OWNER, "ACCEPTED")],
                description="Paid stage shift with Lena Ruiz, Area Director: pre-shift and Saturday dinner service. "
                            "Black slacks, collared shirt, non-slip shoes.",
                location="Marigold Social, The Promenade Level 2, Las Vegas", stamp=sent, alarm=60)
    ics = vcal("-//Harri//Interview Scheduler//EN", "PUBLISH", [ev], ["America/Los_Angeles"])
    return dict(slug="marigold-harri-working-interview",
                items=[("01-harri-working-interview-confirmed.eml", eml), ("02-working-interview.ics", ics.encode())],
                label=L([I("Marigold Social", "Restaurant General Manager", start, end, "scheduled",
                           [lena[1]], [lena[1]], "other")],
                        "medium", "positive/working-interview",
                        "Booked working interview (stage shift) 4-8 PM via Harri plus the downloaded .ics; counts as "
                        "an interview. One interview, not two."))


@case
def c11():
    jordan = ("Jordan Mills", "jmills@carrawayhm.example")
    colleen = ("Colleen Baptiste", "cbaptiste@carrawayhm.example")
    s1 = T(2026, 10, 19, 10, 14, LA, "Mon", "-0700", 33)
    s2 = T(2026, 10, 23, 15, 40, LA, "Fri", "-0700", 2)
    o_start = T(2026, 10, 27, 11, 0, LA, "Tue", "-0700")
    o_end = T(2026, 10, 27, 11, 45, LA, "Tue", "-0700")
    start = T(2026, 11, 3, 11, 0, LA, "Tue", "-0800")
    end = T(2026, 11, 3, 11, 45, LA, "Tue", "-0800")
    uid = exchange_uid("c11")
    subject = "Interview: Guest Services Manager (Hotel Lumen Henderson) - Darnell Price"
    n1 = ("Hi Darnell,\n\nYou'll meet with Colleen Baptiste, our Regional Director of Rooms, over Microsoft Teams. "
          "Colleen oversees guest services at our three Las Vegas-area properties, including Hotel Lumen Henderson. "
          "Expect to talk about service recovery, staffing a 24/7 desk and working with the sales team on group "
          "arrivals.\n\nBest regards,\nJordan Mills\nRecruiter | Carraway Hospitality Management")
    e1, _ = outlook_invite("c11a", s1, jordan, [jordan, colleen, (OWNER_NAME, OWNER)], subject, o_start, o_end,
                           "Microsoft Teams Meeting", n1, uid, seq=0, created=s1)
    n2 = ("Hi Darnell,\n\nColleen has a property visit on the 27th, so I've moved your interview to the following "
          "Tuesday, November 3, same time of day. Teams link is unchanged. Sorry for the shuffle!\n\n"
          "Jordan Mills\nRecruiter | Carraway Hospitality Management")
    e2, _ = outlook_invite("c11b", s2, jordan, [jordan, colleen, (OWNER_NAME, OWNER)], subject, start, end,
                           "Microsoft Teams Meeting", n2, uid, seq=1, created=s1)
    return dict(slug="carraway-teams-reschedule-across-dst",
                items=[("01-teams-invite-oct-27.eml", e1), ("02-teams-invite-updated-nov-3.eml", e2)],
                label=L([I("Carraway Hospitality Management", "Guest Services Manager", start, end, "scheduled",
                           [colleen[1]], [colleen[1]], "hiring_manager")],
                        "hard", "positive/reschedule-sequence-dst",
                        "Exchange/Teams invite (TZID 'Pacific Standard Time', body label '(UTC-08:00)') Oct 27 11:00 PDT, "
                        "then same UID SEQUENCE 1 moved to Nov 3 11:00 PST (-08:00) after the Nov 1 change."))


@case
def c12():
    nadia = ("Nadia Flores", "nadia.flores@palomaverde.example")
    victor = ("Victor Almeida", "victor.almeida@palomaverde.example")
    icims = "palomaverde@talent.icims.com"
    s1 = T(2026, 10, 21, 11, 20, LA, "Wed", "-0700", 45)
    s2 = T(2026, 10, 27, 9, 2, LA, "Tue", "-0700", 18)
    start = T(2026, 10, 29, 15, 0, LA, "Thu", "-0700")
    end = T(2026, 10, 29, 15, 45, LA, "Thu", "-0700")
    same_instant(start, T(2026, 10, 29, 22, 0, UTC, "Thu", "+0000"))
    role = "Restaurant General Manager - Cantina Verde"
    uid = f"iCIMS-{h('c12u')[:20].upper()}@icims.com"
    t1 = (
        "Dear Darnell,\n\n"
        f"Thank you for confirming your interview for the {role} position (Req 4471).\n\n"
        "Interview details\n"
        "Date: Thursday, October 29, 2026\n"
        "Time: 3:00 PM - 3:45 PM Pacific\n"
        "Type: In person\n"
        "Location: Paloma Verde Casino Resort, Human Resources, 2nd floor. Use the north valet and ask Security "
        "to call HR.\n"
        "Interviewer: Victor Almeida, Director of Food & Beverage\n\n"
        "A calendar file is attached for your convenience. If you need to reschedule, reply to this message.\n\n"
        "Sincerely,\nNadia Flores\nHR Coordinator, Paloma Verde Casino Resort")
    def cal_for(method, seq, status, stamp):
        ev = vevent(uid, start, end, f"Interview - {role}", "utc", organizer=nadia,
                    attendees=[attendee(victor[0], victor[1], "ACCEPTED"), attendee(OWNER_NAME, OWNER, "ACCEPTED")],
                    description=f"In-person interview with Victor Almeida, Director of Food & Beverage. Req 4471.",
                    location="Paloma Verde Casino Resort - Human Resources, 2nd floor", seq=seq, status=status,
                    stamp=stamp)
        return vcal("-//iCIMS//Interview Scheduling//EN", method, [ev])
    b1 = mpart("mixed", [alt_text_html("c12a", t1, "quoted-printable", "quoted-printable", "java"),
                         ics_attach(cal_for("REQUEST", 0, "CONFIRMED", s1), "Interview.ics", "text/calendar")],
               "c12a/mixed", "java")
    e1 = message("c12a", s1, fa("Paloma Verde Casino Resort", icims), f"Interview Confirmation - {role} (Req 4471)",
                 b1, reply_to=fa(*nadia), msgid=mid("c12a", "x", "talent.icims.com"), host="mail2.icims.com")
    t2 = (
        "Dear Darnell,\n\n"
        "We regret to let you know that your interview scheduled for Thursday, October 29, 2026 at 3:00 PM has "
        f"been cancelled. The {role} requisition has been placed on hold while the outlet is remodeled.\n\n"
        "We appreciate your interest in Paloma Verde and will keep your application on file. If the position "
        "reopens, we will reach out to you directly.\n\n"
        "Sincerely,\nNadia Flores\nHR Coordinator, Paloma Verde Casino Resort")
    b2 = mpart("mixed", [alt_text_html("c12b", t2, "quoted-printable", "quoted-printable", "java"),
                         ics_attach(cal_for("CANCEL", 1, "CANCELLED", s2), "Interview.ics", "text/calendar")],
               "c12b/mixed", "java")
    e2 = message("c12b", s2, fa("Paloma Verde Casino Resort", icims), f"Interview Cancellation - {role} (Req 4471)",
                 b2, reply_to=fa(*nadia), msgid=mid("c12b", "x", "talent.icims.com"), host="mail2.icims.com")
    return dict(slug="paloma-verde-icims-cancelled",
                items=[("01-icims-interview-confirmation.eml", e1), ("02-icims-interview-cancellation.eml", e2)],
                label=L([I("Paloma Verde Casino Resort", role, start, end, "cancelled",
                           [victor[1]], [victor[1]], "hiring_manager")],
                        "medium", "positive/cancellation",
                        "iCIMS confirmation with UTC .ics (22:00Z = 15:00 PDT), then METHOD:CANCEL same UID; "
                        "requisition on hold. Cancelled at the last scheduled time."))


# ============================================================================= cases 13-23
@case
def c13():
    olivia = fa("Olivia at Aurelia Resort & Casino", "olivia@paradox.ai")
    jas = ("Jasmine Carter", "jasmine.carter@aureliaresort.example")
    s1 = T(2026, 10, 22, 19, 3, UTC, "Thu", "+0000", 12)
    s2 = T(2026, 10, 29, 21, 40, UTC, "Thu", "+0000", 55)
    s3 = T(2026, 10, 29, 22, 12, UTC, "Thu", "+0000", 31)
    a_start = T(2026, 10, 30, 13, 0, LA, "Fri", "-0700")
    a_end = a_start + timedelta(minutes=30)
    b_start = T(2026, 11, 2, 13, 0, LA, "Mon", "-0800")
    b_end = b_start + timedelta(minutes=30)
    uid_a = f"{uuidish('c13a')}@paradox.ai"
    uid_b = f"{uuidish('c13b')}@paradox.ai"
    role = "Guest Services Manager"

    def cal(uid, start, end, method, seq, status, stamp):
        ev = vevent(uid, start, end, f"Phone Interview - {role} - Aurelia Resort & Casino", "America/Los_Angeles",
                    organizer=("Olivia", "olivia@paradox.ai"),
                    attendees=[attendee(jas[0], jas[1], "ACCEPTED"), attendee(OWNER_NAME, OWNER, "ACCEPTED")],
                    description=f"Jasmine Carter (Talent Acquisition) will call you at {SIG_PHONE}.",
                    location=f"Phone - {SIG_PHONE}", seq=seq, status=status, stamp=stamp)
        return vcal("-//Paradox//Olivia Scheduling//EN", method, [ev], ["America/Los_Angeles"])

    t1 = ("Hi Darnell! This is Olivia, Aurelia's virtual recruiting assistant. \U0001F389\n\n"
          f"You're confirmed for a phone interview for {role}:\n\n"
          "\U0001F4C5 Fri, Oct 30, 2026\n"
          "\U0001F550 1:00 PM PDT\n"
          f"\U0001F4DE Jasmine Carter (Talent Acquisition) will call you at {SIG_PHONE}\n"
          "\u23F1 About 30 minutes\n\n"
          "Need to reschedule? Text RESCHEDULE to (702) 555-0192 or reply to this email. Talk soon!")
    e1 = message("c13a", s1, olivia, f"Interview Confirmed - {role} at Aurelia Resort & Casino",
                 mpart("mixed", [tpart(t1, "plain", "quoted-printable"),
                                 ics_attach(cal(uid_a, a_start, a_end, "REQUEST", 0, "CONFIRMED", s1), "interview.ics",
                                            "text/calendar")], "c13a", "java"),
                 to=OWNER, msgid=mid("c13a", "x", "paradox.ai"), host="mail.paradox.ai")
    t2 = ("Hi Darnell, it's Olivia again. Unfortunately Jasmine is out of the office tomorrow, so your phone "
          "interview on Fri, Oct 30 at 1:00 PM PDT has been canceled. So sorry for the short notice! \U0001F614\n\n"
          "Tap here to pick a new time: https://aurelia.paradox.ai/s/" + b32ish("c13s", 8) + "\n\n"
          "Or text SCHEDULE to (702) 555-0192.")
    e2 = message("c13b", s2, olivia, f"Interview Canceled - {role}",
                 mpart("mixed", [tpart(t2, "plain", "quoted-printable"),
                                 ics_attach(cal(uid_a, a_start, a_end, "CANCEL", 1, "CANCELLED", s2), "interview.ics",
                                            "text/calendar")], "c13b", "java"),
                 to=OWNER, msgid=mid("c13b", "x", "paradox.ai"), host="mail.paradox.ai")
    t3 = ("Thanks for choosing a new time, Darnell! Here's your new interview:\n\n"
          "\U0001F4C5 Mon, Nov 2, 2026\n"
          "\U0001F550 1:00 PM PST (heads up - clocks fall back this Sunday!)\n"
          f"\U0001F4DE Jasmine Carter will call {SIG_PHONE}\n\n"
          "A fresh calendar invite is attached. Good luck! \U0001F340")
    e3 = message("c13c", s3, olivia, f"New Interview Confirmed - {role}",
                 mpart("mixed", [tpart(t3, "plain", "quoted-printable"),
                                 ics_attach(cal(uid_b, b_start, b_end, "REQUEST", 0, "CONFIRMED", s3), "interview.ics",
                                            "text/calendar")], "c13c", "java"),
                 to=OWNER, msgid=mid("c13c", "x", "paradox.ai"), host="mail.paradox.ai")
    return dict(slug="aurelia-paradox-cancel-then-new-booking",
                items=[("01-olivia-interview-confirmed.eml", e1), ("02-olivia-interview-canceled.eml", e2),
                       ("03-olivia-new-interview-confirmed.eml", e3)],
                label=L([I("Aurelia Resort & Casino", role, a_start, a_end, "cancelled", [jas[1]], [jas[1]],
                           "phone_screen"),
                         I("Aurelia Resort & Casino", role, b_start, b_end, "scheduled", [jas[1]], [jas[1]],
                           "phone_screen")],
                        "hard", "positive/cancel-then-rebook",
                        "Paradox (Olivia) text-style mails: Oct 30 13:00 PDT booked, cancelled (METHOD:CANCEL), then a "
                        "new booking with a new UID Nov 2 13:00 PST -> two entries across the Nov 1 change."))


@case
def c14():
    sent = T(2026, 10, 28, 16, 5, UTC, "Wed", "+0000", 27)
    text = ("Hi Darnell! \U0001F44B Olivia here, the hiring assistant for Red Cliffs Hotel & Casino.\n\n"
            "Good news - the Front Office team would like to interview you for Front Office Manager! "
            "Interviews are 30 minutes and available weekdays between 9 AM and 4 PM PT.\n\n"
            "Pick the time that works best for you:\n"
            "https://redcliffs.paradox.ai/schedule/" + b32ish("c14s", 10) + "\n\n"
            "Popular openings this week: Thu 10/29 and Fri 10/30. Once you choose, I'll send a confirmation "
            "with all the details.\n\n"
            "Prefer texting? Reply to (702) 555-0177 with the word INTERVIEW.")
    eml = message("c14", sent, fa("Olivia at Red Cliffs Hotel & Casino", "olivia@paradox.ai"),
                  "Let's get your interview on the calendar!",
                  alt_text_html("c14", text, "base64", "quoted-printable", "java"), to=OWNER,
                  msgid=mid("c14", "x", "paradox.ai"), host="mail.paradox.ai")
    return dict(slug="red-cliffs-paradox-pick-a-time",
                items=[("01-olivia-schedule-your-interview.eml", eml)],
                label=L([], "medium", "negative/availability-request",
                        "Paradox scheduling link; no time booked."))


@case
def c15():
    sent = T(2026, 10, 28, 10, 0, LA, "Wed", "-0700", 14)
    text = (
        "Dear Darnell,\n\n"
        "Thank you for interviewing for the Front Office Manager position at The Halcyon Las Vegas and for the "
        "time you spent with Renee and the Rooms team on October 14.\n\n"
        "After careful consideration, we have decided to move forward with another candidate whose experience "
        "more closely matches the current needs of the role. This was a difficult decision, and we genuinely "
        "enjoyed getting to know you.\n\n"
        "We encourage you to keep an eye on our careers site and apply for future openings that match your "
        "goals. Your candidate profile will stay active in our system.\n\n"
        "Warm regards,\nThe Halcyon Las Vegas Talent Acquisition Team")
    eml = message("c15", sent, fa("The Halcyon Las Vegas", "halcyon@myworkday.com"),
                  "Update on your application - Front Office Manager (R-20461)",
                  alt_text_html("c15", text, "quoted-printable", "quoted-printable", "java"), to=OWNER,
                  msgid=mid("c15", "x", "myworkday.com"), host="smtp-out.myworkday.com")
    return dict(slug="halcyon-workday-rejection",
                items=[("01-workday-application-update.eml", eml)],
                label=L([], "easy", "negative/rejection",
                        "Rejection after an interview; mentions the past interview date only."))


@case
def c16():
    mar = ("Marisol Vega", "marisol.vega@solsticesuites.example")
    sent = T(2026, 10, 30, 20, 11, UTC, "Fri", "+0000", 6)
    start = T(2026, 11, 5, 10, 0, LA, "Thu", "-0800")
    end = T(2026, 11, 5, 11, 0, LA, "Thu", "-0800")
    link = "https://interviews.indeed.com/meeting/" + b32ish("c16m", 12)
    text = (
        "Your interview is confirmed\n\n"
        "Guest Services Manager\n"
        "Solstice Suites Las Vegas - Las Vegas, NV\n\n"
        "Thu, Nov 5 \u00b7 10a-11a PT\n"
        "Video interview on Indeed\n"
        f"Join: {link}\n"
        "Interviewer: Marisol Vega, Director of Front Office\n\n"
        "Message from Solstice Suites Las Vegas:\n"
        "\"Hi Darnell - looking forward to it. We'll talk about how you'd run our guest services team through "
        "the holiday convention season. If anything comes up, email me directly at "
        "marisol.vega@solsticesuites.example. - Marisol\"\n\n"
        "Add to calendar: Google | Outlook | Apple\n"
        "Need to reschedule or cancel? Manage your interview on Indeed.\n\n"
        "\u00a9 2026 Indeed - Don't reply to this automated message.")
    hb = ("<html><body style=\"font-family:'Noto Sans',Helvetica,Arial,sans-serif\">"
          "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td>"
          "<h1 style=\"font-size:22px\">Your interview is confirmed</h1>"
          "<p><b>Guest Services Manager</b><br>Solstice Suites Las Vegas - Las Vegas, NV</p>"
          "<p style=\"font-size:18px\">Thu, Nov 5 &middot; 10a-11a PT</p>"
          f"<p>Video interview on Indeed<br><a href=\"{link}\">Join interview</a></p>"
          "<p>Interviewer: Marisol Vega, Director of Front Office</p>"
          "<p><i>Message from Solstice Suites Las Vegas:</i><br>&quot;Hi Darnell - looking forward to it. We'll talk "
          "about how you'd run our guest services team through the holiday convention season. If anything comes up, "
          "email me directly at marisol.vega@solsticesuites.example. - Marisol&quot;</p>"
          "<p>Add to calendar: Google | Outlook | Apple</p>"
          "<p style=\"color:#767676;font-size:12px\">&copy; 2026 Indeed - Don't reply to this automated message.</p>"
          "</td></tr></table></body></html>\n")
    eml = message("c16", sent, fa("Indeed", "interviews@indeed.com"),
                  "Interview confirmed: Guest Services Manager at Solstice Suites Las Vegas",
                  alt_text_html("c16", text, "base64", "quoted-printable", "java", html_body=hb), to=OWNER,
                  msgid=mid("c16", "x", "indeed.com"), host="mail-out.indeed.com",
                  return_path="bounce-" + h("c16rp")[:12] + "@indeed.com")
    return dict(slug="solstice-indeed-10a-11a-pt",
                items=[("01-indeed-interview-confirmed.eml", eml)],
                label=L([I("Solstice Suites Las Vegas", "Guest Services Manager", start, end, "scheduled",
                           [mar[1]], [mar[1]], "hiring_manager")],
                        "medium", "positive/indeed-interview",
                        "Indeed interview scheduling; time only as 'Thu, Nov 5 . 10a-11a PT' sent Oct 30 (PDT) for a "
                        "date after the Nov 1 change -> 10:00-08:00. Interviewer's address is in the quoted message."))


@case
def c17():
    tony = ("Tony Russo", "tony.russo@stillwaterstation.example")
    s1 = T(2026, 11, 5, 9, 12, LA, "Thu", "-0800", 40)
    s2 = T(2026, 11, 6, 13, 47, LA, "Fri", "-0800", 3)
    d_reply = T(2026, 11, 6, 14, 20, LA, "Fri", "-0800")
    s3 = T(2026, 11, 6, 15, 2, LA, "Fri", "-0800", 26)
    orig = T(2026, 11, 7, 15, 0, LA, "Sat", "-0800")
    start = T(2026, 11, 8, 10, 0, LA, "Sun", "-0800")
    end = start + timedelta(hours=1)
    t1 = ("Hey Darnell! You're all set for Saturday 11/7 at 3p. Come to Lantern Grill (off the casino floor "
          "past the bingo room) and ask for me at the host stand. Should be about an hour - I'll walk you "
          "through the kitchen and then we'll sit down and talk about the GM spot.\n\n-Tony\n\nSent from my iPhone")
    m1 = mid("c17a", "iphone", "stillwaterstation.example")
    e1 = message("c17a", s1, fa(*tony), "Lantern Grill GM", tpart(t1, "plain", "7bit"), msgid=m1,
                 host="mail.stillwaterstation.example")
    t2 = ("Change of plans, sorry - we've got a fight weekend and I'm going to be slammed Saturday. Can we do "
          "Sunday 11/8 at 10a instead? Same spot.\n\n-T\n\nSent from my iPhone\n\n"
          "> On Nov 5, 2026, at 9:12 AM, Tony Russo <tony.russo@stillwaterstation.example> wrote:\n>\n"
          + "\n".join("> " + l if l else ">" for l in t1.split("\n")) + "\n")
    m2 = mid("c17b", "iphone", "stillwaterstation.example")
    e2 = message("c17b", s2, fa(*tony), "Re: Lantern Grill GM", tpart(t2, "plain", "quoted-printable"),
                 msgid=m2, irt=m1, refs=[m1], host="mail.stillwaterstation.example")
    m_d = mid("c17d", "gmail")
    t3 = ("Locked in. Sunday 10a, host stand. \U0001F44D\n\n-T\n\n"
          "> On Nov 6, 2026, at 2:20 PM, Darnell Price <darnell.price@example.com> wrote:\n>\n"
          "> No problem at all - Sunday at 10 works for me. See you then.\n>\n> Darnell\n")
    e3 = message("c17c", s3, fa(*tony), "Re: Lantern Grill GM", tpart(t3, "plain", "quoted-printable"),
                 msgid=mid("c17c", "iphone", "stillwaterstation.example"), irt=m_d, refs=[m1, m2, m_d],
                 host="mail.stillwaterstation.example")
    assert orig < start and d_reply < s3
    return dict(slug="stillwater-hey-darnell-moved-by-mail",
                items=[("01-tony-all-set-saturday.eml", e1), ("02-tony-can-we-do-sunday.eml", e2),
                       ("03-tony-locked-in-sunday.eml", e3)],
                label=L([I("Stillwater Station Casino", "Restaurant General Manager", start, end, "scheduled",
                           [tony[1]], [tony[1]], "hiring_manager")],
                        "medium", "positive/reschedule-by-mail",
                        "Short hourly-style notes: Sat 11/7 3p moved by mail to Sun 11/8 10a (PST), confirmed; "
                        "about an hour. Role from 'GM spot' at Lantern Grill."))


@case
def c18():
    bri = ("Brianna Scott", "bscott@altamiralv.example")
    marco = ("Marco Bellandi", "mbellandi@altamiralv.example")
    sharon = ("Sharon Whitaker", "swhitaker@altamiralv.example")
    devon = ("Devon Ashby", "dashby@altamiralv.example")
    lorraine = ("Lorraine Kim", "lkim@altamiralv.example")
    me = (OWNER_NAME, OWNER)
    s0 = T(2026, 11, 5, 14, 20, LA, "Thu", "-0800", 18)
    d = (2026, 11, 10)
    w_s, w_e = T(*d, 9, 0, LA, "Tue", "-0800"), T(*d, 10, 0, LA, "Tue", "-0800")
    p_s, p_e = T(*d, 10, 15, LA, "Tue", "-0800"), T(*d, 11, 30, LA, "Tue", "-0800")
    hr_s, hr_e = T(*d, 12, 15, LA, "Tue", "-0800"), T(*d, 13, 0, LA, "Tue", "-0800")
    role = "Director of Food & Beverage"
    sig = "Brianna Scott\nTalent Acquisition Coordinator\nAltamira Resort & Casino\n(702) 555-0184"
    t0 = (
        "Hi Darnell,\n\n"
        f"We're excited to host you on property for the {role} onsite on Tuesday, November 10. Here's the plan:\n\n"
        "  8:45 AM            Check in with Security at the Team Member Entrance (rear of the property, off the "
        "service road). Bring a government-issued photo ID.\n"
        "  9:00 - 10:00 AM    Kitchen and outlet walk-through - Marco Bellandi, Executive Chef\n"
        "  10:15 - 11:30 AM   Panel interview - Sharon Whitaker, Resort General Manager, and Devon Ashby, "
        "VP of Food & Beverage (Executive Boardroom, 3rd floor)\n"
        "  11:30 AM - 12:15 PM Lunch in the Team Member Dining Room\n"
        "  12:15 - 1:00 PM    Conversation with Lorraine Kim, Director of Human Resources\n\n"
        "You'll receive a separate calendar invitation for each conversation. Wear comfortable dress shoes - "
        "the walk-through covers the main kitchen, banquet kitchen and two outlets.\n\n"
        "Please reply to me with any questions or accessibility needs.\n\n" + sig)
    m0 = mid("c18a", "outlook")
    e0 = message("c18a", s0, fa(*bri), f"Your onsite interview day - Tuesday, November 10 ({role})",
                 alt_text_html("c18a", t0, "quoted-printable", "quoted-printable", "outlook"),
                 cc=fa(*devon), msgid=m0, host="mail-bn8nam12on2101.outbound.protection.outlook.com")
    loc_k = "Altamira Resort & Casino - Main Kitchen (meet at Team Member Entrance)"
    e1, _ = outlook_invite("c18b", s0 + timedelta(minutes=6), bri, [bri, marco, me],
                           f"Altamira | {role} onsite - Kitchen walk-through with Chef Marco Bellandi", w_s, w_e,
                           loc_k, "Darnell - Chef Marco will meet you at the Team Member Entrance after you check in "
                           "with Security. Non-slip shoes recommended.\n\nBrianna", exchange_uid("c18b"), teams=False)
    e2, _ = outlook_invite("c18c", s0 + timedelta(minutes=8), bri, [bri, sharon, devon, me],
                           f"Altamira | {role} onsite - Panel: Resort GM & VP F&B", p_s, p_e,
                           "Executive Boardroom, 3rd floor - Altamira Resort & Casino",
                           "Panel interview with Sharon Whitaker (Resort General Manager) and Devon Ashby (VP of Food "
                           "& Beverage). Lunch follows in the Team Member Dining Room.\n\nBrianna",
                           exchange_uid("c18c"), teams=False)
    e3, _ = outlook_invite("c18d", s0 + timedelta(minutes=11), bri, [bri, lorraine, me],
                           f"Altamira | {role} onsite - HR conversation with Lorraine Kim", hr_s, hr_e,
                           "HR Office, 2nd floor - Altamira Resort & Casino",
                           "Final conversation of the day with Lorraine Kim, Director of Human Resources: culture, "
                           "benefits and next steps.\n\nBrianna", exchange_uid("c18d"), teams=False)
    ivs = [marco[1], sharon[1], devon[1], lorraine[1]]
    return dict(slug="altamira-onsite-loop-three-invites",
                items=[("01-brianna-onsite-itinerary.eml", e0), ("02-invite-kitchen-walkthrough.eml", e1),
                       ("03-invite-panel-resort-gm.eml", e2), ("04-invite-hr-conversation.eml", e3)],
                label=L([I("Altamira Resort & Casino", role, w_s, hr_e, "scheduled", ivs, ivs, "onsite")],
                        "hard", "positive/onsite-multi-invite",
                        "One onsite day sent as an itinerary plus three Outlook invites (Windows TZID): chef walk-through "
                        "9:00, panel with resort GM 10:15, lunch, HR 12:15-13:00 PST. Coordinator is not an interviewer."))


@case
def c19():
    kei = ("Keisha Monroe", "kmonroe@neonrowlv.example")
    created = T(2026, 11, 3, 22, 14, UTC, "Tue", "+0000", 0)
    updated = T(2026, 11, 3, 22, 15, UTC, "Tue", "+0000", 2)
    start = T(2026, 11, 9, 8, 30, LA, "Mon", "-0800")
    end = T(2026, 11, 9, 9, 0, LA, "Mon", "-0800")
    data = gcal_event("c19", "Neon Row - Front Office Manager phone screen (Darnell Price)",
                      f"Keisha will call Darnell at {SIG_PHONE}. 30-minute recruiter screen for the Front Office "
                      "Manager opening at Neon Row Hotel & Casino (Fremont East). Have your availability and salary "
                      "range handy.",
                      kei, [{"email": kei[1], "displayName": kei[0], "organizer": True, "responseStatus": "accepted"},
                            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
                      start, end, "America/Los_Angeles", created, updated, location=f"Phone: {SIG_PHONE}")
    return dict(slug="neon-row-gcal-phone-screen",
                items=[("01-neon-row-phone-screen.gcal.json", data)],
                label=L([I("Neon Row Hotel & Casino", "Front Office Manager", start, end, "scheduled",
                           [kei[1]], [kei[1]], "phone_screen")],
                        "easy", "positive/gcal-json",
                        "Calendar API event only, Nov 9 08:30 PST; recruiter conducts the screen."))


@case
def c20():
    created = T(2026, 9, 14, 17, 2, UTC, "Mon", "+0000")
    updated = T(2026, 11, 6, 23, 40, UTC, "Fri", "+0000")
    start = T(2026, 11, 9, 15, 0, LA, "Mon", "-0800")
    end = T(2026, 11, 9, 16, 0, LA, "Mon", "-0800")
    att = [{"email": OWNER, "displayName": OWNER_NAME, "organizer": True, "self": True, "responseStatus": "accepted"},
           {"email": "keandre.mills@copperladle.example", "displayName": "Keandre Mills", "responseStatus": "accepted"},
           {"email": "sofia.navarro@copperladle.example", "displayName": "Sofia Navarro", "responseStatus": "accepted"},
           {"email": "brett.lam@copperladle.example", "displayName": "Brett Lam", "responseStatus": "needsAction"}]
    data = gcal_event("c20", "Copper Ladle - FOH managers meeting (Darnell leading)",
                      "Agenda:\n1) Thanksgiving week staffing and cut schedule\n2) Comps/voids review - October\n"
                      "3) Two server openings: I'll run the candidate interviews Thursday, send me your picks\n"
                      "4) New handheld POS rollout\n\nBack office, after lunch push. - Darnell",
                      (OWNER_NAME, OWNER), att, start, end, "America/Los_Angeles", created, updated,
                      location="Copper Ladle Kitchen - back office", recurrence=["RRULE:FREQ=WEEKLY;BYDAY=MO"])
    return dict(slug="copper-ladle-staff-meeting-gcal",
                items=[("01-foh-managers-meeting.gcal.json", data)],
                label=L([], "medium", "negative/internal-meeting",
                        "Recurring staff meeting Darnell organizes at his current job; mentions him running interviews."))


@case
def c21():
    sent = T(2026, 11, 12, 9, 5, CHI, "Thu", "-0600", 50)
    appt = T(2026, 11, 13, 8, 0, LA, "Fri", "-0800")
    reg = "CP" + str(int(h("c21r")[:9], 16) % 10**8).rjust(8, "0")
    text = (
        "Pre-Employment Drug Screen - Donor Registration\n\n"
        "Donor: Darnell Price\n"
        "Requested by: Altamira Resort & Casino (Human Resources)\n"
        f"Registration ID: {reg}\n"
        "Test: 10-panel urine, non-DOT\n\n"
        f"Appointment: {appt:%A, %B} {appt.day}, {appt.year} at 8:00 AM PST\n"
        "Collection site: ClearPath Collection Center - Henderson, 2590 Example Horizon Ridge Pkwy, Suite 104, "
        "Henderson, NV 89052\n\n"
        "Bring a valid photo ID and this Registration ID. Do not drink excessive fluids before your visit. Your "
        "registration expires if the test is not completed within 72 hours. Results are reported directly to "
        "the employer.\n\n"
        "ClearPath Occupational Screening - scheduling@clearpathscreening.example")
    eml = message("c21", sent, fa("ClearPath Occupational Screening", "scheduling@clearpathscreening.example"),
                  "Pre-employment drug screen scheduled - Altamira Resort & Casino",
                  alt_text_html("c21", text, "quoted-printable", "7bit", "java"), to=OWNER,
                  msgid=mid("c21", "x", "clearpathscreening.example"), host="smtp.clearpathscreening.example")
    return dict(slug="altamira-drug-screen-appointment",
                items=[("01-drug-screen-registration.eml", eml)],
                label=L([], "easy", "negative/drug-test",
                        "Post-offer pre-employment drug screen appointment; not an interview."))


@case
def c22():
    sent = T(2026, 11, 16, 11, 30, LA, "Mon", "-0800", 0)
    start = T(2026, 11, 19, 9, 20, LA, "Thu", "-0800")
    end = start + timedelta(minutes=20)
    text = (
        "Appointment confirmed\n\n"
        "Gaming Employee Registration - fingerprinting and photo\n\n"
        "Applicant: DARNELL PRICE\n"
        "Sponsoring employer: Altamira Resort & Casino\n"
        "Date: Thursday, November 19, 2026\n"
        "Time: 9:20 AM\n"
        "Location: Gaming Registration Office, 4100 Example Paradise Rd, Suite 110, Las Vegas, NV 89169\n\n"
        "Bring: unexpired government photo ID, Social Security card, the employer referral letter, and the "
        "registration fee. Your fingerprints will be submitted for a background check; you will receive your "
        "registration card by mail once approved.\n\n"
        "Arrive 10 minutes early. Missed appointments must be rebooked online.")
    uid = f"gereg-{h('c22u')[:14]}@nvgaming-registration.example"
    ev = vevent(uid, start, end, "Gaming Employee Registration - fingerprinting", "America/Los_Angeles",
                organizer=("Gaming Registration Office", "appointments@nvgaming-registration.example"),
                attendees=[attendee(OWNER_NAME, OWNER, "ACCEPTED", rsvp="FALSE")],
                description="Fingerprinting and photo for gaming employee registration. Bring photo ID, SS card, "
                            "employer referral letter, fee.",
                location="Gaming Registration Office, 4100 Example Paradise Rd, Suite 110, Las Vegas", stamp=sent)
    cal = vcal("-//NV Gaming Registration//Appointments//EN", "REQUEST", [ev], ["America/Los_Angeles"])
    body = mpart("mixed", [tpart(text, "plain", "quoted-printable"), ics_attach(cal, "appointment.ics", "text/calendar")],
                 "c22", "java")
    eml = message("c22", sent, fa("Gaming Employee Registration", "appointments@nvgaming-registration.example"),
                  "Appointment confirmed: Gaming Employee Registration - Thu Nov 19, 9:20 AM", body, to=OWNER,
                  msgid=mid("c22", "x", "nvgaming-registration.example"), host="mail.nvgaming-registration.example")
    return dict(slug="altamira-gaming-registration-fingerprints",
                items=[("01-gaming-registration-appointment.eml", eml)],
                label=L([], "medium", "negative/government-appointment",
                        "Gaming employee registration fingerprint appointment with .ics (owner as ATTENDEE); not an interview."))


@case
def c23():
    lorraine = ("Lorraine Kim", "lkim@altamiralv.example")
    sent = T(2026, 11, 17, 8, 0, LA, "Tue", "-0800", 9)
    start = T(2026, 11, 30, 8, 0, LA, "Mon", "-0800")
    end = T(2026, 11, 30, 16, 30, LA, "Mon", "-0800")
    text = (
        "Welcome to Altamira, Darnell!\n\n"
        "Congratulations again on accepting our offer for Director of Food & Beverage. We can't wait to have "
        "you on the team.\n\n"
        "Your first day is Monday, November 30, 2026, starting with New Team Member Orientation from 8:00 AM to "
        "4:30 PM in the Training Center (Team Member Entrance, lower level). A calendar hold is attached.\n\n"
        "Before then, please complete these onboarding tasks in Workday:\n"
        "  - Form I-9, Section 1 (bring your documents on day one)\n"
        "  - Direct deposit and tax withholding\n"
        "  - Uniform and locker request\n"
        "  - Review and acknowledge the Team Member Handbook\n\n"
        "Questions? Lorraine Kim in Human Resources is your onboarding contact.\n\n"
        "Altamira Resort & Casino - Human Resources")
    uid = f"orientation-{h('c23u')[:14]}@altamiralv.example"
    ev = vevent(uid, start, end, "New Team Member Orientation - Altamira Resort & Casino", "America/Los_Angeles",
                organizer=lorraine, attendees=[attendee(OWNER_NAME, OWNER)],
                description="Day one: New Team Member Orientation. Bring I-9 documents.",
                location="Altamira Training Center, lower level", stamp=sent)
    cal = vcal("-//Workday//Onboarding//EN", "REQUEST", [ev], ["America/Los_Angeles"])
    body = mpart("mixed", [alt_text_html("c23", text, "base64", "quoted-printable", "java"),
                           ics_attach(cal, "orientation.ics", "text/calendar")], "c23/mixed", "java")
    eml = message("c23", sent, fa("Altamira Resort & Casino", "altamira@myworkday.com"),
                  "Welcome to Altamira! Your New Team Member Orientation", body, to=OWNER,
                  msgid=mid("c23", "x", "myworkday.com"), host="smtp-out.myworkday.com")
    return dict(slug="altamira-workday-orientation",
                items=[("01-workday-welcome-orientation.eml", eml)],
                label=L([], "medium", "negative/onboarding",
                        "Post-offer onboarding orientation with calendar hold; not an interview."))


# ============================================================================= output
TZ_NOTES = [
    ("05", "'tomorrow at 2' resolved against Date Tue Oct 13 -0700 -> Wed Oct 14 14:00 PDT (-07:00)."),
    ("06", "HireVue mails dated -0600 (MDT); live interview .ics in UTC 21:00Z = Thu Nov 12 13:00 PST (-08:00)."),
    ("07", "Phoenix (America/Phoenix, MST all year): Oct 20 14:00 Arizona = 14:00 in Las Vegas (both -07:00); "
           "Nov 4 10:00 Arizona = 09:00 PST after Nevada falls back Nov 1."),
    ("10", "Harri .ics TZID America/Los_Angeles, Sat Oct 24 16:00-20:00 PDT."),
    ("11", "Exchange TZID 'Pacific Standard Time' with body label '(UTC-08:00)' although Oct 27 is PDT (-07:00); "
           "update (same UID, SEQUENCE 1) moves to Tue Nov 3 11:00 PST (-08:00), across the Nov 1 change."),
    ("12", "iCIMS .ics in UTC: 22:00Z = Thu Oct 29 15:00 PDT."),
    ("13", "Cancelled Fri Oct 30 13:00 PDT; new booking Mon Nov 2 13:00 PST (clocks fell back Sun Nov 1)."),
    ("16", "'Thu, Nov 5 . 10a-11a PT' in a mail sent Oct 30 (PDT) -> 10:00-11:00 PST (-08:00)."),
    ("17", "Mails dated -0800 (after Nov 1); Sat 11/7 3p moved to Sun 11/8 10a PST."),
    ("18", "Three Outlook invites with Windows TZID for Tue Nov 10 (PST); loop 09:00-13:00 -08:00."),
    ("19", "Calendar API event Nov 9 08:30-09:00 -08:00, timeZone America/Los_Angeles."),
    ("21", "Vendor mail dated -0600 (CST, after US fall-back) for an 08:00 PST appointment."),
]


def write_readme(labels, counts):
    n = len(labels)
    pos = sum(1 for v in labels.values() if v["interview"])
    ivs = [i for v in labels.values() for i in v["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    lines = [
        "# blind292: Las Vegas hospitality and casino operations management (written blind)",
        "",
        "Mailbox owner: Darnell Price <darnell.price@example.com>, Henderson, Nevada "
        "(America/Los_Angeles: PDT until Nov 1 2026, then PST). He applies for restaurant general manager, "
        "front-office manager, food-and-beverage director and guest-services roles at Strip and local casinos, "
        "a restaurant group, a hotel management company and a Phoenix resort.",
        "",
        "This set was written blind: only the eval README and two dev files were read for the format; "
        "no tool code, tests or other sets were consulted.",
        "",
        "## What it stresses",
        "- Hourly-style short notes vs corporate HR/ATS templates (Paradox/Olivia, Harri, Indeed, Workday, iCIMS, HireVue).",
        "- One-way HireVue (negative) vs live HireVue (positive), in the same case.",
        "- Working interview / stage shift as a booked interview; open walk-in hiring event as a negative.",
        "- Post-offer look-alikes: drug screen, gaming-registration fingerprints, onboarding orientation.",
        "- Owner as interviewer at his current job; a staff meeting he runs; food handler card class.",
        "- Dates across the US Nov 1 2026 fall-back and the Phoenix (no DST) offset change.",
        "- Brand name vs legal employer in a signature (case 04: Salt & Ash / Cinder Hospitality Group, LLC).",
        "",
        "## Counts",
        f"- Cases: {n} ({pos} positive, {n - pos} negative)",
        f"- Labelled interviews: {len(ivs)} (by status: "
        + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items())) + "; by kind: "
        + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())) + ")",
        f"- Items: {counts['eml']} .eml, {counts['ics']} .ics, {counts['json']} .gcal.json",
        "",
        "## Formats used",
        "- Google Calendar invitations (multipart/mixed: text/plain base64, text/html QP, text/calendar REQUEST, invite.ics): cases 01, 07.",
        "- Exchange/Teams invites (Windows TZID 'Pacific Standard Time', X-MICROSOFT-CDO-*, '(UTC-08:00)' label): cases 11, 18.",
        "- ATS/vendor mails with .ics attachments: HireVue (06), iCIMS REQUEST/CANCEL (12), Paradox (13), Harri (09), "
        "event/appointment/onboarding .ics (03, 22, 23).",
        "- Standalone .ics: case 10. Calendar API .gcal.json: cases 19, 20.",
        "- Plain human threads with In-Reply-To/References (04, 17); text/plain and HTML in QP, base64 and 7bit.",
        "",
        "## Time-zone / DST points",
    ]
    lines += [f"- Case {c}: {t}" for c, t in TZ_NOTES]
    (OUT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    _dst_checks()
    for p in sorted(OUT.glob("b292-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    counts = {"eml": 0, "ics": 0, "json": 0}
    for i, fn in enumerate(CASES, 1):
        c = fn()
        folder = OUT / f"b292-{i:02d}-{c['slug']}"
        folder.mkdir()
        for name, data in c["items"]:
            assert name[:3] in {f"{k:02d}-" for k in range(1, 10)}, name
            if isinstance(data, str):
                data = data.encode("utf-8")
            (folder / name).write_bytes(data)
            counts["eml" if name.endswith(".eml") else "ics" if name.endswith(".ics") else "json"] += 1
        labels[folder.name] = c["label"]
    header = "# Labels for blind292 (written blind). Schema: /work/shared/eval/README.md\n"
    body = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False)
    (OUT / "labels.yaml").write_text(header + body, encoding="utf-8")
    write_readme(labels, counts)
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
