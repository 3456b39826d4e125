#!/usr/bin/env python3
"""Generate the blind329 evaluation set (written blind).

Theme: Atlanta hourly / frontline job search (warehouse, patient care tech, grocery assistant
store manager, CDL-A driving, remote call center). Mailbox owner: Jasmine Carter.
Deletes and rewrites every b329-* case folder plus labels.yaml and README.md next to this script.
Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run.
"""
import base64
import hashlib
import json
import quopri
import shutil
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind329-atl-frontline"
OWNER = "jasmine.carter@example.com"
OWNER_NAME = "Jasmine Carter"
ET = ZoneInfo("America/New_York")
CT = ZoneInfo("America/Chicago")
AZ = ZoneInfo("America/Phoenix")
UTC = timezone.utc
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# ----------------------------------------------------------------------------------------------
# deterministic ids
# ----------------------------------------------------------------------------------------------
def hx(*parts, n=32):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def b32ish(*parts, n=20):
    raw = hashlib.sha256("|".join((SEED, "b32") + tuple(parts)).encode()).digest()
    return base64.b32encode(raw).decode().lower().rstrip("=")[:n]


def uuidish(*parts):
    h = hx(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def mid_gmail(tag):
    raw = hashlib.sha256((SEED + "gm" + tag).encode()).digest()
    return "<CA" + base64.b64encode(raw).decode().replace("/", "_").rstrip("=")[:42] + "@mail.gmail.com>"


def mid_outlook(tag):
    h = hx("ol", tag).upper()
    return f"<BN8PR11MB{h[:4]}{h[4:20]}@BN8PR11MB{h[20:24]}.namprd11.prod.outlook.com>"


def mid_plain(tag, domain):
    return f"<{hx('mid', tag, n=24)}@{domain}>"


def boundary(tag, style="google"):
    h = hx("bnd", tag)
    if style == "google":
        return "000000000000" + h[:16]
    if style == "outlook":
        return "_000_" + h[:24].upper() + "namp_"
    return "----=_Part_" + str(int(h[:8], 16) % 900000 + 100000) + "_" + str(int(h[8:16], 16) % 90000000) + "." + h[16:29]


def ip(tag):
    h = int(hx("ip", tag, n=8), 16)
    return f"203.0.113.{h % 250 + 2}"


def msoutlook_uid(tag):
    return "040000008200E00074C5B7101A82E00800000000" + hx("uid", tag).upper()[:16] + "0000000000000000100000" + hx("uid2", tag).upper()[:32]


# ----------------------------------------------------------------------------------------------
# checked date helpers (every date's weekday and UTC offset is asserted)
# ----------------------------------------------------------------------------------------------
def T(s, tz, wd, off):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    d = datetime.strptime(s, fmt).replace(tzinfo=tz)
    assert WD[d.weekday()] == wd, (s, wd, WD[d.weekday()])
    secs = int(d.utcoffset().total_seconds())
    sign = "+" if secs >= 0 else "-"
    got = f"{sign}{abs(secs) // 3600:02d}:{abs(secs) % 3600 // 60:02d}"
    assert got == off, (s, str(tz), off, got)
    return d


def check_dst_rules():
    def off(tz, s):
        return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz)).utcoffset().total_seconds() / 3600
    # US 2026: Mar 8 / Nov 1
    assert off("America/New_York", "2026-03-07 12:00") == -5 and off("America/New_York", "2026-03-09 12:00") == -4
    assert off("America/New_York", "2026-10-31 12:00") == -4 and off("America/New_York", "2026-11-01 03:00") == -5
    assert off("America/Chicago", "2026-10-31 12:00") == -5 and off("America/Chicago", "2026-11-01 03:00") == -6
    # Phoenix: no DST
    assert off("America/Phoenix", "2026-07-01 12:00") == -7 and off("America/Phoenix", "2026-12-01 12:00") == -7
    # EU/UK 2026: Mar 29 / Oct 25 (not used by this set's events, asserted for completeness)
    assert off("Europe/London", "2026-03-28 12:00") == 0 and off("Europe/London", "2026-03-30 12:00") == 1
    assert off("Europe/London", "2026-10-24 12:00") == 1 and off("Europe/London", "2026-10-26 12:00") == 0
    assert WD[datetime(2026, 11, 1).weekday()] == "Sun" and WD[datetime(2026, 3, 8).weekday()] == "Sun"


def rfc(d):
    return format_datetime(d)


def iso(d):
    return d.isoformat()


def ics_local(d):
    return d.strftime("%Y%m%dT%H%M%S")


def ics_utc(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def gtime(d):
    h = d.hour % 12 or 12
    ap = "am" if d.hour < 12 else "pm"
    return f"{h}{ap}" if d.minute == 0 else f"{h}:{d.minute:02d}{ap}"


def ustime(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def longdate(d):
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")


# ----------------------------------------------------------------------------------------------
# MIME builders (built with \n, written with CRLF)
# ----------------------------------------------------------------------------------------------
def leaf(ct, content, enc, extra=()):
    if enc == "quoted-printable":
        body = quopri.encodestring(content.replace("\r\n", "\n").encode("utf-8")).decode("ascii")
    elif enc == "base64":
        data = content if isinstance(content, bytes) else content.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
        b = base64.b64encode(data).decode("ascii")
        body = "\n".join(b[i:i + 76] for i in range(0, len(b), 76))
    else:
        body = content.replace("\r\n", "\n")
    hdrs = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {enc}"] + list(extra)
    return (hdrs, body)


def mp(subtype, parts, tag, style="google"):
    b = boundary(tag, style)
    out = []
    for ph, pb in parts:
        out.append(f"--{b}\n" + "\n".join(ph) + "\n\n" + pb.rstrip("\n") + "\n")
    body = "\n".join(out) + f"--{b}--\n"
    return ([f'Content-Type: multipart/{subtype}; boundary="{b}"'], body)


def plain(text, enc="quoted-printable", fmt=""):
    return leaf(f'text/plain; charset="UTF-8"{fmt}', text, enc)


def html(text, enc="quoted-printable"):
    return leaf('text/html; charset="UTF-8"', text, enc)


def ics_attach(ics_text, name, method=None, disposition=True):
    ct = f'application/ics; name="{name}"' if method is None else f'text/calendar; charset="UTF-8"; method={method}; name="{name}"'
    extra = [f'Content-Disposition: attachment; filename="{name}"'] if disposition else []
    return leaf(ct, ics_text, "base64", extra)


def received(host, tag, d):
    return ("Received", f"from {host} ({host} [{ip(tag)}])\n        by mx1.example.com with ESMTPS id {hx('rcv', tag, n=12)}\n"
                        f"        for <{OWNER}>; {rfc(d)}")


def write_eml(path, hdrs, part):
    ph, pb = part
    lines = [f"Delivered-To: {OWNER}"] + [f"{k}: {v}" for k, v in hdrs] + ["MIME-Version: 1.0"] + ph
    text = "\n".join(lines) + "\n\n" + pb
    path.write_bytes(text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"))


def H(frm, to, subject, date, mid, cc=None, reply_to=None, irt=None, refs=None, extra=(), host="mail.example.net", tag=None):
    hdrs = [received(host, tag or mid, date.astimezone(ET))]
    hdrs += list(extra)
    hdrs.append(("From", frm))
    hdrs.append(("To", to))
    if cc:
        hdrs.append(("Cc", cc))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("Subject", subject))
    hdrs.append(("Date", rfc(date)))
    hdrs.append(("Message-ID", mid))
    if irt:
        hdrs.append(("In-Reply-To", irt))
    if refs:
        hdrs.append(("References", refs))
    return hdrs


def html_wrap(paras, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"):
    body = "\n".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paras)
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body><div style="{style}">\n{body}\n</div></body></html>\n'


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ----------------------------------------------------------------------------------------------
# iCalendar
# ----------------------------------------------------------------------------------------------
def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
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


def itext(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ = {
    "America/New_York": """BEGIN:VTIMEZONE
TZID:America/New_York
X-LIC-LOCATION:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE""",
    "America/Chicago": """BEGIN:VTIMEZONE
TZID:America/Chicago
X-LIC-LOCATION:America/Chicago
BEGIN:DAYLIGHT
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
TZNAME:CDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE""",
    "Eastern Standard Time": """BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
    "US Mountain Standard Time": """BEGIN:VTIMEZONE
TZID:US Mountain Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0700
TZOFFSETTO:-0700
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0700
TZOFFSETTO:-0700
END:DAYLIGHT
END:VTIMEZONE""",
}


def vcal(prodid, method, vevent_lines, tzid=None, extra_head=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if prodid.startswith("-//Google"):
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(extra_head)
    if tzid:
        lines += VTZ[tzid].split("\n")
    lines += ["BEGIN:VEVENT"] + vevent_lines + ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE", google=False):
    if google:
        return f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name};X-NUM-GUESTS=0:mailto:{email}"
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}:mailto:{email}"


def valarm(minutes=30, desc="Reminder"):
    return ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{desc}", f"TRIGGER:-PT{minutes}M", "END:VALARM"]


# ----------------------------------------------------------------------------------------------
# Google Calendar invitation e-mail
# ----------------------------------------------------------------------------------------------
def google_invite(path, *, tag, organizer, guests, summary, start, end, sent, description, location="",
                  uid, seq=0, kind="Invitation", meet=True, created=None, reply_to=None, tzname="Eastern Time - New York"):
    oname, oemail = organizer
    abbr = start.strftime("%Z")
    when_subj = f"{start.strftime('%a %b')} {start.day}, {start.year} {gtime(start)} - {gtime(end)} ({abbr})"
    subject = f"{kind}: {summary} @ {when_subj} ({OWNER})"
    meet_code = f"{b32ish(tag, 'm1', n=3)}-{b32ish(tag, 'm2', n=4)}-{b32ish(tag, 'm3', n=3)}"
    when_line = f"{start.strftime('%A %b')} {start.day}, {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)}"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    txt = []
    if kind != "Invitation":
        txt.append("This event has been updated\nChanged: time\n")
    txt.append(f"{summary}\n{when_line}\n{tzname}\n")
    if location:
        txt.append(f"Location\n{location}\n")
    if meet:
        txt.append(f"Join with Google Meet\nhttps://meet.google.com/{meet_code}\n")
    g = "\n".join(f"{n}{' - organizer' if e == oemail else ''}\n{e}" for n, e in guests)
    txt.append(f"Organizer\n{oname}\n{oemail}\n\nGuests\n{g}\nView all guest info {view}\n")
    txt.append(description + "\n")
    txt.append(f"Reply for {OWNER} and view more details {view}\n")
    txt.append("~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
               "You are receiving this email because you are an attendee on the event.\n\n"
               "Forwarding this invitation could allow any recipient to send a response to the organizer, "
               "be added to the guest list, invite others regardless of their own invitation status, or modify "
               "your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    text = "\n".join(txt)
    hp = [f"<p>{'<b>This event has been updated</b><br>Changed: time<br>' if kind != 'Invitation' else ''}"
          f"<b>{esc(summary)}</b><br>{when_line}<br>{tzname}</p>"]
    if location:
        hp.append(f"<p>Location<br>{esc(location)}</p>")
    if meet:
        hp.append(f'<p>Join with Google Meet<br><a href="https://meet.google.com/{meet_code}">meet.google.com/{meet_code}</a></p>')
    hp.append(f"<p>Organizer<br>{esc(oname)}<br>{oemail}</p>")
    hp.append("<p>Guests<br>" + "<br>".join(f"{esc(n)}{' - organizer' if e == oemail else ''}<br>{e}" for n, e in guests) + "</p>")
    hp += [f"<p>{esc(line)}</p>" for line in description.split("\n\n")]
    hp.append(f'<p>Reply for {OWNER} and <a href="{esc(view)}">view more details</a></p>')
    hp.append('<p style="color:#70757a;font-size:12px">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</p>')
    htm = html_wrap(hp, style="font-family:Roboto,Helvetica,Arial,sans-serif")
    stamp = sent.astimezone(UTC)
    ev = [f"DTSTART;TZID={start.tzinfo.key}:{ics_local(start)}", f"DTEND;TZID={start.tzinfo.key}:{ics_local(end)}",
          f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}", f"ORGANIZER;CN={oname}:mailto:{oemail}", f"UID:{uid}"]
    for n, e in guests:
        ps = "ACCEPTED" if e == oemail else "NEEDS-ACTION"
        ev.append(att(n, e, ps, rsvp="TRUE", google=True))
    ev += [f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(hx('appt', uid, n=7), 16)}",
           f"CREATED:{ics_utc(created or sent)}",
           "DESCRIPTION:" + itext(description + (f"\n\nJoin with Google Meet: https://meet.google.com/{meet_code}" if meet else "")),
           f"LAST-MODIFIED:{ics_utc(sent)}", "LOCATION:" + itext(location), f"SEQUENCE:{seq}", "STATUS:CONFIRMED",
           "SUMMARY:" + itext(summary), "TRANSP:OPAQUE"] + valarm(30, "This is an event reminder")
    cal = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", ev, tzid=start.tzinfo.key)
    alt = mp("alternative", [plain(text, "base64", '; format=flowed; delsp=yes'), html(htm),
                             leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, "7bit")], tag + "alt")
    body = mp("mixed", [alt, ics_attach(cal, "invite.ics")], tag + "mix")
    hdrs = H(f"{oname} <{oemail}>", OWNER, subject, sent, f"<calendar-{uuidish(tag)}@google.com>",
             reply_to=reply_to or f"{oname} <{oemail}>", host="mail-sor-f41.google.com", tag=tag,
             extra=[("Return-Path", f"<{b32ish(tag, 'rp', n=22)}@calendar-server.bounces.google.com>"),
                    ("Sender", "Google Calendar <calendar-notification@google.com>")])
    write_eml(path, hdrs, body)


# ----------------------------------------------------------------------------------------------
# Exchange / Teams invitation e-mail
# ----------------------------------------------------------------------------------------------
def teams_block(tag):
    mid = int(hx("teams", tag, n=12), 16) % 10 ** 12
    mids = f"{str(mid)[:3]} {str(mid)[3:6]} {str(mid)[6:9]} {str(mid)[9:12]}"
    pw = b32ish(tag, "pw", n=6).upper()[:2] + b32ish(tag, "pw2", n=4)
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b32ish(tag, 'tm', n=40)}%40thread.v2/0"
    txt = ("_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
           f"Click here to join the meeting<{url}>\nMeeting ID: {mids}\nPasscode: {pw}\n"
           "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
           "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n" + "_" * 80)
    return txt, url


def outlook_invite(path, *, tag, organizer, attendees, summary, start, end, sent, body_text, location, uid, tzid,
                   label, seq=0, method="REQUEST", subject=None, teams=True, optional=(), importance="1",
                   to_line=None, cc_line=None):
    oname, oemail = organizer
    when = (f"When: {start.strftime('%A, %B')} {start.day}, {start.year} {ustime(start)}-{ustime(end)}. {label}")
    if method == "CANCEL":
        when = f"When: {start.strftime('%A, %B')} {start.day}, {start.year} {ustime(start)}-{ustime(end)}. {label}"
    tb, turl = teams_block(tag) if teams else ("", "")
    text = f"{when}\nWhere: {location}\n\n{'*~*~*~*~*~*~*~*~*~*' if method == 'REQUEST' else ''}\n\n{body_text}\n\n{tb}\n"
    hp = [f"<p>{esc(when)}<br>Where: {esc(location)}</p>", "<p>*~*~*~*~*~*~*~*~*~*</p>" if method == "REQUEST" else ""]
    hp += [f"<p>{esc(p)}</p>".replace("\n", "<br>\n") for p in body_text.split("\n\n")]
    if teams:
        hp.append(f'<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F">{"_" * 60}</span></div>'
                  f'<div><b>Microsoft Teams meeting</b><br>Join on your computer, mobile app or room device<br>'
                  f'<a href="{turl}">Click here to join the meeting</a></div>')
    htm = html_wrap([p for p in hp if p], style="font-family:Aptos,Calibri,sans-serif;font-size:11pt")
    stamp = sent.astimezone(UTC)
    ev = []
    ev.append(f"ORGANIZER;CN={oname}:mailto:{oemail}")
    for n, e in attendees:
        ev.append(att(n, e))
    for n, e in optional:
        ev.append(att(n, e, role="OPT-PARTICIPANT"))
    ev.append("DESCRIPTION;LANGUAGE=en-US:" + itext(body_text + ("\n\n" + tb if teams else "")))
    ev.append(f"UID:{uid}")
    ev.append("SUMMARY;LANGUAGE=en-US:" + itext(("Canceled: " if method == "CANCEL" else "") + summary))
    ev.append(f"DTSTART;TZID={tzid}:{ics_local(start)}")
    ev.append(f"DTEND;TZID={tzid}:{ics_local(end)}")
    ev += ["CLASS:PUBLIC", f"PRIORITY:{1 if method == 'CANCEL' else 5}", f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
           "TRANSP:" + ("TRANSPARENT" if method == "CANCEL" else "OPAQUE"),
           "STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"), f"SEQUENCE:{seq}",
           "LOCATION;LANGUAGE=en-US:" + itext(location),
           f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
           f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx('oid', uid, n=7), 16)}",
           "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
           "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
           "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{importance}",
           "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
           "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
           "X-MICROSOFT-LOCATIONS:" + json.dumps([{"DisplayName": location, "LocationAnnotation": "", "LocationSource": 0,
                                                    "LocationUri": "", "LocationStreet": "", "LocationCity": "",
                                                    "LocationState": "", "LocationCountry": "", "LocationPostalCode": "",
                                                    "LocationFullAddress": ""}], separators=(",", ":"))]
    if method == "REQUEST":
        ev += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    cal = vcal("Microsoft Exchange Server 2010", method, ev, tzid=tzid)
    body = mp("alternative", [plain(text, "quoted-printable"), html(htm, "quoted-printable"),
                              leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64")], tag, "outlook")
    subj = subject or (("Canceled: " if method == "CANCEL" else "") + summary)
    tindex = base64.b64encode(bytes.fromhex(hx("ti", tag, n=44))).decode()
    hdrs = H(f"{oname} <{oemail}>", to_line or f"{OWNER_NAME} <{OWNER}>", subj, sent, mid_outlook(tag), cc=cc_line,
             host="mail-bn8nam11on2072.outbound.protection.outlook.com", tag=tag,
             extra=[("Thread-Topic", summary), ("Thread-Index", tindex), ("Accept-Language", "en-US"),
                    ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                    ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA=")])
    write_eml(path, hdrs, body)


def gvoice(path, *, tag, number, digits, text, sent, thread_n):
    """Google Voice 'New text message' forward of an SMS to the owner's e-mail."""
    addr = f"1{digits}.14045550137.{b32ish(tag, 'gv', n=10)}@txt.voice.google.com"
    plain_txt = (f"{text}\n\n"
                 "YOUR ACCOUNT <https://voice.google.com> HELP CENTER\n<https://support.google.com/voice#topic=1707989> HELP FORUM\n"
                 "<https://productforums.google.com/forum/#!forum/voice>\n"
                 "To respond to this text message, reply to this email or visit Google Voice\n<https://voice.google.com>.\n\n"
                 "You received this message because you're a Google Voice user. Google LLC\n1600 Amphitheatre Parkway, Mountain View CA 94043 USA\n")
    htm = html_wrap([f"<p>{esc(text)}</p>".replace("\n", "<br>"),
                     '<p style="font-size:11px;color:#666">To respond to this text message, reply to this email or visit '
                     '<a href="https://voice.google.com">Google Voice</a>.</p>'])
    body = mp("alternative", [plain(plain_txt, "quoted-printable"), html(htm, "quoted-printable")], tag)
    hdrs = H(f'"{number}" <{addr}>', f"{OWNER_NAME} <{OWNER}>", f"New text message from {number}", sent,
             f"<{hx('gvmid', tag, n=20)}.{thread_n}@txt.voice.google.com>", host="mail-sor-f69.google.com", tag=tag,
             extra=[("Return-Path", f"<{addr}>")])
    write_eml(path, hdrs, body)


def lbl(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco

# ==============================================================================================
# people
# ==============================================================================================
PL = "peachlinelogistics.example"
KEISHA = ("Keisha Moore", f"keisha.moore@{PL}")
BRANDON = ("Brandon Ellis", f"brandon.ellis@{PL}")
CR = "crmchealth.example"
TAMIKA = ("Tamika Washington", f"twashington@{CR}")
LORETTA = ("Loretta Simmons", f"lsimmons@{CR}")
ANDRE = ("Andre Pham", f"apham@{CR}")
RENITA = ("Renita Hall", f"rhall@{CR}")
KAREN = ("Karen Whitfield", f"kwhitfield@{CR}")
GERALD = ("Gerald Fontaine", f"gfontaine@{CR}")
FW = "freshwaymarkets.example"
DERRICK = ("Derrick Owens", f"derrick.owens@{FW}")
ANGELA = ("Angela Ruiz", f"angela.ruiz@{FW}")
RC = "redclayfreight.example"
TRAVIS = ("Travis Boone", f"tboone@{RC}")
CURTIS = ("Curtis Lyle", f"clyle@{RC}")
SC = "saguaroconnect.example"
ROSA = ("Rosa Delgado", f"rosa.delgado@{SC}")
DALE = ("Dale Whitaker", f"dwhitaker@{SC}")
ME = (OWNER_NAME, OWNER)


def na(p):
    return f"{p[0]} <{p[1]}>"


# ==============================================================================================
# 01  Paradox "Olivia" texts (forwarded by Google Voice) + Paradox confirmation e-mail with .ics
# ==============================================================================================
@case("b329-01-olivia-texts-warehouse-interview")
def c01(d):
    s1 = T("2026-10-16 18:12:40", ET, "Fri", "-04:00")
    gvoice(d / "01-text-olivia-interview-times.eml", tag="c01a", number="(470) 555-0148", digits="4705550148", sent=s1, thread_n=1,
           text="Peachline Logistics: Hi Jasmine! It's Olivia, Peachline's virtual recruiting assistant. Thanks for applying "
                "for Warehouse Associate (Nights) at our ATL2 building in Union City. The hiring team would like to meet you "
                "in person. Which time works?\n1) Tue 10/20 2:30 PM\n2) Wed 10/21 9:00 AM\n3) Show me more times\n"
                "Reply 1, 2 or 3. Msg & data rates may apply. Reply STOP to opt out.")
    s2 = T("2026-10-16 18:14:05", ET, "Fri", "-04:00")
    gvoice(d / "02-text-olivia-reply-c.eml", tag="c01b", number="(470) 555-0148", digits="4705550148", sent=s2, thread_n=2,
           text="Peachline Logistics: Interview confirmed: Tue 10/20 at 2:30 PM ET with Marcus Bell (Operations Mgr). "
                "ATL2, 4500 Westgate Pkwy SW, Union City GA 30291 - check in at the Gate 3 guard shack. "
                "Bring 2 forms of ID (ex: driver's license + Social Security card). Reply C to confirm or R to reschedule.")
    s3 = T("2026-10-16 18:15:31", ET, "Fri", "-04:00")
    gvoice(d / "03-text-olivia-all-set.eml", tag="c01c", number="(470) 555-0148", digits="4705550148", sent=s3, thread_n=3,
           text="Peachline Logistics: Thanks Jasmine, you're all set! The sit-down plus a quick walk of the floor runs about "
                "30 min, so come 10 min early. I'll text a reminder Monday.")
    st = T("2026-10-20 14:30", ET, "Tue", "-04:00")
    en = T("2026-10-20 15:00", ET, "Tue", "-04:00")
    s4 = T("2026-10-16 22:16:02", UTC, "Fri", "+00:00")
    txt = ("Hi Jasmine,\n\nYour in-person interview with Peachline Logistics is confirmed.\n\n"
           "Position: Warehouse Associate (Nights) - ATL2\n"
           "Date: Tuesday, October 20, 2026\nTime: 2:30 PM - 3:00 PM EDT\n"
           "Location: 4500 Westgate Pkwy SW, Union City, GA 30291 (Gate 3 guard shack)\n"
           "Interviewer: Marcus Bell, Operations Manager\n\n"
           "What to bring:\n- Two forms of ID (unexpired photo ID plus a Social Security card or birth certificate)\n"
           "- Closed-toe shoes; you'll walk the pick mod after the sit-down\n\n"
           "Questions about the job? Keisha Moore, Talent Acquisition Partner, can help: keisha.moore@peachlinelogistics.example\n"
           "Need a different time? Text R to (470) 555-0148 and I'll find you a new one.\n\n"
           "See you soon,\nOlivia\nPeachline Logistics Recruiting Assistant\n\n"
           "This mailbox is not monitored. Powered by Paradox.\n")
    htm = html_wrap(["<p>Hi Jasmine,</p>", "<p>Your in-person interview with <b>Peachline Logistics</b> is confirmed.</p>",
                     "<table cellpadding=\"4\" style=\"border-collapse:collapse\">"
                     "<tr><td><b>Position</b></td><td>Warehouse Associate (Nights) - ATL2</td></tr>"
                     "<tr><td><b>Date</b></td><td>Tuesday, October 20, 2026</td></tr>"
                     "<tr><td><b>Time</b></td><td>2:30 PM - 3:00 PM EDT</td></tr>"
                     "<tr><td><b>Location</b></td><td>4500 Westgate Pkwy SW, Union City, GA 30291 (Gate 3 guard shack)</td></tr>"
                     "<tr><td><b>Interviewer</b></td><td>Marcus Bell, Operations Manager</td></tr></table>",
                     "<p><b>What to bring:</b> two forms of ID (unexpired photo ID plus a Social Security card or birth certificate) "
                     "and closed-toe shoes; you'll walk the pick mod after the sit-down.</p>",
                     "<p>Questions about the job? Keisha Moore, Talent Acquisition Partner, can help: "
                     "<a href=\"mailto:keisha.moore@peachlinelogistics.example\">keisha.moore@peachlinelogistics.example</a><br>"
                     "Need a different time? Text R to (470) 555-0148 and I'll find you a new one.</p>",
                     "<p>See you soon,<br>Olivia<br>Peachline Logistics Recruiting Assistant</p>",
                     "<p style=\"font-size:11px;color:#888\">This mailbox is not monitored. Powered by Paradox.</p>"])
    ev = [f"UID:{hx('c01uid', n=26)}@paradox.ai", f"DTSTAMP:{ics_utc(s4)}",
          f"DTSTART;TZID=America/New_York:{ics_local(st)}", f"DTEND;TZID=America/New_York:{ics_local(en)}",
          "SUMMARY:Interview - Warehouse Associate (Nights) - Peachline Logistics",
          "DESCRIPTION:" + itext("In-person interview with Marcus Bell (Operations Manager). Check in at the Gate 3 guard shack. "
                                 "Bring two forms of ID."),
          "LOCATION:" + itext("4500 Westgate Pkwy SW, Union City, GA 30291"),
          "ORGANIZER;CN=Peachline Logistics:mailto:no-reply@paradox.ai", att(OWNER_NAME, OWNER, rsvp="FALSE"),
          "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE"]
    cal = vcal("-//Paradox//Olivia Scheduling//EN", "REQUEST", ev, tzid="America/New_York")
    body = mp("mixed", [mp("alternative", [plain(txt), html(htm, "base64")], "c01d-alt", "part"),
                        ics_attach(cal, "Interview.ics")], "c01d-mix", "part")
    write_eml(d / "04-paradox-interview-confirmation.eml",
              H("Peachline Logistics Hiring <no-reply@paradox.ai>", OWNER,
                "Interview Confirmation: Warehouse Associate (Nights) - Peachline Logistics", s4, mid_plain("c01d", "paradox.ai"),
                host="o3.email.paradox.ai", tag="c01d"), body)
    return dict(interview=True, interviews=[lbl("Peachline Logistics", "Warehouse Associate (Nights)", st, en, "scheduled", [], [KEISHA[1]], "hiring_manager")],
                difficulty="medium", category="positive/sms-forward-plus-ats-ics",
                notes="Paradox Olivia texts forwarded by Google Voice offer slots, then 'Interview confirmed: Tue 10/20 at 2:30 PM ET ... Reply C'; "
                      "the Paradox e-mail with .ics is the same interview (dedupe). Marcus Bell has no address, so follow-up goes to the recruiter named in the text.")


# ==============================================================================================
# 02  Open interview window (9-11 AM) but a slot IS reserved -> counts
# ==============================================================================================
@case("b329-02-open-interview-window-slot-reserved")
def c02(d):
    s1 = T("2026-10-12 14:05:33", UTC, "Mon", "+00:00")
    txt = ("Hi Jasmine,\n\nThanks for your interest in Forklift Operator (2nd Shift) at Peachline Logistics ATL5 in McDonough!\n\n"
           "Good news: you're invited to our open interviews. We hold them Monday through Friday between 9 and 11 AM at "
           "1200 Greenwood Industrial Pkwy, McDonough, GA 30253. Walk-ins are welcome, but candidates with a reserved time are "
           "seen first, so I'd recommend grabbing a spot:\n\nReserve your time: https://app.paradox.ai/r/peachline/" + hx("c02link", n=10) + "\n\n"
           "Please bring 2 forms of ID and your forklift certification card if you have one.\n\nOlivia\nPeachline Logistics Recruiting Assistant\n")
    htm = html_wrap(["<p>Hi Jasmine,</p>", "<p>Thanks for your interest in <b>Forklift Operator (2nd Shift)</b> at Peachline Logistics ATL5 in McDonough!</p>",
                     "<p>Good news: you're invited to our open interviews. We hold them <b>Monday through Friday between 9 and 11 AM</b> at "
                     "1200 Greenwood Industrial Pkwy, McDonough, GA 30253. Walk-ins are welcome, but candidates with a reserved time are seen first.</p>",
                     f"<p><a href=\"https://app.paradox.ai/r/peachline/{hx('c02link', n=10)}\" style=\"background:#f26b21;color:#fff;padding:10px 18px;text-decoration:none\">Reserve your time</a></p>",
                     "<p>Please bring 2 forms of ID and your forklift certification card if you have one.</p>",
                     "<p>Olivia<br>Peachline Logistics Recruiting Assistant</p>"])
    write_eml(d / "01-paradox-open-interview-invite.eml",
              H("Peachline Logistics Hiring <no-reply@paradox.ai>", OWNER, "You're invited: open interviews for Forklift Operator at Peachline ATL5",
                s1, mid_plain("c02a", "paradox.ai"), host="o3.email.paradox.ai", tag="c02a"),
              mp("alternative", [plain(txt), html(htm)], "c02a", "part"))
    s2 = T("2026-10-12 15:41:09", UTC, "Mon", "+00:00")
    st = T("2026-10-15 09:30", ET, "Thu", "-04:00")
    txt2 = ("Hi Jasmine, you're booked!\n\n"
            "I reserved the 9:30 AM spot in Thursday's open interview window for you:\n\n"
            "    Thursday, October 15, 2026 - 9:30 AM Eastern\n    Peachline Logistics ATL5, 1200 Greenwood Industrial Pkwy, McDonough, GA 30253\n\n"
            "When you get there, tell the front desk you have a reserved time and they'll take you ahead of the walk-in line. "
            "You'll interview with one of the 2nd shift supervisors and may be asked to do a short equipment check on a sit-down forklift.\n\n"
            "Questions before Thursday? Brandon Ellis (HR Generalist, ATL5) can help at brandon.ellis@peachlinelogistics.example.\n"
            "Can't make it? Reply R to my text and I'll move you.\n\nOlivia\n")
    write_eml(d / "02-paradox-reserved-time.eml",
              H("Peachline Logistics Hiring <no-reply@paradox.ai>", OWNER, "Reserved: Thursday 10/15 at 9:30 AM - Peachline ATL5 open interview",
                s2, mid_plain("c02b", "paradox.ai"), host="o3.email.paradox.ai", tag="c02b"),
              plain(txt2, "base64"))
    return dict(interview=True, interviews=[lbl("Peachline Logistics", "Forklift Operator (2nd Shift)", st, None, "scheduled", [], [BRANDON[1]], "other")],
                difficulty="hard", category="positive/booked-slot-in-walk-in-window",
                notes="Open interview window 9-11 AM alone would not count, but the candidate reserved the 9:30 AM slot (time only in the body, no duration). "
                      "Interviewer unnamed; follow-up to the HR generalist given in the text.")


# ==============================================================================================
# 03  Workstream blast: open interviews, walk in 9-11, nothing booked -> negative
# ==============================================================================================
@case("b329-03-walk-in-open-interviews-not-booked")
def c03(d):
    s = T("2026-10-07 21:30:12", UTC, "Wed", "+00:00")
    txt = ("FreshWay Markets Edgewood (#214) is hiring!\n\n"
           "Hi Jasmine,\n\nWe're staffing up for the holidays: cashiers, stockers, deli and bakery clerks and department leads. "
           "Stop by for an open interview this Saturday, October 10, anytime between 9 and 11 AM. No appointment needed - walk in, "
           "fill out a quick form and meet a manager on the spot.\n\n"
           "Where: 1372 Memorial Dr SE, Atlanta, GA 30317 (use the side entrance by the pharmacy)\n"
           "Bring: 2 forms of ID\n\n"
           "Can't make it Saturday? Keep an eye on your texts for more dates.\n\n"
           "You're receiving this because you applied to a FreshWay Markets job. Reply STOP to our texts or click here to unsubscribe: "
           "https://app.workstream.us/unsubscribe/" + hx("c03u", n=12) + "\n")
    htm = html_wrap(["<h2 style=\"color:#2e7d32\">FreshWay Markets Edgewood (#214) is hiring!</h2>", "<p>Hi Jasmine,</p>",
                     "<p>We're staffing up for the holidays: cashiers, stockers, deli and bakery clerks and department leads. "
                     "Stop by for an <b>open interview this Saturday, October 10, anytime between 9 and 11 AM</b>. No appointment needed - "
                     "walk in, fill out a quick form and meet a manager on the spot.</p>",
                     "<p><b>Where:</b> 1372 Memorial Dr SE, Atlanta, GA 30317 (use the side entrance by the pharmacy)<br><b>Bring:</b> 2 forms of ID</p>",
                     "<p>Can't make it Saturday? Keep an eye on your texts for more dates.</p>",
                     "<p style=\"font-size:11px;color:#777\">You're receiving this because you applied to a FreshWay Markets job. "
                     f"<a href=\"https://app.workstream.us/unsubscribe/{hx('c03u', n=12)}\">Unsubscribe</a></p>"])
    write_eml(d / "01-workstream-open-interviews-saturday.eml",
              H("FreshWay Markets <no-reply@workstream.us>", OWNER, "Open interviews this Saturday 10/10, 9-11 AM - FreshWay Markets Edgewood",
                s, mid_plain("c03", "workstream.us"), host="o1.ptr2231.workstream.us", tag="c03"),
              mp("alternative", [plain(txt), html(htm)], "c03", "part"))
    return dict(interview=False, interviews=[], difficulty="hard", category="negative/walk-in-window-not-booked",
                notes="Mass Workstream blast for hourly open interviews with a 9-11 AM walk-in window; no slot is booked for the user.")


# ==============================================================================================
# 04  Workstream phone interview confirmation (store manager calls)
# ==============================================================================================
@case("b329-04-workstream-asm-phone-screen")
def c04(d):
    s = T("2026-10-12 19:03:11", UTC, "Mon", "+00:00")
    st = T("2026-10-14 11:00", ET, "Wed", "-04:00")
    en = T("2026-10-14 11:15", ET, "Wed", "-04:00")
    link = "https://app.workstream.us/r/" + hx("c04link", n=14)
    txt = ("Hi Jasmine,\n\nYour phone interview for Assistant Store Manager - Edgewood (#214) with FreshWay Markets is confirmed.\n\n"
           "When: Wed, Oct 14, 2026 at 11:00 AM EDT (15 minutes)\n"
           "Who: Derrick Owens, Store Manager\n"
           "How: Derrick will call you at (404) 555-0137\n\n"
           "A note from Derrick:\n\"Looking forward to talking, Jasmine. I'll mostly ask about your supervisor experience at Dollar Junction "
           "and whether you can cover opening and closing shifts. If anything comes up, email me at derrick.owens@freshwaymarkets.example. - Derrick\"\n\n"
           f"Need to change the time? {link}\n\nFreshWay Markets Hiring Team\nSent via Workstream\n")
    htm = html_wrap(["<p>Hi Jasmine,</p>",
                     "<p>Your phone interview for <b>Assistant Store Manager - Edgewood (#214)</b> with FreshWay Markets is confirmed.</p>",
                     "<p><b>When:</b> Wed, Oct 14, 2026 at 11:00 AM EDT (15 minutes)<br><b>Who:</b> Derrick Owens, Store Manager<br>"
                     "<b>How:</b> Derrick will call you at (404) 555-0137</p>",
                     "<blockquote style=\"border-left:3px solid #2e7d32;padding-left:8px\">Looking forward to talking, Jasmine. I'll mostly ask about "
                     "your supervisor experience at Dollar Junction and whether you can cover opening and closing shifts. If anything comes up, "
                     "email me at derrick.owens@freshwaymarkets.example. - Derrick</blockquote>",
                     f"<p><a href=\"{link}\">Reschedule</a></p>", "<p>FreshWay Markets Hiring Team<br><small>Sent via Workstream</small></p>"])
    write_eml(d / "01-workstream-phone-interview-confirmed.eml",
              H("FreshWay Markets <no-reply@workstream.us>", OWNER, "Your phone interview with FreshWay Markets is confirmed",
                s, mid_plain("c04", "workstream.us"), reply_to=na(DERRICK), host="o1.ptr2231.workstream.us", tag="c04"),
              mp("alternative", [plain(txt), html(htm, "base64")], "c04", "part"))
    return dict(interview=True, interviews=[lbl("FreshWay Markets", "Assistant Store Manager", st, en, "scheduled", [DERRICK[1]], [DERRICK[1]], "phone_screen")],
                difficulty="easy", category="positive/ats-email-body-only",
                notes="Workstream confirmation; the store manager who calls is the interviewer (address in Reply-To and in his note).")


# ==============================================================================================
# 05  Google Calendar invite, moved by e-mail, updated invite with same UID / SEQUENCE 1
# ==============================================================================================
@case("b329-05-store-interview-moved-to-friday")
def c05(d):
    uid = f"{b32ish('c05uid', n=26)}@google.com"
    guests = [DERRICK, ME]
    desc = ("In-person interview for the Assistant Store Manager role. We'll sit down in the office upstairs, then walk the floor "
            "together so you can see how we run receiving and the front end. Check in at the customer service desk and ask for me.\n\n"
            "Derrick Owens\nStore Manager, FreshWay Markets #214\n(404) 555-0162")
    loc = "FreshWay Markets #214, 1372 Memorial Dr SE, Atlanta, GA 30317, USA"
    s1 = T("2026-10-15 10:22:47", ET, "Thu", "-04:00")
    st1 = T("2026-10-22 10:00", ET, "Thu", "-04:00")
    en1 = T("2026-10-22 11:00", ET, "Thu", "-04:00")
    google_invite(d / "01-invitation-asm-interview.eml", tag="c05a", organizer=DERRICK, guests=guests,
                  summary="FreshWay ASM Interview - Jasmine Carter", start=st1, end=en1, sent=s1, description=desc, location=loc,
                  uid=uid, seq=0, meet=False)
    s2 = T("2026-10-21 07:48:19", ET, "Wed", "-04:00")
    m2 = mid_gmail("c05b")
    txt2 = ("Morning Jasmine,\n\nI hate to do this last minute, but we've got a reset crew and a full inventory count landing on us "
            "tomorrow morning and I won't be able to give you my full attention. Could we push your interview to Friday (10/23) at "
            "1:00 PM instead? Same place, same plan. I'll send an updated invite once you confirm.\n\nSorry for the shuffle,\nDerrick\n")
    write_eml(d / "02-derrick-can-we-move-it.eml",
              H(na(DERRICK), f"{OWNER_NAME} <{OWNER}>", "Tomorrow's interview - can we move it?", s2, m2, host="mail-yw1-f172.google.com", tag="c05b"),
              mp("alternative", [plain(txt2), html(html_wrap([p.replace("\n", "<br>") for p in txt2.strip().split("\n\n")]))], "c05b"))
    mj = mid_gmail("c05-jasmine")
    s3 = T("2026-10-21 09:12:55", ET, "Wed", "-04:00")
    txt3 = ("Thanks for being flexible. Updated invite is on its way.\n\n- D\n\n"
            "On Wed, Oct 21, 2026 at 8:31 AM Jasmine Carter <jasmine.carter@example.com> wrote:\n"
            "> Hi Derrick,\n> No problem at all, Friday at 1 works for me. See you then.\n> Jasmine\n>\n"
            "> On Wed, Oct 21, 2026 at 7:48 AM Derrick Owens <derrick.owens@freshwaymarkets.example> wrote:\n"
            ">> Morning Jasmine,\n>> I hate to do this last minute, but we've got a reset crew and a full inventory count\n"
            ">> landing on us tomorrow morning ... Could we push your interview to Friday (10/23) at 1:00 PM instead?\n")
    write_eml(d / "03-derrick-re-updated-invite-coming.eml",
              H(na(DERRICK), f"{OWNER_NAME} <{OWNER}>", "Re: Tomorrow's interview - can we move it?", s3, mid_gmail("c05c"),
                irt=mj, refs=f"{m2} {mj}", host="mail-yw1-f172.google.com", tag="c05c"),
              plain(txt3, "quoted-printable"))
    s4 = T("2026-10-21 09:14:30", ET, "Wed", "-04:00")
    st = T("2026-10-23 13:00", ET, "Fri", "-04:00")
    en = T("2026-10-23 14:00", ET, "Fri", "-04:00")
    google_invite(d / "04-updated-invitation-friday.eml", tag="c05d", organizer=DERRICK, guests=guests,
                  summary="FreshWay ASM Interview - Jasmine Carter", start=st, end=en, sent=s4, description=desc, location=loc,
                  uid=uid, seq=1, kind="Updated invitation", meet=False, created=s1)
    return dict(interview=True, interviews=[lbl("FreshWay Markets", "Assistant Store Manager", st, en, "scheduled", [DERRICK[1]], [DERRICK[1]], "hiring_manager")],
                difficulty="hard", category="positive/reschedule-sequence",
                notes="Google invite Thu 10/22 10am, store manager asks by e-mail to move to Friday 1 PM, updated invite same UID SEQUENCE:1; one interview at the final time.")


# ==============================================================================================
# 06  District manager final: proposed "tomorrow at 2", confirmed in thread (after DST end)
# ==============================================================================================
@case("b329-06-district-manager-final-tomorrow-at-2")
def c06(d):
    s1 = T("2026-11-02 16:45:03", ET, "Mon", "-05:00")
    m1 = mid_gmail("c06a")
    txt1 = ("Hi Jasmine,\n\nSorry it took a bit to get back to you after your interview on the 23rd - we had to wait on headcount approval "
            "from the district. Good news: it came through.\n\nBefore we put an offer together, our district manager Angela Ruiz (copied here) "
            "would like to sit down with you. She's visiting stores this week and can do tomorrow at 2 here at Edgewood, or Wednesday "
            "morning around 9:30. Which one works better for you?\n\nDerrick\n\n--\nDerrick Owens | Store Manager\nFreshWay Markets #214 | (404) 555-0162\n")
    write_eml(d / "01-derrick-meet-the-district-manager.eml",
              H(na(DERRICK), f"{OWNER_NAME} <{OWNER}>", "Next step - meeting Angela (District Manager)", s1, m1, cc=na(ANGELA),
                host="mail-yw1-f172.google.com", tag="c06a"),
              mp("alternative", [plain(txt1), html(html_wrap([p.replace("\n", "<br>") for p in txt1.strip().split("\n\n")]))], "c06a"))
    mj = mid_gmail("c06-jasmine")
    s2 = T("2026-11-02 17:31:40", ET, "Mon", "-05:00")
    m2 = mid_gmail("c06b")
    txt2 = ("Great - you're set for tomorrow at 2. Angela will meet you at the customer service desk; plan on about 45 minutes. "
            "Bring a copy of your resume and a couple of references, and your ServSafe manager card if you have it handy.\n\nDerrick\n\n"
            "On Mon, Nov 2, 2026 at 5:09 PM Jasmine Carter <jasmine.carter@example.com> wrote:\n"
            "> Hi Derrick and Angela,\n>\n> Thank you! Tomorrow at 2 works best for me. Should I bring anything?\n>\n> Jasmine\n")
    write_eml(d / "02-derrick-re-set-for-tomorrow.eml",
              H(na(DERRICK), f"{OWNER_NAME} <{OWNER}>", "Re: Next step - meeting Angela (District Manager)", s2, m2, cc=na(ANGELA),
                irt=mj, refs=f"{m1} {mj}", host="mail-yw1-f172.google.com", tag="c06b"),
              plain(txt2))
    s3 = T("2026-11-02 19:05:22", ET, "Mon", "-05:00")
    txt3 = ("Hi Jasmine - looking forward to meeting you tomorrow afternoon. Derrick speaks highly of you. I'll be the one in the green "
            "FreshWay fleece.\n\nAngela Ruiz\nDistrict Manager, Atlanta East\n\nSent from my iPhone\n")
    write_eml(d / "03-angela-see-you-tomorrow.eml",
              H(na(ANGELA), f"{OWNER_NAME} <{OWNER}>", "Re: Next step - meeting Angela (District Manager)", s3, mid_plain("c06c", "freshwaymarkets.example"),
                cc=na(DERRICK), irt=m2, refs=f"{m1} {mj} {m2}", host="mail-yw1-f172.google.com", tag="c06c"),
              plain(txt3, "base64"))
    st = T("2026-11-03 14:00", ET, "Tue", "-05:00")
    en = T("2026-11-03 14:45", ET, "Tue", "-05:00")
    return dict(interview=True, interviews=[lbl("FreshWay Markets", "Assistant Store Manager", st, en, "scheduled", [ANGELA[1]], [ANGELA[1]], "hiring_manager")],
                difficulty="hard", category="positive/thread-propose-confirm-relative-date",
                notes="'tomorrow at 2' proposed Mon Nov 2 (EST, day after US DST end) and confirmed later in the thread -> Tue Nov 3 14:00-05:00, ~45 min; "
                      "the district manager conducts it.")


# ==============================================================================================
# 07  Exchange phone screen cancelled (METHOD:CANCEL), re-booked as a NEW event
# ==============================================================================================
@case("b329-07-hospital-phone-screen-cancelled-rebooked")
def c07(d):
    lab = "(UTC-05:00) Eastern Time (US & Canada)"
    sig = ("Tamika Washington\nTalent Acquisition Specialist | Nursing Recruitment\nChattahoochee Regional Medical Center\n(678) 555-0119")
    uid1 = msoutlook_uid("c07-first")
    s1 = T("2026-10-08 15:20:44", ET, "Thu", "-04:00")
    st1 = T("2026-10-13 11:00", ET, "Tue", "-04:00")
    en1 = T("2026-10-13 11:30", ET, "Tue", "-04:00")
    body1 = ("Hi Jasmine,\n\nThank you for applying for the Patient Care Technician position on 5 West (Med/Surg) at Chattahoochee Regional "
             "Medical Center. I've set up a 30-minute phone screen so we can go over your CNA/PCT experience, your BLS status and the "
             "7p-7a schedule. I will call you at (404) 555-0137 at the time above.\n\n" + sig)
    outlook_invite(d / "01-phone-screen-invite.eml", tag="c07a", organizer=TAMIKA, attendees=[ME], summary="Phone Screen: Patient Care Technician (5 West) - Jasmine Carter",
                   start=st1, end=en1, sent=s1, body_text=body1, location="Phone call - (404) 555-0137", uid=uid1,
                   tzid="Eastern Standard Time", label=lab, teams=False)
    s2 = T("2026-10-12 17:52:10", ET, "Mon", "-04:00")
    outlook_invite(d / "02-canceled-phone-screen.eml", tag="c07b", organizer=TAMIKA, attendees=[ME], summary="Phone Screen: Patient Care Technician (5 West) - Jasmine Carter",
                   start=st1, end=en1, sent=s2, method="CANCEL", seq=1, uid=uid1, tzid="Eastern Standard Time", label=lab, teams=False,
                   location="Phone call - (404) 555-0137",
                   body_text="Jasmine, I have to cancel tomorrow's call - I'll be out of the office unexpectedly. I'm sorry for the short notice; "
                             "I'll send you a new time as soon as I'm back.\n\nTamika")
    s3 = T("2026-10-13 08:10:02", ET, "Tue", "-04:00")
    st = T("2026-10-15 14:00", ET, "Thu", "-04:00")
    en = T("2026-10-15 14:30", ET, "Thu", "-04:00")
    outlook_invite(d / "03-new-phone-screen-invite.eml", tag="c07c", organizer=TAMIKA, attendees=[ME], summary="PCT 5 West Phone Screen - Jasmine Carter",
                   start=st, end=en, sent=s3, uid=msoutlook_uid("c07-second"), tzid="Eastern Standard Time", label=lab, teams=False,
                   location="Phone call - (404) 555-0137",
                   body_text="Hi Jasmine,\n\nHere's a new time for the call we had to drop. Same format - I'll call your cell. If 2:00 on Thursday "
                             "doesn't work, just reply and we'll find another slot. Thanks for your patience!\n\n" + sig)
    return dict(interview=True,
                interviews=[lbl("Chattahoochee Regional Medical Center", "Patient Care Technician - Med/Surg (5 West)", st1, en1, "cancelled", [TAMIKA[1]], [TAMIKA[1]], "phone_screen"),
                            lbl("Chattahoochee Regional Medical Center", "Patient Care Technician - Med/Surg (5 West)", st, en, "scheduled", [TAMIKA[1]], [TAMIKA[1]], "phone_screen")],
                difficulty="hard", category="positive/cancel-then-new-event",
                notes="Exchange invite (Windows TZID 'Eastern Standard Time', '(UTC-05:00)' label in October = EDT) cancelled with METHOD:CANCEL, then a NEW "
                      "invite with a different UID -> two entries (cancelled + scheduled). Recruiter does the screen.")


# ==============================================================================================
# 08  HireVue one-way (not counted) then Workday-scheduled live video with the nurse manager
# ==============================================================================================
@case("b329-08-hirevue-then-nurse-manager-video")
def c08(d):
    s1 = T("2026-10-16 13:30:05", UTC, "Fri", "+00:00")
    link = "https://app.hirevue.com/interviews/" + b32ish("c08hv", n=24)
    txt1 = ("Hi Jasmine,\n\nThank you for your interest in Chattahoochee Regional Medical Center. As the next step for Patient Care Technician - "
            "Med/Surg (5 West), please complete an on-demand video interview through HireVue.\n\n"
            "How it works: each question appears on screen and you record your answer. Nobody from CRMC joins live, and you can "
            "do it whenever it suits you. Plan on about 20 minutes.\n\n"
            "Please complete it by Monday, October 19, 2026 at 11:59 PM ET.\n\n"
            f"Start your interview: {link}\n\nBest of luck,\nCRMC Talent Acquisition\n\nHireVue, Inc. | Privacy Notice\n")
    htm1 = html_wrap(["<p>Hi Jasmine,</p>", "<p>Thank you for your interest in Chattahoochee Regional Medical Center. As the next step for "
                      "<b>Patient Care Technician - Med/Surg (5 West)</b>, please complete an on-demand video interview through HireVue.</p>",
                      "<p>How it works: each question appears on screen and you record your answer. Nobody from CRMC joins live, and you "
                      "can do it whenever it suits you. Plan on about 20 minutes.</p>",
                      "<p>Please complete it by <b>Monday, October 19, 2026 at 11:59 PM ET</b>.</p>",
                      f"<p><a href=\"{link}\">Start your interview</a></p>", "<p>Best of luck,<br>CRMC Talent Acquisition</p>"])
    write_eml(d / "01-hirevue-on-demand-invite.eml",
              H("Chattahoochee Regional Medical Center <noreply@hirevue.com>", OWNER,
                "Next step: on-demand video interview for Patient Care Technician", s1, mid_plain("c08a", "hirevue.com"),
                host="mta-12.hirevue.com", tag="c08a"),
              mp("alternative", [plain(txt1), html(htm1)], "c08a", "part"))
    s2 = T("2026-10-20 13:12:48", UTC, "Tue", "+00:00")
    st = T("2026-10-21 15:00", ET, "Wed", "-04:00")
    en = T("2026-10-21 15:30", ET, "Wed", "-04:00")
    teams_txt, turl = teams_block("c08teams")
    txt2 = ("Hello Jasmine,\n\nThank you for completing your video interview. An interview has been scheduled for the following position:\n\n"
            "Job Requisition: R-0048213 Patient Care Technician - Med/Surg (5 West)\n"
            "Date: Wednesday, October 21, 2026\nTime: 3:00 PM - 3:30 PM Eastern Time\n"
            "Interview Type: Video (Microsoft Teams)\n"
            "Interviewer: Loretta Simmons, RN, MSN - Nurse Manager, 5 West (lsimmons@crmchealth.example)\n\n"
            f"Join: {turl}\n\nA calendar file is attached. Please do not reply to this message. If you have questions, contact your "
            "recruiter, Tamika Washington, at twashington@crmchealth.example.\n\nChattahoochee Regional Medical Center\nTalent Acquisition\n")
    ev = [f"UID:{hx('c08uid')}@myworkday.com", f"DTSTAMP:{ics_utc(s2)}", f"DTSTART:{ics_utc(st)}", f"DTEND:{ics_utc(en)}",
          "SUMMARY:Interview: Patient Care Technician - Med/Surg (5 West) - Jasmine Carter",
          "DESCRIPTION:" + itext(f"Video interview with Loretta Simmons, Nurse Manager 5 West.\nJoin Microsoft Teams: {turl}"),
          "LOCATION:Microsoft Teams", "ORGANIZER;CN=CRMC Careers:mailto:crmchealth@myworkday.com",
          att(OWNER_NAME, OWNER), att(LORETTA[0], LORETTA[1]), "SEQUENCE:0", "STATUS:CONFIRMED"]
    cal = vcal("-//Workday//Workday Recruiting//EN", "REQUEST", ev)
    write_eml(d / "02-workday-interview-scheduled.eml",
              H("CRMC Careers <crmchealth@myworkday.com>", OWNER, "Interview Scheduled: Patient Care Technician - Med/Surg (5 West)",
                s2, mid_plain("c08b", "myworkday.com"), host="smtp-out-7.myworkday.com", tag="c08b"),
              mp("mixed", [mp("alternative", [plain(txt2), html(html_wrap([p.replace("\n", "<br>") for p in txt2.strip().split("\n\n")]), "base64")], "c08b-alt", "part"),
                           ics_attach(cal, "interview.ics", method="REQUEST")], "c08b-mix", "part"))
    return dict(interview=True, interviews=[lbl("Chattahoochee Regional Medical Center", "Patient Care Technician - Med/Surg (5 West)", st, en, "scheduled",
                                                [LORETTA[1]], [LORETTA[1]], "hiring_manager")],
                difficulty="hard", category="positive/one-way-video-then-live",
                notes="HireVue on-demand (one-way) video is not an interview; the Workday-scheduled Teams interview with the nurse manager is. "
                      "Workday .ics uses UTC (19:00Z = 3:00 PM EDT).")


# ==============================================================================================
# 09  Hospital hiring day sent as three Exchange invites (one onsite), after the DST change
# ==============================================================================================
@case("b329-09-hospital-hiring-day-three-invites")
def c09(d):
    lab = "(UTC-05:00) Eastern Time (US & Canada)"
    loc = "CRMC Tower B, 5th Floor, Conference Room 5-112"
    parts = [
        ("01-invite-panel-nurse-manager-charge-nurse.eml", "c09a", "2026-11-04 08:30", "2026-11-04 09:00",
         "CRMC Hiring Day (1 of 3): Panel Interview with Nurse Manager & Charge Nurse - Jasmine Carter", [ME, LORETTA, ANDRE],
         "Hi Jasmine,\n\nCongratulations on moving forward to our PCT Hiring Day! Your morning is three short sessions; you'll get a separate "
         "invite for each one. This first one is a panel with Loretta Simmons (Nurse Manager, 5 West) and Andre Pham (Charge Nurse, nights).\n\n"
         "Please arrive by 8:15 AM and pick up a visitor badge at the Tower B information desk, 1040 Riverside Pkwy, Atlanta, GA 30339. "
         "Bring 2 forms of ID and a copy of your BLS card. Scrubs or business casual are both fine.\n\nTamika Washington\nTalent Acquisition Specialist, CRMC"),
        ("02-invite-peer-interview-pct-team.eml", "c09b", "2026-11-04 09:00", "2026-11-04 09:30",
         "CRMC Hiring Day (2 of 3): Peer Interview - 5 West PCT Team - Jasmine Carter", [ME, RENITA],
         "Session two: a peer conversation with Renita Hall, one of our senior PCTs on 5 West. Expect questions about real situations on "
         "the floor (turning and repositioning, vitals, working with a busy RN) and plenty of time for your own questions.\n\nTamika"),
        ("03-invite-director-of-nursing.eml", "c09c", "2026-11-04 09:45", "2026-11-04 10:15",
         "CRMC Hiring Day (3 of 3): Meet the Director of Nursing - Jasmine Carter", [ME, KAREN],
         "Last stop after a short break: a conversation with Karen Whitfield, Director of Nursing for Medical/Surgical Services. "
         "After this you're free to go; we aim to make decisions by the end of the week.\n\nTamika"),
    ]
    sent = ["2026-10-27 11:02:15", "2026-10-27 11:04:40", "2026-10-27 11:06:58"]
    for (fn, tag, a, b, summ, atts, body), s in zip(parts, sent):
        outlook_invite(d / fn, tag=tag, organizer=TAMIKA, attendees=atts, summary=summ,
                       start=T(a, ET, "Wed", "-05:00"), end=T(b, ET, "Wed", "-05:00"), sent=T(s, ET, "Tue", "-04:00"),
                       body_text=body, location=loc, uid=msoutlook_uid(tag), tzid="Eastern Standard Time", label=lab, teams=False)
    st = T("2026-11-04 08:30", ET, "Wed", "-05:00")
    en = T("2026-11-04 10:15", ET, "Wed", "-05:00")
    ivs = [LORETTA[1], ANDRE[1], RENITA[1], KAREN[1]]
    return dict(interview=True, interviews=[lbl("Chattahoochee Regional Medical Center", "Patient Care Technician - Med/Surg (5 West)", st, en, "scheduled", ivs, ivs, "onsite")],
                difficulty="hard", category="positive/onsite-several-invites",
                notes="Hiring day sent as three Exchange invites on Tue Oct 27 (EDT) for Wed Nov 4 (EST, after US DST end): one onsite 08:30-10:15-05:00 "
                      "with all interviewers; the recruiter only organizes.")


# ==============================================================================================
# 10  Workday rejection for a different requisition
# ==============================================================================================
@case("b329-10-hospital-unit-secretary-rejection")
def c10(d):
    s = T("2026-10-29 20:40:31", UTC, "Thu", "+00:00")
    txt = ("Dear Jasmine,\n\nThank you for your interest in the Unit Secretary - Emergency Department position (R-0047760) at Chattahoochee "
           "Regional Medical Center, and for the time you took to speak with our team.\n\n"
           "After careful consideration, we have decided to move forward with other candidates whose experience more closely matches "
           "the needs of the department at this time. This decision applies only to this requisition; any other applications you have "
           "with CRMC remain active.\n\nWe encourage you to keep an eye on our careers site for future openings.\n\n"
           "Sincerely,\nTalent Acquisition\nChattahoochee Regional Medical Center\n\nThis is an automated message. Please do not reply.\n")
    write_eml(d / "01-workday-application-update.eml",
              H("CRMC Careers <crmchealth@myworkday.com>", OWNER, "Update on your application: Unit Secretary - Emergency Department",
                s, mid_plain("c10", "myworkday.com"), host="smtp-out-7.myworkday.com", tag="c10"),
              mp("alternative", [plain(txt), html(html_wrap([p.replace("\n", "<br>") for p in txt.strip().split("\n\n")]))], "c10", "part"))
    return dict(interview=False, interviews=[], difficulty="medium", category="negative/rejection",
                notes="Workday rejection that refers to a past conversation; nothing scheduled.")


# ==============================================================================================
# 11  Fountain phone screen (CDT) + ride-along (CST) by e-mail and Calendar API event: two interviews
# ==============================================================================================
@case("b329-11-cdl-phone-screen-and-ride-along")
def c11(d):
    s1 = T("2026-10-22 17:26:40", UTC, "Thu", "+00:00")
    st1 = T("2026-10-26 10:00", CT, "Mon", "-05:00")
    en1 = T("2026-10-26 10:20", CT, "Mon", "-05:00")
    link = "https://redclayfreight.fountain.com/apply/reschedule/" + hx("c11r", n=16)
    txt = ("Hi Jasmine,\n\nThanks for applying to drive with Red Clay Freight Lines! Your phone screen for CDL-A Regional Driver (Southeast) is booked.\n\n"
           "Monday, October 26, 2026\n10:00 AM - 10:20 AM CDT (Central Time)\n\n"
           "Your recruiter, Travis Boone, will call you from (205) 555-0184. Please have these handy:\n"
           "- CDL-A number, state and expiration date\n- DOT medical card expiration date\n"
           "- Employers for the last 3 years and any accidents or moving violations\n\n"
           f"Need to reschedule? {link}\n\nRed Clay Freight Lines Driver Recruiting\nBirmingham, AL\n")
    htm = html_wrap(["<p>Hi Jasmine,</p>", "<p>Thanks for applying to drive with <b>Red Clay Freight Lines</b>! Your phone screen for "
                     "<b>CDL-A Regional Driver (Southeast)</b> is booked.</p>",
                     "<p style=\"font-size:16px\"><b>Monday, October 26, 2026<br>10:00 AM - 10:20 AM CDT (Central Time)</b></p>",
                     "<p>Your recruiter, Travis Boone, will call you from (205) 555-0184. Please have these handy:</p>",
                     "<ul><li>CDL-A number, state and expiration date</li><li>DOT medical card expiration date</li>"
                     "<li>Employers for the last 3 years and any accidents or moving violations</li></ul>",
                     f"<p><a href=\"{link}\">Need to reschedule?</a></p>", "<p>Red Clay Freight Lines Driver Recruiting<br>Birmingham, AL</p>"])
    ev = [f"UID:{uuidish('c11uid')}@fountain.com", f"DTSTAMP:{ics_utc(s1)}", f"DTSTART;TZID=America/Chicago:{ics_local(st1)}",
          f"DTEND;TZID=America/Chicago:{ics_local(en1)}", "SUMMARY:Phone Screen - Red Clay Freight Lines",
          "DESCRIPTION:" + itext("Travis Boone will call you from (205) 555-0184."), "LOCATION:Phone",
          f"ORGANIZER;CN=Travis Boone:mailto:{TRAVIS[1]}", att(OWNER_NAME, OWNER), "STATUS:CONFIRMED", "SEQUENCE:0"]
    cal = vcal("-//Fountain//Scheduler//EN", "REQUEST", ev, tzid="America/Chicago")
    write_eml(d / "01-fountain-phone-screen-booked.eml",
              H("Red Clay Freight Lines <no-reply@fountain.com>", OWNER, "Your phone screen with Red Clay Freight Lines is booked",
                s1, mid_plain("c11a", "fountain.com"), reply_to=na(TRAVIS), host="o7.sendgrid.fountain.com", tag="c11a"),
              mp("mixed", [mp("alternative", [plain(txt), html(htm)], "c11a-alt", "part"), ics_attach(cal, "phone-screen.ics")], "c11a-mix", "part"))
    s2 = T("2026-10-27 08:05:51", CT, "Tue", "-05:00")
    st2 = T("2026-11-05 06:00", CT, "Thu", "-06:00")
    en2 = T("2026-11-05 10:00", CT, "Thu", "-06:00")
    txt2 = ("Jasmine,\n\nGood talking with you yesterday. You're moving on to the ride-along.\n\n"
            "You'll ride with Curtis Lyle (copied), one of our driver trainers, on a short Birmingham - Anniston - Birmingham loop so he can see "
            "your pre-trip, coupling and city driving. He's the one who decides if you're road-ready, so treat it like your interview.\n\n"
            "When: Thursday 11/5, report 6:00 AM Central to the driver lounge\nWhere: Red Clay terminal, 3100 Finley Blvd, Birmingham, AL 35207\n"
            "How long: figure about 4 hours, back by 10:00\n\n"
            "Clocks fall back this Sunday, so double-check your alarm. Before the ride-along you'll need a clean DOT pre-employment drug "
            "screen - you'll get a separate email with the clinic appointment. We'll cover a room Wednesday night; text me when you're on the road.\n\n"
            "Travis Boone\nDriver Recruiter | Red Clay Freight Lines\n(205) 555-0184\n")
    write_eml(d / "02-travis-ride-along-next-week.eml",
              H(na(TRAVIS), f"{OWNER_NAME} <{OWNER}>", "Ride-along next Thursday", s2, mid_outlook("c11b"), cc=na(CURTIS),
                host="mail-dm6nam12on2101.outbound.protection.outlook.com", tag="c11b"),
              mp("alternative", [plain(txt2), html(html_wrap([p.replace("\n", "<br>") for p in txt2.strip().split("\n\n")], "font-family:Calibri,sans-serif"))], "c11b", "outlook"))
    eid = b32ish("c11gcal", n=26)
    ev_json = {
        "kind": "calendar#event", "etag": f"\"{int(hx('c11etag', n=13), 16)}\"", "id": eid, "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-27T13:10:04.000Z", "updated": "2026-10-27T13:11:52.418Z",
        "summary": "Ride-along (CDL-A road interview) - Jasmine Carter",
        "description": "Report 6:00 AM CT to the driver lounge. Ride with Curtis Lyle (driver trainer). Pre-trip, coupling, city + highway. Bring CDL and DOT med card.",
        "location": "Red Clay Freight Lines, 3100 Finley Blvd, Birmingham, AL 35207, USA",
        "creator": {"email": TRAVIS[1], "displayName": TRAVIS[0]},
        "organizer": {"email": TRAVIS[1], "displayName": TRAVIS[0]},
        "start": {"dateTime": "2026-11-05T06:00:00-06:00", "timeZone": "America/Chicago"},
        "end": {"dateTime": "2026-11-05T10:00:00-06:00", "timeZone": "America/Chicago"},
        "iCalUID": f"{eid}@google.com", "sequence": 0,
        "attendees": [
            {"email": TRAVIS[1], "displayName": TRAVIS[0], "organizer": True, "responseStatus": "accepted"},
            {"email": CURTIS[1], "displayName": CURTIS[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    assert ev_json["start"]["dateTime"] == iso(st2) and ev_json["end"]["dateTime"] == iso(en2)
    (d / "03-ride-along-event.gcal.json").write_text(json.dumps(ev_json, indent=2) + "\n", encoding="utf-8")
    return dict(interview=True,
                interviews=[lbl("Red Clay Freight Lines", "CDL-A Regional Driver (Southeast)", st1, en1, "scheduled", [TRAVIS[1]], [TRAVIS[1]], "phone_screen"),
                            lbl("Red Clay Freight Lines", "CDL-A Regional Driver (Southeast)", st2, en2, "scheduled", [CURTIS[1]], [CURTIS[1]], "other")],
                difficulty="hard", category="positive/two-interviews-across-dst",
                notes="Fountain phone screen Mon Oct 26 10:00 CDT (-05:00) and a ride-along (counts as interview) Thu Nov 5 06:00 CST (-06:00), "
                      "after the Nov 1 change; the ride-along appears in the e-mail and in a Calendar API event (one interview).")

# ==============================================================================================
# 12  DOT pre-employment drug screen appointment with .ics -> negative
# ==============================================================================================
@case("b329-12-dot-drug-screen-appointment")
def c12(d):
    s = T("2026-10-28 15:02:17", UTC, "Wed", "+00:00")
    st = T("2026-10-30 08:15", ET, "Fri", "-04:00")
    en = T("2026-10-30 08:45", ET, "Fri", "-04:00")
    order = "RC-" + str(int(hx("c12order", n=8), 16) % 10 ** 7)
    txt = ("Hi Jasmine,\n\nAs part of your application for CDL-A Regional Driver, a DOT pre-employment drug test has been scheduled for you.\n\n"
           "Appointment: Friday, October 30, 2026 at 8:15 AM Eastern\n"
           "Clinic: Peachtree Occupational Health, 1080 Spring St NW, Suite 120, Atlanta, GA 30309\n"
           f"Authorization / Order #: {order}\n\n"
           "Bring a government-issued photo ID and this order number. Please don't drink large amounts of fluid beforehand, and allow "
           "about 30 minutes. Results are sent directly to Red Clay's Designated Employer Representative, usually within 2 business days.\n\n"
           "Questions? Reply to Travis Boone at tboone@redclayfreight.example.\n\nRed Clay Freight Lines Safety & Compliance\n")
    ev = [f"UID:{uuidish('c12uid')}@fountain.com", f"DTSTAMP:{ics_utc(s)}", f"DTSTART;TZID=America/New_York:{ics_local(st)}",
          f"DTEND;TZID=America/New_York:{ics_local(en)}", "SUMMARY:DOT Drug Screen - Peachtree Occupational Health",
          "DESCRIPTION:" + itext(f"Pre-employment DOT drug test. Order # {order}. Bring photo ID."),
          "LOCATION:" + itext("1080 Spring St NW, Suite 120, Atlanta, GA 30309"),
          "ORGANIZER;CN=Red Clay Freight Lines:mailto:no-reply@fountain.com", att(OWNER_NAME, OWNER, rsvp="FALSE"), "STATUS:CONFIRMED"]
    cal = vcal("-//Fountain//Scheduler//EN", "REQUEST", ev, tzid="America/New_York")
    write_eml(d / "01-fountain-drug-screen-scheduled.eml",
              H("Red Clay Freight Lines <no-reply@fountain.com>", OWNER, "Action required: DOT pre-employment drug screen appointment",
                s, mid_plain("c12", "fountain.com"), reply_to=na(TRAVIS), host="o7.sendgrid.fountain.com", tag="c12"),
              mp("mixed", [mp("alternative", [plain(txt), html(html_wrap([p.replace("\n", "<br>") for p in txt.strip().split("\n\n")]))], "c12-alt", "part"),
                           ics_attach(cal, "drug-screen.ics")], "c12-mix", "part"))
    return dict(interview=False, interviews=[], difficulty="hard", category="negative/drug-test-appointment",
                notes="Timed appointment with .ics from the same ATS and employer as a real interview, but it is a drug test, not an interview.")


# ==============================================================================================
# 13  Calendly phone screen; host in Phoenix, times shown in Eastern, .ics in UTC
# ==============================================================================================
@case("b329-13-calendly-call-center-phone-screen")
def c13(d):
    s = T("2026-10-13 21:40:26", UTC, "Tue", "+00:00")
    st = T("2026-10-16 10:00", ET, "Fri", "-04:00")
    en = T("2026-10-16 10:15", ET, "Fri", "-04:00")
    assert st.astimezone(AZ).hour == 7
    txt = ("Hi Jasmine Carter,\n\nA new event has been scheduled.\n\n"
           "Event Type:\nSaguaro Connect - 15 Min Phone Screen\n\nEvent Host:\nRosa Delgado\n\n"
           "Invitee:\nJasmine Carter\njasmine.carter@example.com\n\n"
           "Event Date/Time:\n10:00am - 10:15am (Eastern Time - US & Canada), Friday, October 16, 2026\n\n"
           "Location:\nRosa will call you at +1 404-555-0137\n\n"
           "Questions:\nWhich role are you applying for?\nRemote Customer Care Representative\n\n"
           "Description:\nQuick intro call about our remote Customer Care Representative openings. Heads up: I'm in Phoenix and "
           "we stay on Arizona time all year, but Calendly shows the time in your own time zone.\n\n"
           "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/" + uuidish("c13c") + "\n"
           "Reschedule: https://calendly.com/reschedulings/" + uuidish("c13r") + "\n\nPowered by Calendly.com\n")
    htm = html_wrap([f"<p>{esc(p)}</p>".replace("\n", "<br>") for p in txt.strip().split("\n\n")])
    ev = [f"DTSTART:{ics_utc(st)}", f"DTEND:{ics_utc(en)}", f"DTSTAMP:{ics_utc(s)}",
          f"ORGANIZER;CN=Rosa Delgado:mailto:{ROSA[1]}", f"UID:{uuidish('c13uid')}",
          att(OWNER_NAME, OWNER, "ACCEPTED", rsvp="FALSE"),
          "DESCRIPTION:" + itext("Event Name: Saguaro Connect - 15 Min Phone Screen\n\nLocation: Rosa will call you at +1 404-555-0137"),
          "LOCATION:+1 404-555-0137", "SEQUENCE:0", "STATUS:CONFIRMED",
          "SUMMARY:Jasmine Carter and Rosa Delgado", "TRANSP:OPAQUE"]
    cal = vcal("-//Calendly//Calendly//EN", "REQUEST", ev)
    write_eml(d / "01-calendly-confirmed-phone-screen.eml",
              H("Calendly <notifications@calendly.com>", OWNER,
                "Confirmed: Saguaro Connect - 15 Min Phone Screen with Rosa Delgado on Friday, October 16, 2026", s,
                mid_plain("c13", "calendly.com"), reply_to=na(ROSA), host="o1.email.calendly.com", tag="c13"),
              mp("mixed", [mp("alternative", [plain(txt), html(htm)], "c13-alt", "part"), ics_attach(cal, "invite.ics", method="REQUEST")], "c13-mix", "part"))
    return dict(interview=True, interviews=[lbl("Saguaro Connect", "Remote Customer Care Representative", st, en, "scheduled", [ROSA[1]], [ROSA[1]], "phone_screen")],
                difficulty="medium", category="positive/calendly-cross-timezone",
                notes="Calendly shows 10:00am Eastern (EDT) for a Phoenix host (07:00 MST, no DST); .ics in UTC (14:00Z). Recruiter is the interviewer.")


# ==============================================================================================
# 14  Virtual hiring event: slot reserved, Arizona time only
# ==============================================================================================
@case("b329-14-virtual-hiring-event-slot-arizona-time")
def c14(d):
    s1 = T("2026-10-19 11:20:37", AZ, "Mon", "-07:00")
    m1 = mid_gmail("c14a")
    txt1 = ("Hi Jasmine,\n\nThanks for the great chat on Friday! I'd like to invite you to our Virtual Hiring Event on Thursday, October 29. "
            "It runs 8:00 AM - 2:00 PM Arizona time. You'll join a short welcome session, then meet one-on-one with a team lead for a "
            "20-minute live interview over Zoom.\n\n"
            "Slots go quickly, so please reserve one here: https://saguaroconnect.example/hiring-event/oct29\n\n"
            "FYI, Arizona doesn't do daylight saving time, so right now we're 3 hours behind Atlanta (it'll be 2 after Nov 1).\n\n"
            "Rosa Delgado\nRecruiter | Saguaro Connect\nPhoenix, AZ | (602) 555-0171\n")
    write_eml(d / "01-rosa-hiring-event-invite.eml",
              H(na(ROSA), f"{OWNER_NAME} <{OWNER}>", "Saguaro Connect Virtual Hiring Event - grab your interview slot", s1, m1,
                host="mail-pj1-f49.google.com", tag="c14a"),
              mp("alternative", [plain(txt1), html(html_wrap([p.replace("\n", "<br>") for p in txt1.strip().split("\n\n")]))], "c14a"))
    s2 = T("2026-10-19 12:02:44", AZ, "Mon", "-07:00")
    st = T("2026-10-29 10:30", AZ, "Thu", "-07:00")
    en = T("2026-10-29 10:50", AZ, "Thu", "-07:00")
    assert st.astimezone(ET).hour == 13
    zid = int(hx("c14zoom", n=10), 16) % 10 ** 10 + 80000000000
    zs = str(zid)
    htm2 = html_wrap(["<h2 style=\"color:#b5532b\">You're registered!</h2>", "<p>Hi Jasmine,</p>",
                      "<p>Your live interview slot for the <b>Saguaro Connect Virtual Hiring Event</b> is reserved.</p>",
                      "<p><b>Thursday, October 29, 2026<br>10:30 AM - 10:50 AM Arizona time (MST)</b></p>",
                      f"<p>Zoom: <a href=\"https://zoom.us/j/{zs}\">https://zoom.us/j/{zs}</a><br>Meeting ID: {zs[:3]} {zs[3:7]} {zs[7:]}</p>",
                      "<p>This is a live interview with one of our team leads. Log on 5 minutes early to test your headset and camera, and "
                      "have a quiet spot ready, just like you would for a shift.</p>",
                      f"<p>Questions? Reply to your recruiter, Rosa Delgado, at <a href=\"mailto:{ROSA[1]}\">{ROSA[1]}</a>.</p>",
                      "<p>Saguaro Connect Talent Team</p>"])
    write_eml(d / "02-event-slot-reserved.eml",
              H("Saguaro Connect Events <events@saguaroconnect.example>", OWNER, "Reserved: your interview slot - Virtual Hiring Event 10/29",
                s2, mid_plain("c14b", "saguaroconnect.example"), host="smtp.saguaroconnect.example", tag="c14b"),
              html(htm2, "base64"))
    return dict(interview=True, interviews=[lbl("Saguaro Connect", "Remote Customer Care Representative", st, en, "scheduled", [], [ROSA[1]], "other")],
                difficulty="hard", category="positive/virtual-hiring-event-slot",
                notes="Event window 8-2 Arizona time; the reserved 10:30-10:50 MST (-07:00, = 1:30 PM EDT) live slot is the interview. "
                      "HTML-only base64 confirmation; team lead unnamed, follow-up to the recruiter.")


# ==============================================================================================
# 15  HireVue one-way only -> negative
# ==============================================================================================
@case("b329-15-hirevue-one-way-only")
def c15(d):
    s = T("2026-11-03 16:05:12", UTC, "Tue", "+00:00")
    link = "https://app.hirevue.com/interviews/" + b32ish("c15hv", n=24)
    txt = ("Hello Jasmine,\n\nSaguaro Connect has invited you to a HireVue interview for Remote Technical Support Representative.\n\n"
           "This is a one-way interview: you'll answer 6 pre-recorded questions on your own schedule, with up to 3 minutes per answer. "
           "You can practice as many times as you like before you start.\n\n"
           "Deadline: Sunday, November 8, 2026, 11:59 PM MST\n\n"
           f"Start your interview: {link}\n\n"
           "Tip: use a computer or phone with a camera and a steady internet connection.\n\nGood luck!\nThe Saguaro Connect Talent Team\n")
    htm = html_wrap([f"<p>{esc(p)}</p>".replace("\n", "<br>") for p in txt.strip().split("\n\n")])
    write_eml(d / "01-hirevue-interview-invitation.eml",
              H("Saguaro Connect <noreply@hirevue.com>", OWNER, "Saguaro Connect: Interview invitation - Remote Technical Support Representative",
                s, mid_plain("c15", "hirevue.com"), host="mta-12.hirevue.com", tag="c15"),
              mp("alternative", [plain(txt), html(htm)], "c15", "part"))
    return dict(interview=False, interviews=[], difficulty="hard", category="negative/one-way-video",
                notes="HireVue one-way recorded interview with a deadline; no live conversation is scheduled.")


# ==============================================================================================
# 16  Exchange/Teams final with "US Mountain Standard Time" (Arizona) after US DST end
# ==============================================================================================
@case("b329-16-final-interview-teams-arizona-tz")
def c16(d):
    s = T("2026-11-04 14:18:09", AZ, "Wed", "-07:00")
    st = T("2026-11-09 09:00", AZ, "Mon", "-07:00")
    en = T("2026-11-09 09:45", AZ, "Mon", "-07:00")
    assert st.astimezone(ET).hour == 11
    body = ("Hi Jasmine,\n\nRosa passed along great feedback from the hiring event. This is the final step: a 45-minute Teams interview with me. "
            "We'll run through a couple of call scenarios, then talk about your schedule, the home-office requirements (wired internet, "
            "a quiet space with a door) and pay.\n\nPlease join with your camera on.\n\n"
            "Dale Whitaker\nOperations Manager, Customer Care\nSaguaro Connect | Phoenix, AZ")
    outlook_invite(d / "01-final-interview-invite.eml", tag="c16", organizer=DALE, attendees=[ME], optional=[ROSA],
                   summary="Final Interview - Remote Customer Care Rep - Jasmine Carter", start=st, end=en, sent=s, body_text=body,
                   location="Microsoft Teams Meeting", uid=msoutlook_uid("c16"), tzid="US Mountain Standard Time", label="(UTC-07:00) Arizona",
                   cc_line=na(ROSA))
    return dict(interview=True, interviews=[lbl("Saguaro Connect", "Remote Customer Care Representative", st, en, "scheduled", [DALE[1]], [DALE[1]], "hiring_manager")],
                difficulty="hard", category="positive/outlook-windows-tzid",
                notes="TZID 'US Mountain Standard Time' / '(UTC-07:00) Arizona' -> 09:00-07:00 (11:00 EST, 2 h gap after Nov 1). Rosa is optional/cc only.")


# ==============================================================================================
# 17  Offer with a start date -> negative
# ==============================================================================================
@case("b329-17-warehouse-offer-start-date")
def c17(d):
    s = T("2026-10-23 11:40:26", ET, "Fri", "-04:00")
    txt = ("Hi Jasmine,\n\nCongratulations! Following your interview with Marcus on Tuesday, we're happy to offer you the Warehouse Associate "
           "(Nights) position at ATL2.\n\n"
           "- Pay: $19.25/hr plus a $1.50/hr night shift differential\n- Schedule: Sun-Wed, 6:00 PM - 4:30 AM\n"
           "- Start date: Monday, November 9, 2026, beginning with New Hire Orientation at 6:30 PM\n\n"
           "This offer is contingent on a background check; Checkr will email you a link today. Please accept in your candidate portal "
           "by Tuesday 10/27, and call or text me with any questions.\n\nWelcome to the team!\n\n"
           "Keisha Moore\nTalent Acquisition Partner | Peachline Logistics\n(470) 555-0126\n")
    write_eml(d / "01-offer-warehouse-associate.eml",
              H(na(KEISHA), f"{OWNER_NAME} <{OWNER}>", "Your offer - Warehouse Associate (Nights), ATL2", s,
                mid_outlook("c17"), host="mail-ch2nam10on2119.outbound.protection.outlook.com", tag="c17"),
              mp("alternative", [plain(txt), html(html_wrap([p.replace("\n", "<br>") for p in txt.strip().split("\n\n")], "font-family:Calibri,sans-serif"))], "c17", "outlook"))
    return dict(interview=False, interviews=[], difficulty="medium", category="negative/offer",
                notes="Offer with start date and orientation time; mentions the past interview but schedules none.")


# ==============================================================================================
# 18  Checkr background check notice -> negative
# ==============================================================================================
@case("b329-18-background-check-notice")
def c18(d):
    s = T("2026-10-23 19:15:44", UTC, "Fri", "+00:00")
    link = "https://applicant.checkr.com/invitations/" + hx("c18", n=24)
    txt = ("Hi Jasmine,\n\nPeachline Logistics has asked Checkr to run a background check as part of your job offer.\n\n"
           "To get started, confirm your personal information and review the required disclosures. It takes about 10 minutes.\n\n"
           f"Start now: {link}\n\nThis invitation expires in 7 days. Most reports are complete within 1-3 business days, and you can "
           "follow the status at applicant.checkr.com.\n\nThe Checkr Team\n\n"
           "Checkr, Inc. | One Montgomery Street, Suite 2400, San Francisco, CA 94104\n")
    htm = html_wrap([f"<p>{esc(p)}</p>".replace("\n", "<br>") for p in txt.strip().split("\n\n")])
    write_eml(d / "01-checkr-background-check-requested.eml",
              H("Checkr <no-reply@checkr.com>", OWNER, "Peachline Logistics has requested a background check", s,
                mid_plain("c18", "checkr.com"), host="o2.mail.checkr.com", tag="c18"),
              mp("alternative", [plain(txt), html(htm, "base64")], "c18", "part"))
    return dict(interview=False, interviews=[], difficulty="easy", category="negative/background-check",
                notes="Background-check invitation after an offer.")


# ==============================================================================================
# standalone Exchange .ics helper
# ==============================================================================================
def standalone_exchange_ics(path, *, organizer, attendees, summary, start, end, stamp, desc, location, uid, tzid):
    ev = [f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"] + [att(n, e) for n, e in attendees] + [
        "DESCRIPTION;LANGUAGE=en-US:" + itext(desc), f"UID:{uid}", "SUMMARY;LANGUAGE=en-US:" + itext(summary),
        f"DTSTART;TZID={tzid}:{ics_local(start)}", f"DTEND;TZID={tzid}:{ics_local(end)}", "CLASS:PUBLIC", "PRIORITY:5",
        f"DTSTAMP:{ics_utc(stamp)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:" + itext(location),
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    path.write_bytes(vcal("Microsoft Exchange Server 2010", "REQUEST", ev, tzid=tzid).encode("utf-8"))


# ==============================================================================================
# 19  Orientation as a standalone .ics -> negative
# ==============================================================================================
@case("b329-19-new-hire-orientation-ics")
def c19(d):
    st = T("2026-11-09 18:30", ET, "Mon", "-05:00")
    en = T("2026-11-09 22:30", ET, "Mon", "-05:00")
    standalone_exchange_ics(
        d / "01-new-hire-orientation-atl2.ics", organizer=KEISHA, attendees=[ME],
        summary="New Hire Orientation - ATL2 Nights (Carter, J.)", start=st, end=en, stamp=T("2026-10-28 14:03:51", UTC, "Wed", "+00:00"),
        desc="When: Monday, November 9, 2026 6:30 PM-10:30 PM. (UTC-05:00) Eastern Time (US & Canada)\n\n"
             "Welcome to Peachline! Orientation covers I-9 verification (bring 2 forms of ID, originals only), safety training, your "
             "badge photo and a building tour. Wear steel-toe or composite-toe boots. Report to the ATL2 training room off the main lobby.\n\n"
             "Keisha Moore\nTalent Acquisition Partner | Peachline Logistics",
        location="Peachline ATL2 Training Room, 4500 Westgate Pkwy SW, Union City, GA 30291", uid=msoutlook_uid("c19"), tzid="Eastern Standard Time")
    return dict(interview=False, interviews=[], difficulty="hard", category="negative/orientation-onboarding",
                notes="Calendar invite from the recruiter with the user as ATTENDEE, but it is first-day orientation after the offer (EST, Nov 9).")


# ==============================================================================================
# 20  Job fair flyer with "on-the-spot interviews" and an .ics -> negative
# ==============================================================================================
@case("b329-20-job-fair-flyer-on-the-spot-interviews")
def c20(d):
    s = T("2026-10-27 13:00:05", ET, "Tue", "-04:00")
    st = T("2026-11-12 10:00", ET, "Thu", "-05:00")
    en = T("2026-11-12 14:00", ET, "Thu", "-05:00")
    txt = ("METRO ATLANTA HIRING EXPO\nThursday, November 12, 2026 | 10 AM - 2 PM\nWestside Civic Center, 800 Lowery Blvd NW, Atlanta, GA 30318\n\n"
           "40+ employers hiring now in warehouse & logistics, healthcare support, CDL driving, retail and customer service.\n\n"
           "Many employers will conduct ON-THE-SPOT INTERVIEWS. Dress to impress, bring 10 copies of your resume and 2 forms of ID.\n\n"
           "Free parking. MARTA: Bankhead station, then Route 50.\nFree resume reviews from 9:30 AM.\n\n"
           "Add it to your calendar with the attached file. No registration required.\n\n"
           "WorkSource Metro Atlanta | An equal opportunity employer/program\nTo unsubscribe from job seeker updates, reply REMOVE.\n")
    htm = html_wrap(["<h1 style=\"color:#003b71\">METRO ATLANTA HIRING EXPO</h1>",
                     "<p style=\"font-size:18px\"><b>Thursday, November 12, 2026 | 10 AM - 2 PM</b><br>Westside Civic Center, 800 Lowery Blvd NW, Atlanta, GA 30318</p>",
                     "<p>40+ employers hiring now in warehouse &amp; logistics, healthcare support, CDL driving, retail and customer service.</p>",
                     "<p style=\"background:#ffd54f;padding:8px\">Many employers will conduct <b>ON-THE-SPOT INTERVIEWS</b>. Dress to impress, bring 10 copies "
                     "of your resume and 2 forms of ID.</p>",
                     "<p>Free parking. MARTA: Bankhead station, then Route 50.<br>Free resume reviews from 9:30 AM.</p>",
                     "<p style=\"font-size:11px;color:#666\">WorkSource Metro Atlanta | An equal opportunity employer/program</p>"])
    ev = [f"UID:{hx('c20uid', n=20)}@worksourcemetroatl.example", f"DTSTAMP:{ics_utc(s)}",
          f"DTSTART;TZID=America/New_York:{ics_local(st)}", f"DTEND;TZID=America/New_York:{ics_local(en)}",
          "SUMMARY:Metro Atlanta Hiring Expo (on-the-spot interviews)", "LOCATION:" + itext("Westside Civic Center, 800 Lowery Blvd NW, Atlanta, GA 30318"),
          "DESCRIPTION:" + itext("40+ employers. Bring resumes and 2 forms of ID."), "STATUS:CONFIRMED", "TRANSP:TRANSPARENT"]
    cal = vcal("-//WorkSource Metro Atlanta//Events//EN", "PUBLISH", ev, tzid="America/New_York")
    write_eml(d / "01-hiring-expo-flyer.eml",
              H("WorkSource Metro Atlanta <events@worksourcemetroatl.example>", OWNER, "Nov 12: Metro Atlanta Hiring Expo - 40+ employers, on-the-spot interviews",
                s, mid_plain("c20", "worksourcemetroatl.example"), host="mail.worksourcemetroatl.example", tag="c20"),
              mp("mixed", [mp("alternative", [plain(txt), html(htm)], "c20-alt", "part"), ics_attach(cal, "HiringExpo.ics")], "c20-mix", "part"))
    return dict(interview=False, interviews=[], difficulty="medium", category="negative/job-fair-flyer",
                notes="Job fair flyer promising on-the-spot interviews, with a PUBLISH .ics; nothing booked with any employer.")


# ==============================================================================================
# 21  Indeed interview scheduler: the owner (shift supervisor) interviews a cashier -> negative
# ==============================================================================================
@case("b329-21-owner-interviews-cashier-candidate")
def c21(d):
    s = T("2026-10-15 16:48:22", UTC, "Thu", "+00:00")
    st = T("2026-10-17 11:00", ET, "Sat", "-04:00")
    en = T("2026-10-17 11:15", ET, "Sat", "-04:00")
    txt = ("Interview confirmed\n\nHi Jasmine,\n\nTyler Jenkins confirmed the interview you scheduled.\n\n"
           "Job: Cashier/Stocker (Part-Time)\nEmployer: Dollar Junction #4471 - Decatur, GA\n"
           "When: Saturday, October 17, 2026, 11:00 AM - 11:15 AM EDT\n"
           "Format: In person - 2630 Candler Rd, Decatur, GA 30034\n\n"
           "View Tyler's application and resume: https://employers.indeed.com/candidates/" + hx("c21cand", n=16) + "\n\n"
           "Interviewer tips: use the same core questions with every candidate, and leave a few minutes for their questions. "
           "Mark the outcome in Indeed after the interview so you can move the candidate forward.\n\n"
           "Indeed Interview | (c) 2026 Indeed\n")
    htm = html_wrap([f"<p>{esc(p)}</p>".replace("\n", "<br>") for p in txt.strip().split("\n\n")])
    ev = [f"UID:{hx('c21uid', n=30)}@indeed.com", f"DTSTAMP:{ics_utc(s)}", f"DTSTART:{ics_utc(st)}", f"DTEND:{ics_utc(en)}",
          "SUMMARY:Interview with Tyler Jenkins - Cashier/Stocker (Part-Time)", "LOCATION:" + itext("2630 Candler Rd, Decatur, GA 30034"),
          "ORGANIZER;CN=Jasmine Carter (Dollar Junction #4471):mailto:" + OWNER,
          att(OWNER_NAME, OWNER, "ACCEPTED", "CHAIR", "FALSE"),
          att("Tyler Jenkins", f"tyler-jenkins-{hx('c21relay', n=8)}@indeedemail.com", "ACCEPTED", rsvp="FALSE"), "STATUS:CONFIRMED"]
    cal = vcal("-//Indeed//Indeed Interview//EN", "REQUEST", ev)
    write_eml(d / "01-indeed-candidate-confirmed.eml",
              H("Indeed <no-reply@indeed.com>", OWNER, "Interview confirmed: Tyler Jenkins - Cashier/Stocker (Part-Time), Sat Oct 17 at 11:00 AM",
                s, mid_plain("c21", "indeed.com"), host="mail-a.indeed.com", tag="c21"),
              mp("mixed", [mp("alternative", [plain(txt), html(htm, "base64")], "c21-alt", "part"), ics_attach(cal, "interview.ics", method="REQUEST")], "c21-mix", "part"))
    return dict(interview=False, interviews=[], difficulty="hard", category="negative/user-is-interviewer",
                notes="Indeed interview-scheduler confirmation sent to the user as the employer (shift supervisor at her current store); she interviews the candidate.")


# ==============================================================================================
# 22  Standalone Exchange .ics: phone interview with the ED nurse manager
# ==============================================================================================
@case("b329-22-ed-nurse-manager-phone-interview-ics")
def c22(d):
    st = T("2026-10-19 16:00", ET, "Mon", "-04:00")
    en = T("2026-10-19 16:20", ET, "Mon", "-04:00")
    standalone_exchange_ics(
        d / "01-phone-interview-pct-emergency.ics", organizer=GERALD, attendees=[ME],
        summary="Phone interview - PCT, Emergency Dept - Jasmine Carter", start=st, end=en, stamp=T("2026-10-15 19:47:30", UTC, "Thu", "+00:00"),
        desc="When: Monday, October 19, 2026 4:00 PM-4:20 PM. (UTC-05:00) Eastern Time (US & Canada)\nWhere: Phone\n\n"
             "Hi Jasmine - Tamika forwarded your application for our night-shift PCT opening in the Emergency Department. I'd like to "
             "do a short phone interview; I'll call you at (404) 555-0137. Come ready to talk about a fast-paced shift you handled.\n\n"
             "Gerald Fontaine, BSN, RN\nNurse Manager, Emergency Department\nChattahoochee Regional Medical Center",
        location="Phone", uid=msoutlook_uid("c22"), tzid="Eastern Standard Time")
    return dict(interview=True, interviews=[lbl("Chattahoochee Regional Medical Center", "Patient Care Technician - Emergency Department", st, en, "scheduled",
                                                [GERALD[1]], [GERALD[1]], "hiring_manager")],
                difficulty="medium", category="positive/standalone-ics",
                notes="Standalone Exchange .ics (Windows TZID, '(UTC-05:00)' label while EDT applies) -> 16:00-04:00.")


# ==============================================================================================
# labels, README, main
# ==============================================================================================
README_TZ = """- 01: Paradox .ics uses TZID America/New_York (EDT, -04:00); Paradox/Workday/HireVue/Fountain/Checkr/Indeed/Calendly Date headers are in +0000.
- 06: "tomorrow at 2" resolved against Mon Nov 2 16:45 -0500 (first weekday after the Nov 1 US DST end) -> Tue Nov 3 14:00-05:00.
- 07: Exchange TZID "Eastern Standard Time" with "(UTC-05:00) Eastern Time (US & Canada)" label, but October dates are EDT (-04:00).
- 08: Workday .ics in UTC (20261021T190000Z = 3:00 PM EDT).
- 09: invites sent Tue Oct 27 (-0400) for Wed Nov 4 sessions in EST (-05:00).
- 11: Chicago: phone screen Oct 26 10:00 CDT (-05:00); ride-along Nov 5 06:00 CST (-06:00) in both e-mail and .gcal.json; e-mail warns about the clock change.
- 12 (negative): drug-screen .ics in America/New_York, Oct 30 EDT.
- 13: Calendly shows Eastern time (10:00 EDT) for a Phoenix host (07:00 MST); .ics in UTC.
- 14: Arizona time only: Oct 29 10:30 MST (-07:00) = 1:30 PM EDT (3 h gap before Nov 1); Date headers -0700.
- 16: Exchange TZID "US Mountain Standard Time" / "(UTC-07:00) Arizona", Nov 9 09:00-07:00 = 11:00 EST (2 h gap after Nov 1).
- 19 (negative) and 22: standalone Exchange .ics with TZID "Eastern Standard Time": case 19 on Nov 9 (EST, -05:00), case 22 on Oct 19 (EDT, -04:00).
- 20 (negative): flyer .ics on Nov 12 (EST) sent from an EDT date.
"""


def main():
    check_dst_rules()
    for p in sorted(OUT.glob("b329-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    for i, (slug, fn) in enumerate(CASES, 1):
        assert slug.startswith(f"b329-{i:02d}-"), slug
        d = OUT / slug
        d.mkdir()
        r = fn(d)
        for f in d.iterdir():
            assert f.name.startswith("0"), f
        labels[slug] = {"user": OWNER, "interview": r["interview"], "interviews": r["interviews"], "difficulty": r["difficulty"],
                        "category": r["category"], "notes": r["notes"], "source": "synthetic"}
        assert r["interview"] == bool(r["interviews"])
    head = "# Labels for blind329 (written blind). Schema: /work/shared/eval/README.md\n"
    (OUT / "labels.yaml").write_text(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")

    ivs = [iv for v in labels.values() for iv in v["interviews"]]
    pos = sum(1 for v in labels.values() if v["interview"])
    by_status, by_kind = {}, {}
    for iv in ivs:
        by_status[iv["status"]] = by_status.get(iv["status"], 0) + 1
        by_kind[iv["kind"]] = by_kind.get(iv["kind"], 0) + 1
    fmt = lambda dct: ", ".join(f"{k} {v}" for k, v in sorted(dct.items()))
    n_eml = len(list(OUT.glob("b329-*/*.eml")))
    n_ics = len(list(OUT.glob("b329-*/*.ics")))
    n_js = len(list(OUT.glob("b329-*/*.gcal.json")))
    readme = f"""# blind329: Atlanta hourly and frontline job search (written blind)

Mailbox owner: Jasmine Carter <{OWNER}>, living in Atlanta (America/New_York). This set was written blind: only the eval
README and a few dev files were read for the format; no tool code, tests or other sets were looked at.

Jasmine applies to a distribution center (Peachline Logistics, Union City and McDonough GA), a hospital as patient care tech
(Chattahoochee Regional Medical Center), a grocery chain as assistant store manager (FreshWay Markets), a trucking company in
Birmingham AL (Red Clay Freight Lines, America/Chicago) and a remote call center in Phoenix (Saguaro Connect, America/Phoenix, no DST).
Dates fall in Oct-Nov 2026 and straddle the US DST end on Sun Nov 1.

## What it stresses
High-volume hiring tools and how store and site managers write: Paradox "Olivia" texts forwarded to e-mail by Google Voice
("Interview confirmed: Tue 10/20 at 2:30 PM ET ... Reply C to confirm"), Workstream, Fountain, Workday, HireVue (one-way), Calendly,
Indeed's interview scheduler, Checkr; walk-in open-interview windows (counted only when a slot is reserved); "bring 2 forms of ID";
a ride-along that counts as an interview; a virtual hiring event slot; a cancellation re-booked as a new event; a reschedule by
e-mail plus an updated invite (same UID, SEQUENCE 1); a three-invite hiring day; a relative-date propose/confirm thread; and
look-alike negatives (drug test, background check, orientation, offer, rejection, job fair, HireVue alone, walk-in blast, the
owner interviewing a cashier candidate for her current store).

## Counts
- Cases: {len(labels)} ({pos} positive, {len(labels) - pos} negative)
- Labelled interviews: {len(ivs)}; by status: {fmt(by_status)}; by kind: {fmt(by_kind)}
- Items: {n_eml} .eml, {n_ics} standalone .ics, {n_js} .gcal.json

## Formats used
Google Voice SMS-forward e-mails; Paradox e-mails with .ics; Workstream, Fountain (.ics attached), Workday (.ics in UTC), HireVue,
Calendly (.ics in UTC), Indeed (.ics), Checkr notifications; Google Calendar invitations (multipart/mixed with text/plain base64,
text/html, text/calendar;method=REQUEST and invite.ics); Exchange invites (multipart/alternative with base64 text/calendar,
Windows TZIDs "Eastern Standard Time" and "US Mountain Standard Time", X-MICROSOFT-CDO-* properties, METHOD:CANCEL); plain Gmail and
Outlook threads with In-Reply-To/References; quoted-printable and base64 bodies; an HTML-only mail; standalone Exchange .ics files;
one Google Calendar API v3 event (.gcal.json) with "self": true.

## Time-zone and DST points
{README_TZ}
Regenerate with `python make_cases.py` (deletes and rewrites every b329-* folder, labels.yaml and this README).
"""
    (OUT / "README.md").write_text(readme, encoding="utf-8")
    print(f"wrote {len(labels)} cases, {pos} positive, {len(ivs)} interviews")


if __name__ == "__main__":
    main()
