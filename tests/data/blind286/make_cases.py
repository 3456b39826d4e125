#!/usr/bin/env python3
"""Generate the blind286 evaluation set (written blind).

Theme: US healthcare administration / allied health job search in Atlanta, GA.
Mailbox owner: Jasmine Carter <jasmine.carter@example.com> (America/New_York).

Deletes and rewrites every b286-* case folder, labels.yaml and README.md next to this script.
Output is byte-identical on every run: dates are fixed, every Message-ID / UID / MIME boundary is
derived from SHA-256 hashes of a fixed seed. Standard library + PyYAML + zoneinfo only.
"""
import base64
import email.utils
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind286|healthcare-admin-atlanta|v1"
OWNER = "jasmine.carter@example.com"
OWNER_NAME = "Jasmine Carter"
ME = f"{OWNER_NAME} <{OWNER}>"
NY = "America/New_York"
CHI = "America/Chicago"
LA = "America/Los_Angeles"
DEN = "America/Denver"
UTC = timezone.utc


# ----------------------------------------------------------------------------- basics
def H(*parts):
    return hashlib.sha256((SEED + "|" + "|".join(str(p) for p in parts)).encode()).hexdigest()


def at(y, mo, d, h, mi, tz, *, wd, off, s=0):
    """Aware datetime; asserts weekday name and UTC offset (+HHMM) with zoneinfo (2026 DST)."""
    if tz == "UTC":
        dt = datetime(y, mo, d, h, mi, s, tzinfo=UTC)
    else:
        dt = datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(tz))
    assert dt.strftime("%A") == wd, (dt, wd, dt.strftime("%A"))
    assert dt.strftime("%z") == off, (dt, off, dt.strftime("%z"))
    return dt


# DST sanity for 2026 (US: Mar 8 / Nov 1)
assert at(2026, 10, 31, 12, 0, NY, wd="Saturday", off="-0400")
assert at(2026, 11, 1, 12, 0, NY, wd="Sunday", off="-0500")
assert at(2026, 10, 31, 12, 0, CHI, wd="Saturday", off="-0500")
assert at(2026, 11, 1, 12, 0, CHI, wd="Sunday", off="-0600")
assert at(2026, 3, 8, 12, 0, NY, wd="Sunday", off="-0400")
assert at(2026, 3, 7, 12, 0, NY, wd="Saturday", off="-0500")


def rfc(dt):
    return email.utils.format_datetime(dt)


def iso(dt):
    return dt.isoformat()


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local_stamp(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def long_date(dt):
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}"


def t12(dt):
    return f"{dt.hour % 12 or 12}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"


def gtime(dt):
    """Google Calendar style: 1:30pm"""
    return f"{dt.hour % 12 or 12}:{dt:%M}{'am' if dt.hour < 12 else 'pm'}"


# ----------------------------------------------------------------------------- MIME
def b_java(k):
    h = H(k, "bnd")
    return f"----=_Part_{int(h[:5], 16) % 90000 + 10000}_{int(h[5:13], 16)}.{1789000000000 + int(h[13:21], 16) % 9000000}"


def b_gmail(k):
    return "000000000000" + H(k, "bnd")[:16]


def b_outlook(k):
    return "_000_" + H(k, "bnd")[:36].upper() + "prodoutlookcom_"


def b_generic(k):
    return "=_" + H(k, "bnd")[:30]


def b_apple(k):
    h = H(k, "bnd").upper()
    return f"Apple-Mail={h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def text_part(text, sub="plain", cte="quoted-printable", charset="UTF-8"):
    if cte == "quoted-printable":
        payload = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(text.replace("\n", "\r\n").encode("utf-8")).decode("ascii")
    elif cte == "7bit":
        assert text.isascii(), text[:80]
        payload = text
    else:
        raise ValueError(cte)
    return f'Content-Type: text/{sub}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n\n{payload}'


def cal_part(ics_bytes, method, cte="base64", charset="UTF-8"):
    if cte == "7bit":
        payload = ics_bytes.decode("utf-8").replace("\r\n", "\n")
        assert payload.isascii()
    else:
        payload = base64.encodebytes(ics_bytes).decode("ascii")
    return (f'Content-Type: text/calendar; charset="{charset}"; method={method}\n'
            f"Content-Transfer-Encoding: {cte}\n\n{payload}")


def attach_part(data, ctype, filename):
    payload = base64.encodebytes(data).decode("ascii")
    return (f'Content-Type: {ctype}; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            f"Content-Transfer-Encoding: base64\n\n{payload}")


def multipart(sub, parts, bnd, extra=""):
    s = f'Content-Type: multipart/{sub};{extra}\n boundary="{bnd}"\n\n'
    for p in parts:
        s += f"--{bnd}\n{p.rstrip(chr(10))}\n"
    return s + f"--{bnd}--\n"


def msgid(key, domain, style="plain"):
    h = H(key, "mid")
    if style == "outlook":
        return f"<{h[:40].upper()}@{h[40:44].upper()}PR11MB{int(h[44:48], 16) % 9000 + 1000}.namprd{int(h[48:50], 16) % 20 + 1:02d}.prod.outlook.com>"
    if style == "gmail":
        return f"<CA{base64.b64encode(bytes.fromhex(h[:42])).decode().replace('/', '_').replace('+', '-')}@mail.gmail.com>"
    if style == "google-cal":
        return f"<calendar-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@google.com>"
    if style == "java":
        return f"<{int(h[:10], 16)}.{int(h[10:16], 16)}.{int(h[16:29], 16)}@{domain}>"
    return f"<{h[:24]}@{domain}>"


def received(host, ip, when, key):
    return ("Received: from " + host + " (" + host + ". [" + ip + "])\n"
            "        by mx.example.com with ESMTPS id " + H(key, "rcv")[:12] + "\n"
            "        for <" + OWNER + ">;\n        " + rfc(when))


def eml(key, *, frm, to, subject, date, body, mid, cc=None, reply_to=None, irt=None, refs=None,
        extra=(), rcv=None, return_path=None, sender=None):
    h = [f"Delivered-To: {OWNER}"]
    if rcv:
        h.append(received(rcv[0], rcv[1], date, key))
    if return_path:
        h.append(f"Return-Path: <{return_path}>")
    h.append(f"From: {frm}")
    if sender:
        h.append(f"Sender: {sender}")
    h.append(f"To: {to}")
    if cc:
        h.append(f"Cc: {cc}")
    if reply_to:
        h.append(f"Reply-To: {reply_to}")
    h.append(f"Subject: {subject}")
    h.append(f"Date: {rfc(date)}")
    h.append(f"Message-ID: {mid}")
    if irt:
        h.append(f"In-Reply-To: {irt}")
    if refs:
        h.append(f"References: {refs}")
    h.extend(extra)
    head = "\n".join(h) + "\n"
    assert head.isascii(), head
    msg = head + "MIME-Version: 1.0\n" + body
    assert "\r" not in msg
    return msg.replace("\n", "\r\n").encode("utf-8")


def html_doc(text, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        paras.append("<p>" + "<br>\n".join(html.escape(line) for line in block.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="{style}">\n' + "\n".join(paras) + "\n</div></body></html>\n")


def quote(text, who, when):
    q = "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))
    return f"On {when:%a}, {when:%b} {when.day}, {when.year} at {t12(when)} {who} wrote:\n{q}\n"


# ----------------------------------------------------------------------------- iCalendar
def ics_esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


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


VTZ = {
    "America/New_York": [
        "BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "America/Chicago": [
        "BEGIN:VTIMEZONE", "TZID:America/Chicago", "X-LIC-LOCATION:America/Chicago",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "TZNAME:CDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "TZNAME:CST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Central Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Central Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
}
WIN_IANA = {"Eastern Standard Time": NY, "Central Standard Time": CHI}
WIN_LABEL = {"Eastern Standard Time": "(UTC-05:00) Eastern Time (US & Canada)",
             "Central Standard Time": "(UTC-06:00) Central Time (US & Canada)"}


def att_line(name, addr, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True, cutype=None):
    p = f"ATTENDEE;CUTYPE={cutype or 'INDIVIDUAL'};ROLE={role};PARTSTAT={partstat}"
    if rsvp:
        p += ";RSVP=TRUE"
    cn = f'"{name}"' if any(ch in name for ch in ",;:") else name
    return p + f";CN={cn}:mailto:{addr}"


def ics(*, prodid, method, uid, dtstamp, start, end, tzid, summary, organizer, attendees,
        description="", location="", seq=0, status="CONFIRMED", extra=(), cal_extra=(), created=None):
    """tzid: IANA or Windows name used in TZID; 'UTC' -> Z times. start/end aware datetimes."""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    L.extend(cal_extra)
    if tzid != "UTC":
        L.extend(VTZ[tzid])
        iana = WIN_IANA.get(tzid, tzid)
        assert start.tzinfo.key == iana and end.tzinfo.key == iana, (start, tzid)
    L.append("BEGIN:VEVENT")
    if tzid == "UTC":
        L += [f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}"]
    else:
        L += [f"DTSTART;TZID={tzid}:{local_stamp(start)}", f"DTEND;TZID={tzid}:{local_stamp(end)}"]
    L.append(f"DTSTAMP:{zstamp(dtstamp)}")
    L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    L.extend(attendees)
    if created:
        L.append(f"CREATED:{zstamp(created)}")
    if description:
        L.append("DESCRIPTION:" + ics_esc(description))
    if location:
        L.append("LOCATION:" + ics_esc(location))
    L.append(f"SEQUENCE:{seq}")
    L.append(f"STATUS:{status}")
    L.append("SUMMARY:" + ics_esc(summary))
    L.append("TRANSP:OPAQUE")
    L.extend(extra)
    L += ["END:VEVENT", "END:VCALENDAR"]
    assert any(OWNER in x for x in L), "owner must be an ATTENDEE"
    return ("\r\n".join(fold(x) for x in L) + "\r\n").encode("utf-8")


def teams_block(key):
    h = H(key, "teams")
    mid = f"{int(h[:4], 16) % 900 + 100} {int(h[4:8], 16) % 900 + 100} {int(h[8:12], 16) % 900 + 100} {int(h[12:16], 16) % 900 + 100}"
    pw = base64.b64encode(bytes.fromhex(h[16:26])).decode()[:6].replace("/", "x").replace("+", "Q")
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h[26:58]}%40thread.v2/0"
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {pw}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting>\n"
            "________________________________________________________________________________"), url


def exchange_invite(key, *, organizer, to_list, subject, start, end, wintz, note, date, uid=None,
                    seq=0, location="Microsoft Teams Meeting", teams=True, cc_list=()):
    """Outlook/Exchange meeting request (multipart/alternative with text/calendar base64)."""
    uid = uid or ("040000008200E00074C5B7101A82E00800000000" + H(key, "uid")[:52].upper())
    when = (f"When: {long_date(start)} {t12(start)}-{t12(end)} {WIN_LABEL[wintz]}.\n"
            f"Where: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n")
    tb, url = teams_block(uid) if teams else ("", "")
    plain = when + note.strip("\n") + ("\n\n" + tb if teams else "") + "\n"
    htmlb = html_doc(plain, "font-family:Aptos,Calibri,sans-serif;font-size:11pt")
    atts = [att_line(n, a) for n, a in to_list if a != organizer[1]]
    atts += [att_line(n, a, role="OPT-PARTICIPANT") for n, a in cc_list]
    extra = [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
             f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(H(key, 'own')[:7], 16)}",
             "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
             "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
             "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
             "X-MICROSOFT-DISALLOW-COUNTER:FALSE", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{location}"]
    if teams:
        extra.insert(0, f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}")
    extra += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "ACTION:DISPLAY", "END:VALARM"]
    cal = ics(prodid="Microsoft Exchange Server 2010", method="REQUEST", uid=uid, dtstamp=date,
              start=start, end=end, tzid=wintz, summary=subject, organizer=organizer,
              attendees=atts, description=plain, location=location, seq=seq, extra=extra)
    cal = cal.replace(b"CALSCALE:GREGORIAN\r\n", b"")
    body = multipart("alternative", [text_part(plain), text_part(htmlb, "html"),
                                     cal_part(cal, "REQUEST")], b_outlook(key))
    dom = organizer[1].split("@")[1]
    hdrs = [f"Thread-Topic: {subject}",
            f"Thread-Index: {base64.b64encode(bytes.fromhex(H(key, 'ti')[:44])).decode()}",
            "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:",
            "X-MS-TNEF-Correlator:", "Content-class: urn:content-classes:calendarmessage",
            "x-ms-publictraffictype: Email"]
    return eml(key, frm=f"{organizer[0]} <{organizer[1]}>",
               to=", ".join(email.utils.formataddr((n, a)) for n, a in to_list),
               cc=", ".join(email.utils.formataddr((n, a)) for n, a in cc_list) or None,
               subject=subject, date=date, body=body, mid=msgid(key, dom, "outlook"), extra=hdrs,
               rcv=(f"mail-{H(key, 'h')[:4]}.outbound.protection.outlook.com", "40.107.212.61"),
               return_path=organizer[1]), uid


def google_invite(key, *, organizer, guests, title, start, end, tzid, tzlabel, description, date,
                  uid=None, seq=0, subject_prefix="Invitation"):
    """Google Calendar invitation: multipart/mixed(alternative(plain, html, calendar), invite.ics)."""
    h = H(key, "g")
    uid = uid or f"{h[:26]}@google.com"
    lt = str.maketrans("0123456789abcdef", "qwertyuiopkmnbvz")
    meet = f"https://meet.google.com/{h[26:29].translate(lt)}-{h[29:33].translate(lt)}-{h[33:36].translate(lt)}"
    abbr = start.strftime("%Z")
    when = f"{start:%A} {start:%b} {start.day}, {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)} ({tzlabel})"
    glines = "\n".join(f"{n} - organizer" if a == organizer[1] else (n or a) for n, a in guests)
    plain = (f"{description.strip()}\n\n{title}\n{when}\n\nJoin with Google Meet\n{meet}\n\n"
             f"Join by phone\n(US) +1 {int(h[36:39], 16) % 800 + 200}-555-01{int(h[39:41], 16) % 90 + 10} "
             f"PIN: {int(h[41:50], 16) % 900000000 + 100000000}\n\n"
             f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{glines}\n"
             f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={h[50:64]}\n\n"
             f"Reply for {OWNER}\nYes\nNo\nMaybe\nMore options https://calendar.google.com/calendar/event?action=VIEW&eid={h[50:64]}\n\n"
             "Invitation from Google Calendar\n\nYou are receiving this email because you are an attendee on the event. "
             "To stop receiving future updates for this event, decline this event.\n\n"
             "Forwarding this invitation could allow any recipient to send a response to the organizer, "
             "be added to the guest list, invite others regardless of their own invitation status, "
             "or modify your RSVP.\n")
    atts = []
    for n, a in guests:
        if a == organizer[1]:
            atts.append(att_line(n, a, partstat="ACCEPTED", rsvp=True))
        else:
            atts.append(att_line(n or a, a))
    cal = ics(prodid="-//Google Inc//Google Calendar 70.9054//EN", method="REQUEST", uid=uid,
              dtstamp=date, start=start, end=end, tzid=tzid, summary=title, organizer=organizer,
              attendees=atts, description=description.strip() + f"\n\nJoin with Google Meet: {meet}",
              location="", seq=seq, created=date, extra=[f"LAST-MODIFIED:{zstamp(date)}"])
    alt = multipart("alternative", [text_part(plain), text_part(html_doc(plain), "html"),
                                    cal_part(cal, "REQUEST", cte="7bit")], b_gmail(key + "a"))
    body = multipart("mixed", [alt, attach_part(cal, "application/ics", "invite.ics")], b_gmail(key))
    subj = (f"{subject_prefix}: {title} @ {start:%a} {start:%b} {start.day}, {start.year} "
            f"{gtime(start)} - {gtime(end)} ({abbr}) ({OWNER})")
    subj = subj.replace("\u2013", "-")
    return eml(key, frm=f"{organizer[0]} <{organizer[1]}>", to=OWNER, subject=subj, date=date, body=body,
               mid=msgid(key, "google.com", "google-cal"), reply_to=f"{organizer[0]} <{organizer[1]}>",
               sender="Google Calendar <calendar-notification@google.com>",
               rcv=("mail-sor-f73.google.com", "209.85.220.73"),
               return_path=f"3{H(key, 'rp')[:20]}@calendar-server.bounces.google.com"), uid


CASES = []   # (case_id, [(filename, bytes)], label)


def case(num, slug, items, label):
    cid = f"b286-{num:02d}-{slug}"
    names = [f for f, _ in items]
    for i, f in enumerate(names, 1):
        assert f.startswith(f"{i:02d}-"), (cid, f)
    label = dict(label)
    label.setdefault("user", OWNER)
    ordered = {"user": OWNER, "interview": bool(label["interviews"]), "interviews": label["interviews"],
               "difficulty": label["difficulty"], "category": label["category"], "notes": label["notes"],
               "source": "synthetic"}
    CASES.append((cid, items, ordered))


def iv(company, role, start, end, status, interviewers, followups, kind, s_iso, e_iso):
    """Label entry; s_iso/e_iso are literal expected ISO strings, asserted against zoneinfo."""
    assert iso(start) == s_iso, (iso(start), s_iso)
    if end is not None:
        assert iso(end) == e_iso, (iso(end), e_iso)
        assert end > start
    assert status in ("scheduled", "cancelled") and kind in (
        "phone_screen", "technical", "onsite", "hiring_manager", "other")
    return {"company": company, "role": role, "start": s_iso, "end": e_iso, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


# ============================================================================= cases 01-12
def c01():
    k = "c01"
    renata = ("Renata Oyelaran", "renata.oyelaran@peachtreeregional.example")
    sent = at(2026, 9, 4, 8, 12, LA, wd="Friday", off="-0700", s=37)
    s = at(2026, 9, 10, 10, 0, NY, wd="Thursday", off="-0400")
    e = at(2026, 9, 10, 10, 30, NY, wd="Thursday", off="-0400")
    role = "Practice Manager - Cardiology"
    text = f"""Hi Jasmine,

Thank you for your interest in the {role} position with Peachtree Regional Health Physician Group (job requisition R-0048213). We have scheduled a phone interview for you.

Interview Details
Date: {long_date(s)}
Time: {t12(s)} - {t12(e)} (Eastern Time)
Format: Phone Interview
Interviewer: {renata[0]}, Senior Talent Acquisition Partner

Renata will call you at the mobile number listed on your application. If you need to reschedule, reply to this message or contact Renata directly at {renata[1]}.

A calendar file is attached for your convenience. You can review the status of your application at any time from Candidate Home.

Peachtree Regional Health | Talent Acquisition
This email was sent from an unmonitored mailbox. Please do not forward it, as it contains links specific to your candidate account.
"""
    cal = ics(prodid="-//Workday Inc.//Workday Calendar 1.0//EN", method="REQUEST",
              uid=f"{H(k, 'uid')[:32]}@myworkday.com", dtstamp=sent, start=s, end=e, tzid=NY,
              summary=f"Phone Interview: {role} (R-0048213)", organizer=renata,
              attendees=[att_line(OWNER_NAME, OWNER), att_line(renata[0], renata[1], partstat="ACCEPTED", rsvp=False)],
              description=f"Phone interview with {renata[0]}. Renata will call you at the number on your application.",
              location="Phone interview - Peachtree Regional Health will call you")
    body = multipart("mixed", [
        multipart("alternative", [text_part(text), text_part(html_doc(text), "html")], b_java(k + "a")),
        attach_part(cal, "text/calendar", "Interview.ics")], b_java(k))
    m1 = eml(k, frm="Peachtree Regional Health <peachtreeregional@myworkday.com>", to=ME,
             reply_to=f"{renata[0]} <{renata[1]}>", subject=f"Interview Scheduled: {role} (R-0048213)",
             date=sent, body=body, mid=msgid(k, "myworkday.com", "java"),
             rcv=("mail-out-dc3.myworkday.com", "198.51.100.24"), return_path="bounce-peachtreeregional@myworkday.com")
    case(1, "workday-phone-screen-ics", [("01-workday-interview-scheduled.eml", m1)], {
        "interviews": [iv("Peachtree Regional Health", role, s, e, "scheduled", [renata[1]], [renata[1]],
                          "phone_screen", "2026-09-10T10:00:00-04:00", "2026-09-10T10:30:00-04:00")],
        "difficulty": "easy", "category": "positive/ats-email-with-ics",
        "notes": "Workday hospital instance confirms a 30-minute recruiter phone screen; Interview.ics attached; recruiter is the interviewer (Reply-To)."})


def c02():
    k = "c02"
    tamika = "tamika.ruffin@southerncrescentpp.example"
    gv = "14045550126.14705550183.Zq7v2LkP0s@txt.voice.google.com"
    d1 = at(2026, 9, 14, 13, 47, LA, wd="Monday", off="-0700", s=5)
    d2 = at(2026, 9, 14, 14, 3, LA, wd="Monday", off="-0700", s=40)
    s = at(2026, 9, 15, 14, 0, NY, wd="Tuesday", off="-0400")   # "tomorrow at 2" from Mon Sep 14 (16:47 EDT)
    e = at(2026, 9, 15, 14, 20, NY, wd="Tuesday", off="-0400")
    assert d1.astimezone(ZoneInfo(NY)).date().day == 14
    footer = ("\n\nYOUR ACCOUNT <https://voice.google.com> HELP CENTER <https://support.google.com/voice#topic=1707989> "
              "HELP FORUM <https://support.google.com/voice/community>\n"
              "To respond to this text message, reply to this email or visit Google Voice <https://voice.google.com>.\n\n"
              "You are receiving this email because you turned on text message forwarding to email in your Google Voice settings.\n"
              "Google LLC\n1600 Amphitheatre Pkwy\nMountain View CA 94043 USA\n")
    t1 = ("<https://voice.google.com>\n(470) 555-0183:\nHi Jasmine! This is Tamika Ruffin, recruiter w/ Southern Crescent "
          "Physician Partners. I have your application for the Practice Administrator opening at our Fayetteville office. "
          "Any chance you're free tomorrow at 2 for a quick 20 min phone screen? I'd call you at this number." + footer)
    t2 = ("<https://voice.google.com>\n(470) 555-0183:\nPerfect, I'll call you tomorrow at 2:00. If anything comes up before "
          f"then just email me at {tamika}. Talk soon!" + footer)
    items = []
    mids = []
    for i, (d, t) in enumerate([(d1, t1), (d2, t2)], 1):
        kk = f"{k}-{i}"
        body = multipart("alternative", [text_part(t), text_part(html_doc(t, "font-family:Roboto,Arial,sans-serif"), "html")], b_gmail(kk))
        mid = f"<{H(kk, 'gv')[:32]}.{int(H(kk, 'n')[:8], 16)}@txt.voice.google.com>"
        items.append(eml(kk, frm=f'"(470) 555-0183" <{gv}>', to=OWNER, subject="New text message from (470) 555-0183",
                         date=d, body=body, mid=mid, irt=mids[0] if mids else None, refs=mids[0] if mids else None,
                         rcv=("mail-sor-f69.google.com", "209.85.220.69"), return_path="voice-noreply@google.com"))
        mids.append(mid)
    case(2, "google-voice-text-tomorrow-at-2", [("01-text-message-from-recruiter.eml", items[0]),
                                                  ("02-text-message-confirm.eml", items[1])], {
        "interviews": [iv("Southern Crescent Physician Partners", "Practice Administrator", s, e, "scheduled", [tamika], [tamika],
                          "phone_screen", "2026-09-15T14:00:00-04:00", "2026-09-15T14:20:00-04:00")],
        "difficulty": "hard", "category": "positive/text-to-email-relative-date",
        "notes": "Recruiter text forwarded by Google Voice; 'tomorrow at 2' resolved against Date Mon 14 Sep 13:47 -0700 "
                 "(16:47 in Atlanta) -> Tue 15 Sep 2 PM Eastern; 20 min stated. Recruiter's e-mail appears only in the second text."})


def c03():
    k = "c03"
    sent = at(2026, 9, 9, 6, 2, NY, wd="Wednesday", off="-0400", s=11)
    ev = at(2026, 10, 17, 9, 0, NY, wd="Saturday", off="-0400")
    ev_end = at(2026, 10, 17, 13, 0, NY, wd="Saturday", off="-0400")
    text = f"""Gwinnett Valley Health System Careers

Hello Jasmine,

4 new jobs match your saved search "practice manager" within 25 miles of Atlanta, GA.

Practice Manager - Women's Health (Lawrenceville) | Full time | Days
Now interviewing! Apply today to be considered for the first round.

Clinic Operations Supervisor - Urgent Care (Snellville) | Full time

Revenue Cycle Manager - Physician Billing (Duluth) | Full time | Hybrid

Patient Access Team Lead - Emergency Department | Full time | Rotating

Hiring Event: Physician Practice Leadership Open House
{ev:%A}, {ev:%B} {ev.day}, {t12(ev)} - {t12(ev_end)}, Gwinnett Valley Medical Center, Conference Center B
Meet our practice leaders and get on-the-spot interviews. No appointment needed - bring copies of your resume.

View all jobs: https://careers-gwinnettvalley.icims.com/jobs/search?ss=1&searchKeyword=practice+manager

You are receiving this job alert because you created a saved search on our career site. Manage your alerts or unsubscribe: https://careers-gwinnettvalley.icims.com/jobs/alerts
Powered by iCIMS
"""
    body = text_part(html_doc(text, "font-family:'Open Sans',Arial,sans-serif;font-size:14px"), "html", cte="base64")
    m = eml(k, frm="Gwinnett Valley Health System <gwinnettvalley@talent.icims.com>", to=OWNER,
            subject="Job Alert: 4 new jobs matching \"practice manager\"", date=sent, body=body,
            mid=msgid(k, "talent.icims.com", "java"), rcv=("mta-2.icims.com", "192.0.2.148"),
            return_path="bounces+gwinnettvalley@talent.icims.com",
            extra=["List-Unsubscribe: <https://careers-gwinnettvalley.icims.com/jobs/alerts?unsub=1>"])
    case(3, "icims-job-alert-hiring-event", [("01-icims-job-alert.eml", m)], {
        "interviews": [], "difficulty": "medium", "category": "negative/job-alert",
        "notes": "iCIMS saved-search alert with 'Now interviewing' and an open-house hiring event with on-the-spot interviews; "
                 "nothing booked for the owner."})


def c04():
    k = "c04"
    monique = ("Monique Baptiste", "monique.baptiste@magnoliadental.example")
    ashlyn = ("Ashlyn Meeks", "ashlyn.meeks@magnoliadental.example")
    role = "Regional Operations Manager - Metro Atlanta"
    d1 = at(2026, 9, 16, 9, 31, NY, wd="Wednesday", off="-0400", s=2)
    s0 = at(2026, 9, 21, 11, 0, NY, wd="Monday", off="-0400")
    e0 = at(2026, 9, 21, 11, 45, NY, wd="Monday", off="-0400")
    d2 = at(2026, 9, 18, 16, 20, NY, wd="Friday", off="-0400", s=48)
    d3 = at(2026, 9, 18, 17, 2, NY, wd="Friday", off="-0400", s=15)
    d4 = at(2026, 9, 18, 17, 36, NY, wd="Friday", off="-0400", s=30)
    s = at(2026, 9, 23, 11, 0, NY, wd="Wednesday", off="-0400")
    e = at(2026, 9, 23, 11, 45, NY, wd="Wednesday", off="-0400")
    zoom = f"https://magnoliadental.zoom.us/j/{int(H(k, 'z')[:10], 16) % 90000000000 + 10000000000}"
    t1 = f"""Dear Jasmine,

Thank you for your interest in joining Magnolia Dental Partners! We are pleased to confirm your interview for the position below.

Position: {role} (Req ID 2026-3318)
Interviewer: {monique[0]}, Vice President of Operations
Date: {long_date(s0)}
Time: {t12(s0)} - {t12(e0)} EDT
Location: Zoom video interview
Join link: {zoom}

Monique will walk through your experience supporting multi-location dental offices, and there will be time for your questions about our supported practices in the Atlanta market.

A calendar invitation is attached. If you have any questions or need to request an accommodation, please contact me at {ashlyn[1]}.

Warm regards,
{ashlyn[0]}
Talent Acquisition Coordinator
Magnolia Dental Partners
"""
    cal = ics(prodid="-//iCIMS//iCIMS Calendar//EN", method="REQUEST", uid=f"icims-{H(k, 'uid')[:20]}@icims.com",
              dtstamp=d1, start=s0, end=e0, tzid=NY, summary=f"Interview: {OWNER_NAME} - {role}", organizer=ashlyn,
              attendees=[att_line(OWNER_NAME, OWNER), att_line(monique[0], monique[1])],
              description=f"Zoom interview with {monique[0]}, VP of Operations.\nJoin: {zoom}", location=zoom)
    b1 = multipart("mixed", [multipart("alternative", [text_part(t1), text_part(html_doc(t1), "html")], b_java(k + "a")),
                             attach_part(cal, "text/calendar", "interview.ics")], b_java(k))
    mid1 = msgid(k + "1", "talent.icims.com", "java")
    m1 = eml(k + "1", frm="Magnolia Dental Partners <careers-magnoliadental@talent.icims.com>", to=ME,
             reply_to=f"{ashlyn[0]} <{ashlyn[1]}>", subject=f"Interview Confirmation - {role}", date=d1, body=b1,
             mid=mid1, rcv=("mta-4.icims.com", "192.0.2.152"), return_path="bounces@talent.icims.com")
    t2 = f"""Hi Jasmine,

I'm looking forward to our conversation about the regional role. Unfortunately our doctor partners just scheduled their quarterly business review for Monday morning and I can't get out of it.

Would Wednesday the 23rd at the same time (11:00) work for you instead? The Zoom link from Ashlyn's invite stays the same.

Sorry for the shuffle, and thank you for your flexibility.

Monique

Monique Baptiste
Vice President of Operations | Magnolia Dental Partners

Sent from my iPhone
"""
    mid2 = msgid(k + "2", "magnoliadental.example")
    m2 = eml(k + "2", frm=f"{monique[0]} <{monique[1]}>", to=ME, cc=f"{ashlyn[0]} <{ashlyn[1]}>",
             subject="Monday's conversation", date=d2, body=multipart("alternative", [text_part(t2, cte="7bit"),
             text_part(html_doc(t2), "html")], b_apple(k + "2")), mid=mid2,
             rcv=("mail-nam04.outbound.protection.outlook.com", "40.107.220.88"))
    t3 = f"""Hi Monique,

No problem at all - Wednesday, September 23 at 11:00 works for me. I'll use the same Zoom link.

Thank you,
Jasmine

{quote(t2, f"{monique[0]} <{monique[1]}>", d2)}"""
    mid3 = msgid(k + "3", "mail.gmail.com", "gmail")
    m3 = eml(k + "3", frm=ME, to=f"{monique[0]} <{monique[1]}>", cc=f"{ashlyn[0]} <{ashlyn[1]}>",
             subject="Re: Monday's conversation", date=d3,
             body=multipart("alternative", [text_part(t3), text_part(html_doc(t3), "html")], b_gmail(k + "3")),
             mid=mid3, irt=mid2, refs=mid2)
    t4 = f"""Perfect - thanks for being so accommodating. Ashlyn, would you update the calendar hold on your side?

See you Wednesday, Jasmine.

Monique

{quote(t3, ME, d3)}"""
    m4 = eml(k + "4", frm=f"{monique[0]} <{monique[1]}>", to=ME, cc=f"{ashlyn[0]} <{ashlyn[1]}>",
             subject="Re: Monday's conversation", date=d4,
             body=multipart("alternative", [text_part(t4), text_part(html_doc(t4), "html")], b_apple(k + "4")),
             mid=msgid(k + "4", "magnoliadental.example"), irt=mid3, refs=f"{mid2} {mid3}",
             rcv=("mail-nam04.outbound.protection.outlook.com", "40.107.220.91"))
    case(4, "icims-dso-moved-by-email", [("01-icims-interview-confirmation.eml", m1), ("02-hm-asks-to-move.eml", m2),
                                           ("03-owner-accepts-wednesday.eml", m3), ("04-hm-confirms.eml", m4)], {
        "interviews": [iv("Magnolia Dental Partners", role, s, e, "scheduled", [monique[1]], [monique[1]],
                          "hiring_manager", "2026-09-23T11:00:00-04:00", "2026-09-23T11:45:00-04:00")],
        "difficulty": "medium", "category": "positive/reschedule-by-email",
        "notes": "iCIMS confirmation + .ics for Mon 21 Sep; the VP moves it by e-mail to 'Wednesday the 23rd at the same time' "
                 "(no updated invite). Final time Wed 23 Sep 11:00-11:45 EDT; coordinator only schedules."})


def c05():
    k = "c05"
    wanda = ("Wanda Ellery", "wanda.ellery@stbrigidhealth.example")
    marcus = ("Marcus Fenwick", "marcus.fenwick@stbrigidhealth.example")
    role = "Physician Practice Manager"
    d1 = at(2026, 9, 22, 14, 14, "UTC", wd="Tuesday", off="+0000", s=9)
    s1 = at(2026, 9, 25, 9, 0, NY, wd="Friday", off="-0400")
    e1 = at(2026, 9, 25, 9, 30, NY, wd="Friday", off="-0400")
    d2 = at(2026, 9, 25, 10, 2, NY, wd="Friday", off="-0400", s=51)
    d3 = at(2026, 9, 25, 15, 30, "UTC", wd="Friday", off="+0000", s=12)
    s2 = at(2026, 9, 30, 13, 0, NY, wd="Wednesday", off="-0400")
    e2 = at(2026, 9, 30, 14, 0, NY, wd="Wednesday", off="-0400")
    t1 = f"""<html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
<table width="600" cellpadding="0" cellspacing="0" border="0"><tr><td>
<img src="https://stbrigid.taleo.net/careersection/theme/2604/logo.png" alt="St. Brigid Healthcare"><br><br>
Dear Jasmine Carter,<br><br>
Thank you for applying for <b>{role} - St. Brigid Medical Group, Sandy Springs</b> (Requisition 2604417).
We would like to invite you to a phone interview.<br><br>
<table cellpadding="4" border="0">
<tr><td><b>Date:</b></td><td>{s1:%m/%d/%Y} ({s1:%A})</td></tr>
<tr><td><b>Time:</b></td><td>{t12(s1)} Eastern Daylight Time</td></tr>
<tr><td><b>Duration:</b></td><td>30 minutes</td></tr>
<tr><td><b>Interviewer:</b></td><td>{wanda[0]}, Talent Advisor</td></tr>
</table><br>
{wanda[0].split()[0]} will call the primary phone number in your candidate profile. Please confirm your availability by replying
directly to {wanda[0]} at <a href="mailto:{wanda[1]}">{wanda[1]}</a>.<br><br>
Sincerely,<br>St. Brigid Healthcare Talent Acquisition<br><br>
<span style="font-size:10px;color:#777">This message was sent from an automated system. Replies to this address are not monitored.</span>
</td></tr></table></body></html>
"""
    m1 = eml(k + "1", frm='"St. Brigid Healthcare" <stbrigid@taleo.net>', to=OWNER, subject=f"Phone Interview Request - {role} (2604417)",
             date=d1, body=text_part(t1, "html"), mid=msgid(k + "1", "taleo.net", "java"),
             rcv=("mail1.taleo.net", "198.51.100.77"), return_path="stbrigid@taleo.net")
    t2 = f"""Hi Jasmine,

Thanks for the great conversation this morning - your experience opening the Cumming satellite clinic is exactly the kind of thing our team needs.

I shared my notes with {marcus[0]}, our Director of Physician Practice Operations, and he'd like to meet with you next Wednesday, September 30 at 1:00 PM over Teams for about an hour. He'll send the Teams invitation directly from his calendar.

Let me know if anything comes up in the meantime.

Best,
Wanda

Wanda Ellery | Talent Advisor, Physician Services
St. Brigid Healthcare
678-555-0142
"""
    mid2 = msgid(k + "2", "stbrigidhealth.example", "outlook")
    m2 = eml(k + "2", frm=f"{wanda[0]} <{wanda[1]}>", to=ME, subject=f"Next step: meeting with {marcus[0]}", date=d2,
             body=multipart("alternative", [text_part(t2), text_part(html_doc(t2, "font-family:Calibri,sans-serif;font-size:11pt"), "html")], b_outlook(k + "2")),
             mid=mid2, rcv=("mail-bn8nam12.outbound.protection.outlook.com", "40.107.237.40"))
    note = f"""Hi Jasmine,

Wanda passed along great feedback from your phone interview. I'm looking forward to talking about our Sandy Springs practices - I'd like to hear how you handle provider scheduling templates and how you've worked with billing on denials.

Plan on about an hour.

Marcus Fenwick
Director, Physician Practice Operations | St. Brigid Medical Group"""
    m3, _ = exchange_invite(k + "3", organizer=marcus, to_list=[(OWNER_NAME, OWNER)], cc_list=[wanda],
                            subject=f"Jasmine Carter / Marcus Fenwick - {role} interview", start=s2, end=e2,
                            wintz="Eastern Standard Time", note=note, date=d3)
    case(5, "taleo-screen-then-teams-hm", [("01-taleo-phone-interview-request.eml", m1), ("02-recruiter-next-step.eml", m2),
                                            ("03-teams-invite-hiring-manager.eml", m3)], {
        "interviews": [
            iv("St. Brigid Healthcare", role, s1, e1, "scheduled", [wanda[1]], [wanda[1]], "phone_screen",
               "2026-09-25T09:00:00-04:00", "2026-09-25T09:30:00-04:00"),
            iv("St. Brigid Healthcare", role, s2, e2, "scheduled", [marcus[1]], [marcus[1]], "hiring_manager",
               "2026-09-30T13:00:00-04:00", "2026-09-30T14:00:00-04:00")],
        "difficulty": "medium", "category": "positive/two-interviews",
        "notes": "Taleo HTML-only phone-interview request (Fri 25 Sep 9:00 EDT, 30 min) then a Teams invite for the hiring-manager "
                 "interview Wed 30 Sep; the Outlook label says (UTC-05:00) but the date is in EDT (-04:00). Recruiter is optional "
                 "attendee on the second invite but is not an interviewer there."})


def c06():
    k = "c06"
    sent = at(2026, 9, 28, 7, 45, DEN, wd="Monday", off="-0600", s=20)
    s = at(2026, 10, 1, 14, 0, NY, wd="Thursday", off="-0400")
    e = at(2026, 10, 1, 14, 30, NY, wd="Thursday", off="-0400")
    renee = ("Renee Castillo", "renee.castillo@brookhavenfp.example")
    brandt = ("Dr. Elliot Brandt", "elliot.brandt@brookhavenfp.example")
    text = f"""Hi Jasmine,

An interview has been scheduled and you've been added as an interviewer.

Candidate: Kiara Lewis
Job Opening: Patient Services Representative (Front Desk)
When: {long_date(s)}, {t12(s)} - {t12(e)} EDT
Where: Brookhaven Family Practice - Conference Room B
Interviewers: Jasmine Carter (Office Manager), Dr. Elliot Brandt
Scheduled by: {renee[0]}

Kiara's resume and the interview guide for front desk roles are on her candidate profile. Please enter your scorecard in BambooHR within 24 hours after the interview so we can keep the hiring process moving.

View candidate: https://brookhavenfp.bamboohr.com/hiring/candidates/{int(H(k, 'cand')[:6], 16)}

This email was sent by BambooHR on behalf of Brookhaven Family Practice.
"""
    cal = ics(prodid="-//BambooHR//ATS Interview//EN", method="REQUEST", uid=f"{H(k, 'uid')[:36]}@bamboohr.com", dtstamp=sent,
              start=s, end=e, tzid=NY, summary="Interview: Kiara Lewis - Patient Services Representative", organizer=renee,
              attendees=[att_line(OWNER_NAME, OWNER), att_line(brandt[0], brandt[1])],
              description="Candidate: Kiara Lewis\nInterviewers: Jasmine Carter, Dr. Elliot Brandt\nScorecard due within 24 hours.",
              location="Brookhaven Family Practice - Conference Room B")
    body = multipart("mixed", [multipart("alternative", [text_part(text), text_part(html_doc(text), "html")], b_generic(k + "a")),
                               attach_part(cal, "text/calendar", "interview.ics")], b_generic(k))
    m = eml(k, frm="Brookhaven Family Practice via BambooHR <notifications@app.bamboohr.com>", to=ME,
            reply_to=f"{renee[0]} <{renee[1]}>", subject="Interview scheduled: Kiara Lewis for Patient Services Representative",
            date=sent, body=body, mid=msgid(k, "app.bamboohr.com"), rcv=("o1.email.bamboohr.com", "198.51.100.201"))
    case(6, "owner-interviews-front-desk-candidate", [("01-bamboohr-you-are-interviewer.eml", m)], {
        "interviews": [], "difficulty": "hard", "category": "negative/user-is-interviewer",
        "notes": "Owner's current employer schedules her as the interviewer of a front-desk candidate (BambooHR + .ics with the "
                 "owner as ATTENDEE). She is not the candidate."})


def c07():
    k = "c07"
    celeste = ("Celeste Whitfield", "celeste.whitfield@lowcountryortho.example")
    grant = ("Grant Ellison", "grant.ellison@lowcountryortho.example")
    role = "Practice Administrator - Atlanta (Buckhead)"
    d1 = at(2026, 9, 22, 19, 5, "UTC", wd="Tuesday", off="+0000", s=44)
    s0 = at(2026, 9, 29, 14, 0, NY, wd="Tuesday", off="-0400")
    e0 = at(2026, 9, 29, 15, 0, NY, wd="Tuesday", off="-0400")
    d2 = at(2026, 9, 27, 18, 40, NY, wd="Sunday", off="-0400", s=3)
    d3 = at(2026, 9, 27, 22, 52, "UTC", wd="Sunday", off="+0000", s=10)
    s = at(2026, 10, 1, 15, 0, NY, wd="Thursday", off="-0400")
    e = at(2026, 10, 1, 16, 0, NY, wd="Thursday", off="-0400")
    subj = f"Interview: Jasmine Carter - {role}"
    note0 = f"""Hi Jasmine,

As discussed, this is your interview with {grant[0]}, our Chief Operating Officer. Grant works out of our Savannah headquarters and will join from there on Teams. Plan on an hour; he'll want to hear about your experience with surgical scheduling and ASC coordination.

I'm only handling logistics, so feel free to reach out to me with any questions beforehand.

Celeste Whitfield
HR Manager | Lowcountry Orthopaedic & Spine"""
    m1, uid = exchange_invite(k + "1", organizer=celeste, to_list=[(OWNER_NAME, OWNER), grant], subject=subj,
                              start=s0, end=e0, wintz="Eastern Standard Time", note=note0, date=d1)
    t2 = f"""Hi Jasmine,

I hope you're staying dry up in Atlanta. As you may have seen, the National Hurricane Center has issued a hurricane warning for the Georgia and South Carolina coast, and all of our Savannah and Hilton Head clinics will be closed Monday and Tuesday. Grant is leading our storm preparations, so we need to move your interview off of Tuesday.

Could you do Thursday, October 1 at 3:00 PM instead? I'm sending an updated Teams invite right now - if Thursday doesn't work, just reply and we'll find another time once the storm passes.

Thank you for understanding,
Celeste

Celeste Whitfield
HR Manager | Lowcountry Orthopaedic & Spine
"""
    m2 = eml(k + "2", frm=f"{celeste[0]} <{celeste[1]}>", to=ME, cc=f"{grant[0]} <{grant[1]}>",
             subject="Tuesday interview - hurricane closure", date=d2,
             body=multipart("alternative", [text_part(t2), text_part(html_doc(t2, "font-family:Calibri,sans-serif;font-size:11pt"), "html")], b_outlook(k + "2")),
             mid=msgid(k + "2", "lowcountryortho.example", "outlook"),
             rcv=("mail-dm6nam11.outbound.protection.outlook.com", "40.107.223.52"))
    note1 = note0.replace("As discussed, this is your interview", "Updated for the storm closure: this is your rescheduled interview")
    m3, uid2 = exchange_invite(k + "3", organizer=celeste, to_list=[(OWNER_NAME, OWNER), grant], subject=subj,
                               start=s, end=e, wintz="Eastern Standard Time", note=note1, date=d3, uid=uid, seq=1)
    assert uid2 == uid
    case(7, "hurricane-warning-teams-reschedule", [("01-teams-invite.eml", m1), ("02-hurricane-closure-email.eml", m2),
                                                     ("03-teams-invite-updated.eml", m3)], {
        "interviews": [iv("Lowcountry Orthopaedic & Spine", role, s, e, "scheduled", [grant[1]], [grant[1]], "hiring_manager",
                          "2026-10-01T15:00:00-04:00", "2026-10-01T16:00:00-04:00")],
        "difficulty": "medium", "category": "positive/reschedule-invite-sequence",
        "notes": "Teams invite for Tue 29 Sep; hurricane warning closes the Savannah HQ; updated invite with the same UID and "
                 "SEQUENCE:1 moves it to Thu 1 Oct 3-4 PM EDT. HR manager only coordinates; COO is the interviewer."})


def c08():
    k = "c08"
    sent = at(2026, 9, 25, 20, 11, NY, wd="Friday", off="-0400", s=26)
    s = at(2026, 10, 3, 10, 20, NY, wd="Saturday", off="-0400")
    e = at(2026, 10, 3, 10, 35, NY, wd="Saturday", off="-0400")
    text = f"""Hi Jasmine,

Your appointment is confirmed.

Service: Flu shot (influenza vaccine, 2026-2027 season)
Date: {long_date(s)}
Time: {t12(s)}
Where: Oakhurst Pharmacy & Wellness - Community Flu Shot Clinic, 644 East Lake Dr, Decatur, GA 30030

Before you arrive
- Complete the short vaccine screening questionnaire (allergies, recent illness, prior reactions).
- Bring your insurance card and a photo ID. Most plans cover the flu shot at no cost.
- Wear a short-sleeved shirt or layers.

Plan to stay about 15 minutes after your shot so our pharmacist can observe you.

Need to change your time? Reschedule or cancel: https://book.oakhurstrx.example/a/{H(k, 'appt')[:10]}

Oakhurst Pharmacy & Wellness
(404) 555-0199
"""
    cal = ics(prodid="-//Oakhurst Pharmacy//Appointments//EN", method="PUBLISH", uid=f"{H(k, 'uid')[:24]}@oakhurstrx.example",
              dtstamp=sent, start=s, end=e, tzid=NY, summary="Flu Shot - Oakhurst Pharmacy & Wellness",
              organizer=("Oakhurst Pharmacy & Wellness", "appointments@oakhurstrx.example"),
              attendees=[att_line(OWNER_NAME, OWNER, partstat="ACCEPTED", rsvp=False)],
              description="Community Flu Shot Clinic. Bring insurance card and photo ID.",
              location="644 East Lake Dr, Decatur, GA 30030")
    body = multipart("mixed", [multipart("alternative", [text_part(text), text_part(html_doc(text), "html", cte="base64")], b_generic(k + "a")),
                               attach_part(cal, "text/calendar", "appointment.ics")], b_generic(k))
    m = eml(k, frm="Oakhurst Pharmacy & Wellness <appointments@oakhurstrx.example>", to=OWNER,
            subject=f"Appointment confirmed: Flu Shot Clinic - {s:%a}, {s:%b} {s.day} at {t12(s)}", date=sent, body=body,
            mid=msgid(k, "oakhurstrx.example"), rcv=("smtp.oakhurstrx.example", "203.0.113.15"))
    case(8, "flu-shot-clinic-appointment", [("01-flu-shot-confirmation.eml", m)], {
        "interviews": [], "difficulty": "easy", "category": "negative/medical-appointment",
        "notes": "Pharmacy flu-shot clinic booking with .ics (owner as ATTENDEE) and a screening questionnaire; not a job interview."})


def c09():
    k = "c09"
    cole = ("Cole Brantley", "cole.brantley@wexbridgehealth.example")
    priya = ("Priya Dalal", "priya.dalal@wexbridgehealth.example")
    role = "Implementation Manager, Physician Practices"
    d1 = at(2026, 10, 1, 9, 48, CHI, wd="Thursday", off="-0500", s=7)
    d2 = at(2026, 10, 1, 11, 15, NY, wd="Thursday", off="-0400", s=39)
    d3 = at(2026, 10, 2, 8, 30, CHI, wd="Friday", off="-0500", s=2)
    d4 = at(2026, 10, 2, 15, 5, "UTC", wd="Friday", off="+0000", s=33)
    o1 = at(2026, 10, 6, 10, 0, CHI, wd="Tuesday", off="-0500")
    o3 = at(2026, 10, 9, 9, 0, CHI, wd="Friday", off="-0500")
    s = at(2026, 10, 8, 13, 30, CHI, wd="Thursday", off="-0500")
    e = at(2026, 10, 8, 14, 15, CHI, wd="Thursday", off="-0500")
    assert s.astimezone(ZoneInfo(NY)).hour == 14 and o1.day == 6 and o3.day == 9
    t1 = f"""Hi Jasmine,

Thanks again for making time to talk with me earlier this week - I really enjoyed hearing how you moved your practice from paper superbills to an integrated PM system.

I shared my notes with {priya[0]}, our Director of Client Implementation, and she'd like to set up a 45-minute video conversation. Here are a few windows on her side (all Central, since we're in Nashville):

- Tuesday 10/6 at 10:00 AM or 3:30 PM
- Thursday 10/8 at 1:30 PM
- Friday 10/9 at 9:00 AM

Let me know which one works and I'll get it locked in.

Cole Brantley
Talent Partner | Wexbridge Health
Nashville, TN
"""
    mid1 = msgid(k + "1", "mail.gmail.com", "gmail")
    m1 = eml(k + "1", frm=f"{cole[0]} <{cole[1]}>", to=ME, subject=f"Wexbridge Health - {role}: next steps", date=d1,
             body=multipart("alternative", [text_part(t1), text_part(html_doc(t1), "html")], b_gmail(k + "1")), mid=mid1,
             rcv=("mail-sor-f41.google.com", "209.85.220.41"))
    t2 = f"""Hi Cole,

Thank you - that's great news. Thursday 10/8 at 1:30 PM Central (2:30 my time in Atlanta) works best for me. If that one gets taken, Tuesday at 3:30 would be my backup.

Best,
Jasmine

{quote(t1, f"{cole[0]} <{cole[1]}>", d1)}"""
    mid2 = msgid(k + "2", "mail.gmail.com", "gmail")
    m2 = eml(k + "2", frm=ME, to=f"{cole[0]} <{cole[1]}>", subject=f"Re: Wexbridge Health - {role}: next steps", date=d2,
             body=multipart("alternative", [text_part(t2), text_part(html_doc(t2), "html")], b_gmail(k + "2")),
             mid=mid2, irt=mid1, refs=mid1)
    t3 = f"""You're all set: Thursday, October 8, 1:30-2:15 PM CT with Priya. She'll send a Google Calendar invite with the Meet link shortly.

Have a great weekend!
Cole

{quote(t2, ME, d2)}"""
    mid3 = msgid(k + "3", "mail.gmail.com", "gmail")
    m3 = eml(k + "3", frm=f"{cole[0]} <{cole[1]}>", to=ME, subject=f"Re: Wexbridge Health - {role}: next steps", date=d3,
             body=multipart("alternative", [text_part(t3), text_part(html_doc(t3), "html")], b_gmail(k + "3")),
             mid=mid3, irt=mid2, refs=f"{mid1} {mid2}", rcv=("mail-sor-f41.google.com", "209.85.220.41"))
    desc = (f"Conversation with {priya[0]} (Director, Client Implementation) about the {role} role. "
            "We'll talk through a recent go-live you led and how you'd onboard a 12-provider multispecialty group.")
    m4, _ = google_invite(k + "4", organizer=priya, guests=[priya, (OWNER_NAME, OWNER)],
                          title=f"Jasmine Carter / Priya Dalal - Implementation Manager", start=s, end=e, tzid=CHI,
                          tzlabel="Central Time - Chicago", description=desc, date=d4)
    case(9, "nashville-propose-confirm-google", [("01-recruiter-proposes-times.eml", m1), ("02-owner-picks-thursday.eml", m2),
                                                   ("03-recruiter-confirms.eml", m3), ("04-google-invitation.eml", m4)], {
        "interviews": [iv("Wexbridge Health", role, s, e, "scheduled", [priya[1]], [priya[1]], "hiring_manager",
                          "2026-10-08T13:30:00-05:00", "2026-10-08T14:15:00-05:00")],
        "difficulty": "medium", "category": "positive/thread-propose-confirm",
        "notes": "Nashville recruiter proposes four Central-time slots; owner picks Thu 10/8 1:30 CT (2:30 ET); confirmed, then "
                 "Google invite (America/Chicago). One interview; unchosen slots are not interviews."})


def c10():
    k = "c10"
    gloria = ("Gloria Pettaway", "gloria.pettaway@kennesawridge.example")
    role = "Patient Access Manager"
    d1 = at(2026, 10, 5, 13, 20, NY, wd="Monday", off="-0400", s=55)
    s = at(2026, 10, 9, 10, 0, NY, wd="Friday", off="-0400")
    e = at(2026, 10, 9, 11, 0, NY, wd="Friday", off="-0400")
    d2 = at(2026, 10, 7, 8, 5, NY, wd="Wednesday", off="-0400", s=17)
    t1 = f"""Dear Jasmine,

Thank you for your interest in the {role} position at Kennesaw Ridge Hospital. An in-person interview has been scheduled for you.

Date: {long_date(s)}
Time: {t12(s)} - {t12(e)} (ET)
Interviewer: {gloria[0]}, Director of Patient Access Services
Location: Kennesaw Ridge Hospital, Medical Office Building 2, Suite 310
          1650 Barrett Ridge Pkwy, Kennesaw, GA 30144

Parking is available in visitor deck P2. Please check in at the MOB 2 lobby desk 10 minutes early and bring a government-issued photo ID.

An iCalendar (.ics) file is attached. Questions? Contact Talent Acquisition at talent@kennesawridge.example.

Kennesaw Ridge Hospital Human Resources

This is an automated message from HealthcareSource Position Manager. Please do not reply.
"""
    cal = ics(prodid="-//HealthcareSource//Position Manager//EN", method="REQUEST", uid=f"PM-{H(k, 'uid')[:18].upper()}@healthcaresource.com",
              dtstamp=d1, start=s, end=e, tzid=NY, summary=f"Interview - {role} - Kennesaw Ridge Hospital",
              organizer=("Kennesaw Ridge Hospital HR", "talent@kennesawridge.example"),
              attendees=[att_line(OWNER_NAME, OWNER), att_line(gloria[0], gloria[1])],
              description=f"In-person interview with {gloria[0]}.", location="Kennesaw Ridge Hospital, MOB 2, Suite 310")
    b1 = multipart("mixed", [multipart("alternative", [text_part(t1), text_part(html_doc(t1, "font-family:Tahoma,sans-serif;font-size:13px"), "html")], b_java(k + "a")),
                             attach_part(cal, "text/calendar", "Interview.ics")], b_java(k))
    mid1 = msgid(k + "1", "healthcaresource.com", "java")
    m1 = eml(k + "1", frm="Kennesaw Ridge Hospital <noreply@healthcaresource.com>", to=OWNER, subject=f"Interview Scheduled: {role}",
             date=d1, body=b1, mid=mid1, rcv=("mailout2.healthcaresource.com", "198.51.100.133"), return_path="noreply@healthcaresource.com")
    t2 = f"""Good morning Jasmine,

I hate to send this note. Late yesterday our CFO placed a hold on several leadership requisitions, including the {role} position, while we work through the FY27 budget. Because of that I have to cancel our interview this Friday at 10.

I'm genuinely sorry - your front-end revenue cycle background is exactly what we were hoping for. If the position is released, I'll reach out to you personally before we repost it.

Gloria

Gloria Pettaway
Director, Patient Access Services
Kennesaw Ridge Hospital
"""
    m2 = eml(k + "2", frm=f"{gloria[0]} <{gloria[1]}>", to=ME, subject=f"Friday interview - {role}", date=d2,
             body=text_part(t2), mid=msgid(k + "2", "kennesawridge.example", "outlook"),
             rcv=("mail-co1nam11.outbound.protection.outlook.com", "40.107.220.41"))
    case(10, "healthcaresource-req-frozen-cancel", [("01-healthcaresource-interview-scheduled.eml", m1),
                                                    ("02-director-cancels.eml", m2)], {
        "interviews": [iv("Kennesaw Ridge Hospital", role, s, e, "cancelled", [gloria[1]], [gloria[1]], "hiring_manager",
                          "2026-10-09T10:00:00-04:00", "2026-10-09T11:00:00-04:00")],
        "difficulty": "medium", "category": "positive/cancel-by-email",
        "notes": "HealthcareSource schedules an on-site interview (with .ics); two days later the director cancels by plain e-mail "
                 "because the requisition was frozen. No CANCEL invite; status cancelled at the last scheduled time."})


def c11():
    k = "c11"
    sent = at(2026, 10, 13, 7, 0, NY, wd="Tuesday", off="-0400", s=4)
    s = at(2026, 10, 16, 15, 40, NY, wd="Friday", off="-0400")
    arr = at(2026, 10, 16, 15, 25, NY, wd="Friday", off="-0400")
    text = f"""Hello Jasmine,

This is a reminder of your upcoming appointment.

Provider: Harriet Nguyen, MD
Visit type: Follow-up visit (30 minutes)
Date: {long_date(s)}
Arrive by: {t12(arr)}
Appointment time: {t12(s)}
Location: Midtown Internal Medicine, 1100 West Peachtree St NW, Suite 410, Atlanta, GA 30309

eCheck-In is open. Save time at the front desk by updating your insurance, medications and the pre-visit health history interview up to 7 days before your visit.

Reply C to confirm or call (404) 555-0171 to reschedule. Appointments cancelled with less than 24 hours' notice may be subject to a $50 fee.

Midtown Internal Medicine
Please do not reply to this email with medical questions. Send a secure message through the patient portal instead.
"""
    body = multipart("alternative", [text_part(text), text_part(html_doc(text), "html", cte="base64")], b_generic(k))
    m = eml(k, frm="Midtown Internal Medicine <noreply@patientportal.example>", to=OWNER,
            subject=f"Reminder: upcoming appointment on {s:%A}, {s:%B} {s.day}", date=sent, body=body,
            mid=msgid(k, "patientportal.example"), rcv=("out.patientportal.example", "203.0.113.61"))
    case(11, "patient-portal-doctor-visit", [("01-appointment-reminder.eml", m)], {
        "interviews": [], "difficulty": "medium", "category": "negative/medical-appointment",
        "notes": "Owner's own doctor follow-up visit reminder from a patient portal (mentions a 'pre-visit health history interview'); not a job interview."})


def c12():
    k = "c12"
    denise = ("Denise Holloway", "denise.holloway@peachstatedental.example")
    role = "Practice Operations Manager"
    d1 = at(2026, 10, 5, 14, 12, NY, wd="Monday", off="-0400", s=30)
    d2 = at(2026, 10, 6, 21, 44, "UTC", wd="Tuesday", off="+0000", s=10)
    s = at(2026, 10, 14, 12, 30, NY, wd="Wednesday", off="-0400")
    e = at(2026, 10, 14, 13, 0, NY, wd="Wednesday", off="-0400")
    link = "https://calendly.com/denise-holloway-psda/30min"
    t1 = f"""Hi Jasmine,

I'm a senior recruiter with Peach State Dental Alliance - we support 38 general and pediatric dental offices across Georgia. Your background running a busy multi-provider front office caught my eye for our {role} opening covering our five Atlanta-area locations.

If you're open to it, I'd love to set up a 30-minute introductory phone screen. You can grab any open slot on my calendar here:
{link}

Looking forward to connecting,
Denise

Denise Holloway
Senior Recruiter | Peach State Dental Alliance
"""
    mid1 = msgid(k + "1", "peachstatedental.example", "outlook")
    m1 = eml(k + "1", frm=f"{denise[0]} <{denise[1]}>", to=ME, subject=f"{role} - Peach State Dental Alliance", date=d1,
             body=multipart("alternative", [text_part(t1), text_part(html_doc(t1, "font-family:Calibri,sans-serif"), "html")], b_outlook(k + "1")),
             mid=mid1, rcv=("mail-bl2nam02.outbound.protection.outlook.com", "40.107.236.70"))
    t2 = f"""Hi Jasmine Carter,

A new event has been scheduled.

Event Type:
30 Minute Phone Screen

Invitee:
Jasmine Carter

Event Date/Time:
{gtime(s)} - {gtime(e)} (Eastern Time - US & Canada) {long_date(s)}

Location:
{denise[0].split()[0]} will call you at +1 404-555-0126

Host:
{denise[0]}

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{H(k, 'ev')[:8]}-{H(k, 'ev')[8:12]}-{H(k, 'ev')[12:16]}-{H(k, 'ev')[16:28]}
Reschedule: https://calendly.com/reschedulings/{H(k, 'ev')[:8]}-{H(k, 'ev')[8:12]}-{H(k, 'ev')[12:16]}-{H(k, 'ev')[16:28]}

Powered by Calendly.com
"""
    cal = ics(prodid="-//Calendly//Calendly//EN", method="REQUEST", uid=f"{H(k, 'uid')[:8]}-{H(k, 'uid')[8:12]}-{H(k, 'uid')[12:16]}-{H(k, 'uid')[16:28]}@calendly.com",
              dtstamp=d2, start=s, end=e, tzid="UTC", summary=f"Jasmine Carter and {denise[0]}",
              organizer=denise, attendees=[att_line(OWNER_NAME, OWNER, partstat="ACCEPTED", rsvp=False)],
              description="Event Name: 30 Minute Phone Screen\nLocation: Denise will call you at +1 404-555-0126",
              location="+1 404-555-0126")
    b2 = multipart("mixed", [multipart("alternative", [text_part(t2), text_part(html_doc(t2), "html")], b_generic(k + "2a")),
                             attach_part(cal, "text/calendar", "invite.ics")], b_generic(k + "2"))
    m2 = eml(k + "2", frm="Calendly <notifications@calendly.com>", to=OWNER, reply_to=f"{denise[0]} <{denise[1]}>",
             subject=f"Confirmed: 30 Minute Phone Screen with {denise[0]} on {long_date(s)}", date=d2, body=b2,
             mid=msgid(k + "2", "calendly.com"), rcv=("o3.ptr4.calendly.com", "198.51.100.9"))
    case(12, "calendly-link-then-booked", [("01-recruiter-calendly-link.eml", m1), ("02-calendly-confirmed.eml", m2)], {
        "interviews": [iv("Peach State Dental Alliance", role, s, e, "scheduled", [denise[1]], [denise[1]], "phone_screen",
                          "2026-10-14T12:30:00-04:00", "2026-10-14T13:00:00-04:00")],
        "difficulty": "easy", "category": "positive/calendly",
        "notes": "Recruiter sends a Calendly link (unbooked by itself); the invitee confirmation books Wed 14 Oct 12:30-1:00 PM ET. "
                 "invite.ics uses UTC times."})


# ============================================================================= cases 13-23
def c13():
    k = "c13"
    marisol = ("Marisol Dunbar", "marisol.dunbar@chastainhealth.example")
    kendra = ("Kendra Mills", "kendra.mills@chastainhealth.example")
    oscar = ("Oscar Reyes", "oscar.reyes@chastainhealth.example")
    felicia = ("Felicia Grant", "felicia.grant@chastainhealth.example")
    adeyemi = ("Samuel Adeyemi, MD", "samuel.adeyemi@chastainhealth.example")
    joy = ("Joy Whitaker, RN", "joy.whitaker@chastainhealth.example")
    role = "Practice Administrator - Chastain Primary Care Decatur"
    d0 = at(2026, 10, 14, 16, 2, NY, wd="Wednesday", off="-0400", s=18)
    day = dict(wd="Tuesday", off="-0400")
    sess = [
        (at(2026, 10, 20, 8, 30, NY, **day), at(2026, 10, 20, 9, 15, NY, **day), "Peer Interview (Clinic Staff)", [kendra, oscar],
         "Peer interview with two of the people you'd lead day to day: Kendra (Lead Medical Assistant) and Oscar (Front Desk Supervisor). "
         "Expect questions about staffing the front desk during flu season and handling patient complaints."),
        (at(2026, 10, 20, 9, 30, NY, **day), at(2026, 10, 20, 10, 15, NY, **day), "Director of Practice Operations", [felicia],
         "One-on-one with Felicia Grant, Director of Practice Operations (the hiring manager). Budgeting, productivity dashboards and provider relations."),
        (at(2026, 10, 20, 10, 30, NY, **day), at(2026, 10, 20, 11, 30, NY, **day), "Medical Director Panel", [adeyemi, joy],
         "Panel with Dr. Samuel Adeyemi (Medical Director) and Joy Whitaker, RN (Nurse Manager). Quality measures, clinical workflow and "
         "how you partner with physicians."),
        (at(2026, 10, 20, 12, 30, NY, **day), at(2026, 10, 20, 16, 30, NY, **day), "Clinic Shadowing (Half Day)", [oscar, kendra],
         "Afternoon shadowing in clinic: check-in/check-out with Oscar, then the 3:30 huddle with Kendra. This is part of your interview day; "
         "the team shares observations with Felicia afterward."),
    ]
    lunch = at(2026, 10, 20, 11, 30, NY, **day)
    t0 = f"""Hi Jasmine,

Congratulations on moving forward! Below is your onsite itinerary for {long_date(sess[0][0])} at Chastain Primary Care - Decatur, 2701 N Decatur Rd, Suite 200, Decatur, GA 30033. You'll receive a separate calendar invitation for each session.

8:30 - 9:15 AM    Peer interview with clinic staff - Kendra Mills, Lead Medical Assistant, and Oscar Reyes, Front Desk Supervisor
9:30 - 10:15 AM   Felicia Grant, Director of Practice Operations
10:30 - 11:30 AM  Panel with Dr. Samuel Adeyemi, Medical Director, and Joy Whitaker, RN, Nurse Manager
11:30 AM - 12:30 PM  Lunch with the care team (on us)
12:30 - 4:30 PM   Clinic shadowing (half day) - still part of the interview; the team will share observations with Felicia

Business casual is perfect; comfortable shoes are a good idea for the afternoon. Park in the visitor lot and ask for me at the front desk - I'll meet you at 8:15 and get your visitor badge.

Please let me know if you need any accommodations.

Marisol Dunbar
Recruitment Coordinator, Talent Acquisition
Chastain Health System
"""
    assert t12(lunch) == "11:30 AM"
    items = [("01-onsite-itinerary.eml", eml(k + "0", frm=f"{marisol[0]} <{marisol[1]}>", to=ME,
              subject=f"Onsite interview itinerary - {role}", date=d0,
              body=multipart("alternative", [text_part(t0), text_part(html_doc(t0, "font-family:Calibri,sans-serif;font-size:11pt"), "html", cte="base64")], b_outlook(k + "0")),
              mid=msgid(k + "0", "chastainhealth.example", "outlook"), rcv=("mail-sn1nam02.outbound.protection.outlook.com", "40.107.96.60")))]
    slugs = ["peer-interview", "director-practice-ops", "medical-director-panel", "clinic-shadowing"]
    for i, (s, e, title, people, note) in enumerate(sess):
        d = at(2026, 10, 14, 20, 10 + 3 * i, "UTC", wd="Wednesday", off="+0000", s=5 + i)
        m, _ = exchange_invite(f"{k}-{i}", organizer=marisol, to_list=[(OWNER_NAME, OWNER)] + people,
                               subject=f"Onsite Interview: {title} - Jasmine Carter", start=s, end=e,
                               wintz="Eastern Standard Time", note=note + "\n\nMarisol Dunbar | Recruitment Coordinator",
                               date=d, location="Chastain Primary Care - Decatur, Suite 200", teams=False)
        items.append((f"{i + 2:02d}-invite-{slugs[i]}.eml", m))
    ivs = [p[1] for p in [kendra, oscar, felicia, adeyemi, joy]]
    case(13, "hospital-onsite-loop-shadowing", items, {
        "interviews": [iv("Chastain Health System", role, sess[0][0], sess[-1][1], "scheduled", ivs, ivs, "onsite",
                          "2026-10-20T08:30:00-04:00", "2026-10-20T16:30:00-04:00")],
        "difficulty": "hard", "category": "positive/onsite-loop-several-invites",
        "notes": "Itinerary + four separate Outlook invites on Tue 20 Oct (peer interview with clinic staff, director, medical-director "
                 "panel, afternoon shadowing half-day). The itinerary states the shadowing is part of the interview day, so per the "
                 "loop rule it is ONE onsite from 8:30 to 4:30 PM with all five staff; coordinator excluded."})


def c14():
    k = "c14"
    sent = at(2026, 10, 9, 10, 22, LA, wd="Friday", off="-0700", s=41)
    s = at(2026, 10, 21, 12, 0, NY, wd="Wednesday", off="-0400")
    e = at(2026, 10, 21, 13, 0, NY, wd="Wednesday", off="-0400")
    h = H(k, "web")
    wid = f"{int(h[:3], 16) % 900 + 100} {int(h[3:7], 16) % 9000 + 1000} {int(h[7:11], 16) % 9000 + 1000}"
    text = f"""Hi Jasmine,

Thank you for registering for "HIPAA Privacy & Security Refresher for Practice Managers (2026 Update)".

Please submit any questions to: education@sepma.example

Date Time: {s:%b} {s.day}, {s.year} {t12(s)} Eastern Time (US and Canada)

Join from PC, Mac, iPad, or Android:
https://us06web.zoom.us/w/{int(h[11:22], 16)}?tk={h[22:40]}
Passcode: {int(h[40:46], 16) % 900000 + 100000}

Webinar ID: {wid}

Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

Description: Southeastern Practice Managers Association members' webinar. Our panel - a healthcare privacy attorney and a compliance officer from a 40-provider physician group - will cover the 2026 Security Rule changes, right-of-access timelines and breach-response tabletop tips. Live Q&A follows. Eligible for 1.0 ACMPE credit.

You can cancel your registration at any time.
"""
    cal = ics(prodid="-//zoom.us//iCalendar Event//EN", method="PUBLISH", uid=f"ZOOM{int(h[46:56], 16)}@zoom.us", dtstamp=sent,
              start=s, end=e, tzid=NY, summary="HIPAA Privacy & Security Refresher for Practice Managers (2026 Update)",
              organizer=("Southeastern Practice Managers Association", "education@sepma.example"),
              attendees=[att_line(OWNER_NAME, OWNER, partstat="ACCEPTED", rsvp=False)],
              description=f"Webinar ID: {wid}\nLive Q&A follows. 1.0 ACMPE credit.", location="https://us06web.zoom.us/w/")
    body = multipart("mixed", [multipart("alternative", [text_part(text), text_part(html_doc(text, "font-family:Lato,Helvetica,sans-serif"), "html")], b_generic(k + "a")),
                               attach_part(cal, "text/calendar", "webinar.ics")], b_generic(k))
    m = eml(k, frm="Southeastern Practice Managers Association <no-reply@zoom.us>", to=OWNER, reply_to="education@sepma.example",
            subject="HIPAA Privacy & Security Refresher for Practice Managers (2026 Update) Confirmation", date=sent, body=body,
            mid=msgid(k, "zoom.us"), rcv=("mailout-us06.zoom.us", "198.51.100.180"))
    case(14, "hipaa-webinar-zoom", [("01-zoom-webinar-registration.eml", m)], {
        "interviews": [], "difficulty": "easy", "category": "negative/webinar",
        "notes": "Zoom webinar registration for a HIPAA training webinar with a 'panel' and live Q&A; .ics attached; not an interview."})


def c15():
    k = "c15"
    lauren = ("Lauren Whitcomb", "lauren.whitcomb@ansleyderm.example")
    role = "Office Manager"
    sent = at(2026, 10, 8, 10, 41, CHI, wd="Thursday", off="-0500", s=2)
    s = at(2026, 10, 15, 16, 0, NY, wd="Thursday", off="-0400")
    e = at(2026, 10, 15, 17, 0, NY, wd="Thursday", off="-0400")
    created = at(2026, 10, 8, 16, 2, "UTC", wd="Thursday", off="+0000", s=11)
    text = f"""Hello Jasmine,

Ansley Park Dermatology has scheduled an interview with you for the {role} position.

Interview Date: {s:%m/%d/%Y}
Interview Time: {t12(s)} Eastern Time
Interview Type: In Person
Location: 1544 Piedmont Ave NE, Suite 210, Atlanta, GA 30324
Interviewer: Dr. Lauren Whitcomb

Please log in to your Paycom applicant account to confirm that you will attend or to request a different time.

Thank you,
Ansley Park Dermatology

This message was sent through Paycom. Please do not reply to this email.
"""
    m1 = eml(k, frm="Ansley Park Dermatology <noreply@paycomonline.net>", to=OWNER, subject=f"Interview Scheduled - {role}", date=sent,
             body=multipart("alternative", [text_part(text), text_part(html_doc(text), "html")], b_java(k)),
             mid=msgid(k, "paycomonline.net", "java"), rcv=("smtp3.paycomonline.net", "198.51.100.57"))
    h = H(k, "gcal")
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(h[:13], 16) % 10**16}\"",
        "id": h[13:39],
        "status": "confirmed",
        "htmlLink": f"https://www.google.com/calendar/event?eid={base64.b64encode((h[13:39] + ' ' + OWNER).encode()).decode().rstrip('=')}",
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": created.replace(minute=9, second=47).strftime("%Y-%m-%dT%H:%M:%S.512Z"),
        "summary": f"Interview - Jasmine Carter ({role})",
        "description": "In-person interview after clinic closes. You'll meet with Dr. Whitcomb in her office; Marcy from the front desk "
                       "will give you a quick tour of the suite afterward.",
        "location": "Ansley Park Dermatology, 1544 Piedmont Ave NE, Suite 210, Atlanta, GA 30324",
        "creator": {"email": lauren[1], "displayName": lauren[0]},
        "organizer": {"email": lauren[1], "displayName": lauren[0]},
        "start": {"dateTime": iso(s), "timeZone": NY},
        "end": {"dateTime": iso(e), "timeZone": NY},
        "iCalUID": f"{h[13:39]}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": lauren[1], "displayName": lauren[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    j = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    case(15, "paycom-plus-calendar-api", [("01-paycom-interview-scheduled.eml", m1), ("02-interview-event.gcal.json", j)], {
        "interviews": [iv("Ansley Park Dermatology", role, s, e, "scheduled", [lauren[1]], [lauren[1]], "hiring_manager",
                          "2026-10-15T16:00:00-04:00", "2026-10-15T17:00:00-04:00")],
        "difficulty": "medium", "category": "positive/dedupe-email-and-calendar-api",
        "notes": "Paycom notice (sent with a Central -0500 Date header) gives 4:00 PM Eastern, no end; the Calendar API event gives "
                 "the hour and the physician's address. One interview; Marcy (tour) has no address and is not an interviewer."})


def c16():
    k = "c16"
    sent = at(2026, 10, 12, 3, 17, "Europe/London", wd="Monday", off="+0100", s=44)
    text = """Dear Jasmine,

Your resume was reviewed by our hiring department and we are pleased to inform you that you have been shortlisted for the position of Remote Medical Billing Manager ($48/hr, fully remote, full benefits).

The online interview will hold tomorrow by 11:00am EST via Microsoft Teams chat (text only). Kindly download Microsoft Teams and search for our hiring manager Mr. Richard Vance using the ID: richard.vance.hr2 . Once you are online send him the code UCHS-4471.

Please have the following ready for immediate onboarding after the interview:
- Full name, home address and SSN
- Front and back of your driver license
- Bank name and account details for direct deposit

Successful candidates will receive a check to purchase home office equipment (laptop, printer, billing software) from our approved vendor.

Regards,
Human Resources Department
UnitedCare Health Solutions
"""
    m = eml(k, frm="UnitedCare Health Solutions HR <hr.onboarding@unitedcare-hs.example>", to=OWNER,
            reply_to="unitedcare.hiringdept@fastmail-box.example", subject="Remote Medical Billing Manager - Interview Invitation",
            date=sent, body=text_part(text, cte="7bit"), mid=msgid(k, "unitedcare-hs.example"),
            rcv=("vps-41233.unitedcare-hs.example", "203.0.113.209"))
    case(16, "scam-remote-billing-manager", [("01-text-chat-interview-scam.eml", m)], {
        "interviews": [], "difficulty": "medium", "category": "negative/scam",
        "notes": "Recruiting scam: text-chat 'interview' tomorrow at 11 EST, asks for SSN and bank details, equipment-check scheme; "
                 "mismatched Reply-To. Not a real interview."})


def c17():
    k = "c17"
    brooke = ("Brooke Sandoval", "brooke.sandoval@atlpedspartners.example")
    d1 = at(2026, 10, 13, 11, 40, NY, wd="Tuesday", off="-0400", s=9)
    d2 = at(2026, 10, 13, 19, 2, NY, wd="Tuesday", off="-0400", s=55)
    for dd, wdn in [(19, "Monday"), (21, "Wednesday"), (22, "Thursday"), (23, "Friday")]:
        at(2026, 10, dd, 9, 0, NY, wd=wdn, off="-0400")
    t1 = """Hi Jasmine,

Dr. Amara Osei, our managing physician, reviewed your resume for the Practice Manager role at our Sandy Springs office and would like to set up an interview.

Could you send me 3-4 windows of availability next week (Oct 19-23) between 8 AM and 5 PM? Please allow about 45 minutes for each. Once I hear back, I'll match them against Dr. Osei's clinic schedule and send a formal invitation.

Thanks so much,
Brooke

Brooke Sandoval
Human Resources Coordinator | Atlanta Pediatric Partners
"""
    mid1 = msgid(k + "1", "atlpedspartners.example", "outlook")
    m1 = eml(k + "1", frm=f"{brooke[0]} <{brooke[1]}>", to=ME, subject="Scheduling - Practice Manager (Sandy Springs)", date=d1,
             body=multipart("alternative", [text_part(t1), text_part(html_doc(t1), "html")], b_outlook(k + "1")), mid=mid1,
             rcv=("mail-mw2nam10.outbound.protection.outlook.com", "40.107.94.33"))
    t2 = f"""Hi Brooke,

Thank you - I'd be glad to meet with Dr. Osei. Here's my availability next week:

- Monday 10/19: any time after 1:00 PM
- Wednesday 10/21: 9:00 - 11:30 AM
- Thursday 10/22: any time after 10:00 AM

Happy to adjust if none of those line up with clinic hours.

Best,
Jasmine

{quote(t1, f"{brooke[0]} <{brooke[1]}>", d1)}"""
    m2 = eml(k + "2", frm=ME, to=f"{brooke[0]} <{brooke[1]}>", subject="Re: Scheduling - Practice Manager (Sandy Springs)", date=d2,
             body=multipart("alternative", [text_part(t2), text_part(html_doc(t2), "html")], b_gmail(k + "2")),
             mid=msgid(k + "2", "mail.gmail.com", "gmail"), irt=mid1, refs=mid1)
    case(17, "availability-request-unbooked", [("01-coordinator-asks-availability.eml", m1), ("02-owner-sends-windows.eml", m2)], {
        "interviews": [], "difficulty": "hard", "category": "negative/availability-request",
        "notes": "Coordinator asks for availability; owner offers three windows; no time is ever confirmed in the mailbox."})


def c18():
    k = "c18"
    sent = at(2026, 10, 16, 9, 0, LA, wd="Friday", off="-0700", s=14)
    past = at(2026, 10, 6, 10, 0, NY, wd="Tuesday", off="-0400")
    text = f"""Dear Jasmine,

Thank you for taking the time to interview with our team on {past:%B} {past.day} for the Clinic Practice Manager, Women's Health position (R-11872). We enjoyed learning about your experience and appreciate your interest in Marietta Memorial Health.

After careful consideration, we have decided to move forward with another candidate whose experience more closely matches the current needs of the clinic.

We encourage you to keep an eye on our career site and apply to future openings that match your skills. Your Candidate Home account will remain active.

We wish you the very best in your search.

Sincerely,
Marietta Memorial Health Talent Acquisition
"""
    m = eml(k, frm="Marietta Memorial Health <mariettamemorial@myworkday.com>", to=OWNER,
            subject="Update on your application - Clinic Practice Manager, Women's Health (R-11872)", date=sent,
            body=multipart("alternative", [text_part(text), text_part(html_doc(text), "html")], b_java(k)),
            mid=msgid(k, "myworkday.com", "java"), rcv=("mail-out-dc1.myworkday.com", "198.51.100.22"))
    case(18, "workday-rejection-after-interview", [("01-workday-application-update.eml", m)], {
        "interviews": [], "difficulty": "easy", "category": "negative/rejection",
        "notes": "Workday rejection that refers to a past interview on October 6 (no time, not scheduled in this mailbox)."})


def c19():
    k = "c19"
    sent = at(2026, 10, 19, 13, 5, "UTC", wd="Monday", off="+0000", s=51)
    due = at(2026, 10, 23, 23, 59, NY, wd="Friday", off="-0400")
    text = f"""<html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
<p>Dear Jasmine Carter,</p>
<p>Thank you for your application for <b>Ambulatory Practice Manager - Fulton Crossing Primary Care Network</b> (Requisition 2611093).</p>
<p>The next step in our selection process is an <b>on-demand video interview</b>. You will record answers to five questions on your own
schedule; there is no live interviewer on the call. Each question allows 1 minute to prepare and up to 3 minutes to respond.</p>
<p>Please complete your video interview by <b>{long_date(due)} at {t12(due)} Eastern</b>.</p>
<p><a href="https://fultoncrossing.taleo.net/careersection/video/start?token={H(k, 'tok')[:24]}">Start your video interview</a></p>
<p>Before you begin: use Chrome or Edge, allow camera and microphone access, and find a quiet, well-lit space.
You may complete a practice question as many times as you like.</p>
<p>Sincerely,<br>Fulton Crossing Medical Center Talent Acquisition</p>
<p style="font-size:10px;color:#777">Please do not reply to this automated message.</p>
</body></html>
"""
    m = eml(k, frm="Fulton Crossing Medical Center <fultoncrossing@taleo.net>", to=OWNER,
            subject="Next Step: On-Demand Video Interview - Ambulatory Practice Manager", date=sent,
            body=text_part(text, "html"), mid=msgid(k, "taleo.net", "java"), rcv=("mail2.taleo.net", "198.51.100.78"))
    case(19, "taleo-one-way-video", [("01-taleo-on-demand-video.eml", m)], {
        "interviews": [], "difficulty": "medium", "category": "negative/one-way-video",
        "notes": "One-way recorded video interview with a completion deadline (Fri 23 Oct 11:59 PM ET); no live conversation."})


def c20():
    k = "c20"
    nia = ("Nia Abernathy", "nia.abernathy@decaturoms.example")
    brenda = ("Brenda Sykes", "brenda.sykes@decaturoms.example")
    d1 = at(2026, 10, 27, 6, 52, NY, wd="Tuesday", off="-0400", s=21)
    d2 = at(2026, 10, 27, 12, 10, NY, wd="Tuesday", off="-0400", s=4)
    d3 = at(2026, 10, 27, 12, 31, NY, wd="Tuesday", off="-0400", s=40)
    s = at(2026, 10, 29, 7, 45, NY, wd="Thursday", off="-0400")   # "Thursday" after Tue 27 Oct
    e = at(2026, 10, 29, 8, 30, NY, wd="Thursday", off="-0400")
    t1 = """Hi Jasmine,

Brenda forwarded your resume after the MGMA chapter meeting. As she's mentioned, she is retiring at the end of the year and we're looking for the right person to take over as practice manager.

Our surgical schedule is packed, so the easiest time for me is before the first case. Could you come by the office Thursday at 7:45 AM? Brenda and I would like to sit down with you for about 45 minutes and talk through the role - consider it your first interview with us.

We're at 315 W Ponce de Leon Ave, Suite 500, Decatur.

Nia

Nia Abernathy, DMD, MD
Decatur Oral & Maxillofacial Surgery
"""
    mid1 = msgid(k + "1", "decaturoms.example")
    m1 = eml(k + "1", frm=email.utils.formataddr(("Dr. " + nia[0], nia[1])), to=ME, cc=f"{brenda[0]} <{brenda[1]}>",
             subject="Practice manager position - meeting at the office?", date=d1,
             body=multipart("alternative", [text_part(t1, cte="7bit"), text_part(html_doc(t1), "html")], b_apple(k + "1")),
             mid=mid1, rcv=("p-west1-cluster2-host4-snip4-10.eps.apple.com", "17.57.155.23"))
    t2 = f"""Good afternoon Dr. Abernathy,

Thank you for reaching out - I'd be glad to. Thursday at 7:45 works for me. Is there a particular entrance I should use that early?

Best regards,
Jasmine Carter

{quote(t1, f"Dr. {nia[0]} <{nia[1]}>", d1)}"""
    mid2 = msgid(k + "2", "mail.gmail.com", "gmail")
    m2 = eml(k + "2", frm=ME, to=email.utils.formataddr(("Dr. " + nia[0], nia[1])), cc=f"{brenda[0]} <{brenda[1]}>",
             subject="Re: Practice manager position - meeting at the office?", date=d2,
             body=multipart("alternative", [text_part(t2), text_part(html_doc(t2), "html")], b_gmail(k + "2")),
             mid=mid2, irt=mid1, refs=mid1)
    t3 = f"""Hi Jasmine!

So glad this worked out. The front doors stay locked until 8, so park in the back lot and ring the staff entrance bell - I'll let you in. See you Thursday morning!

Brenda Sykes
Practice Manager | Decatur Oral & Maxillofacial Surgery

{quote(t2, ME, d2)}"""
    m3 = eml(k + "3", frm=f"{brenda[0]} <{brenda[1]}>", to=ME, cc=email.utils.formataddr(("Dr. " + nia[0], nia[1])),
             subject="Re: Practice manager position - meeting at the office?", date=d3,
             body=text_part(t3), mid=msgid(k + "3", "decaturoms.example"), irt=mid2, refs=f"{mid1} {mid2}",
             rcv=("smtp.decaturoms.example", "203.0.113.88"))
    case(20, "oral-surgery-thursday-745-body-only", [("01-surgeon-invites.eml", m1), ("02-owner-accepts.eml", m2),
                                                     ("03-practice-manager-parking.eml", m3)], {
        "interviews": [iv("Decatur Oral & Maxillofacial Surgery", "Practice Manager", s, e, "scheduled", [nia[1], brenda[1]],
                          [nia[1], brenda[1]], "onsite", "2026-10-29T07:45:00-04:00", "2026-10-29T08:30:00-04:00")],
        "difficulty": "hard", "category": "positive/email-body-relative-date",
        "notes": "Time only in the bodies: 'Thursday at 7:45 AM' written Tue 27 Oct -> Thu 29 Oct, 45 minutes, in person with the "
                 "owner-surgeon and the retiring practice manager (two interviewers -> onsite per README)."})


def c21():
    k = "c21"
    dwayne = ("Dwayne Castellanos", "dwayne.castellanos@chatteye.example")
    stamp = at(2026, 10, 22, 14, 15, "UTC", wd="Thursday", off="+0000")
    s = at(2026, 11, 2, 9, 0, NY, wd="Monday", off="-0500")
    e = at(2026, 11, 2, 10, 0, NY, wd="Monday", off="-0500")
    h = H(k, "zoom")
    zid = int(h[:10], 16) % 90000000000 + 10000000000
    desc = f"""{dwayne[0]} is inviting you to a scheduled Zoom meeting.

Topic: Practice Administrator interview - Jasmine Carter
Time: {s:%b} {s.day}, {s.year} {s:%I}:{s:%M} AM Eastern Time (US and Canada)

Join Zoom Meeting
https://chatteye.zoom.us/j/{zid}?pwd={h[10:32]}

Meeting ID: {str(zid)[:3]} {str(zid)[3:7]} {str(zid)[7:]}
Passcode: {int(h[32:38], 16) % 900000 + 100000}

Dwayne (CEO, Chattahoochee Eye Associates) will lead the conversation. Please have a rough outline of your first 90 days handy."""
    cal = ics(prodid="-//zoom.us//iCalendar Event//EN", method=None, uid=f"ZOOM{zid}", dtstamp=stamp, start=s, end=e, tzid=NY,
              summary="Chattahoochee Eye Associates - Practice Administrator interview (Jasmine Carter)", organizer=dwayne,
              attendees=[att_line(OWNER_NAME, OWNER, partstat="ACCEPTED", rsvp=False)], description=desc,
              location=f"https://chatteye.zoom.us/j/{zid}?pwd={h[10:32]}", created=stamp)
    case(21, "standalone-zoom-ics-after-dst", [("01-practice-administrator-interview.ics", cal)], {
        "interviews": [iv("Chattahoochee Eye Associates", "Practice Administrator", s, e, "scheduled", [dwayne[1]], [dwayne[1]],
                          "hiring_manager", "2026-11-02T09:00:00-05:00", "2026-11-02T10:00:00-05:00")],
        "difficulty": "medium", "category": "positive/standalone-ics",
        "notes": "Standalone Zoom .ics created 22 Oct (EDT) for Mon 2 Nov 9:00 America/New_York - the day after US DST ends, "
                 "so -05:00."})


def c22():
    k = "c22"
    latrice = ("Latrice Odom", "latrice.odom@redmountainchc.example")
    okw = ("Dr. Cynthia Okwuosa", "cynthia.okwuosa@redmountainchc.example")
    pruitt = ("Wendell Pruitt", "wendell.pruitt@redmountainchc.example")
    amber = ("Amber Kincaid", "amber.kincaid@redmountainchc.example")
    role = "Clinic Operations Manager"
    d = at(2026, 10, 28, 19, 36, "UTC", wd="Wednesday", off="+0000", s=2)
    assert d.astimezone(ZoneInfo(CHI)).strftime("%z") == "-0500"
    s = at(2026, 11, 3, 10, 0, CHI, wd="Tuesday", off="-0600")
    e = at(2026, 11, 3, 11, 15, CHI, wd="Tuesday", off="-0600")
    assert s.astimezone(ZoneInfo(NY)).strftime("%H:%M %z") == "11:00 -0500"
    note = f"""Hi Jasmine,

Thank you for your interest in the {role} position at Red Mountain Community Health Center in Birmingham. This invitation is for your panel interview with:

- Dr. Cynthia Okwuosa, Medical Director
- Wendell Pruitt, Director of Nursing
- Amber Kincaid, Practice Manager, Southside Clinic

A quick note since you're in Atlanta: Daylight Saving Time ends this Sunday, November 1, so 10:00 AM Central will be 11:00 AM Eastern on the day of your interview. The panel is scheduled for 75 minutes, including time for your questions about our FQHC sites and UDS reporting.

I'll be on the call for the first few minutes to make introductions, then I'll drop off.

Latrice Odom
HR Generalist | Red Mountain Community Health Center
Birmingham, Alabama"""
    m, _ = exchange_invite(k, organizer=latrice, to_list=[(OWNER_NAME, OWNER), okw, pruitt, amber],
                           subject=f"Panel Interview - {role} - Jasmine Carter", start=s, end=e,
                           wintz="Central Standard Time", note=note, date=d)
    ivs = [okw[1], pruitt[1], amber[1]]
    case(22, "birmingham-panel-central-dst", [("01-teams-panel-invite.eml", m)], {
        "interviews": [iv("Red Mountain Community Health Center", role, s, e, "scheduled", ivs, ivs, "onsite",
                          "2026-11-03T10:00:00-06:00", "2026-11-03T11:15:00-06:00")],
        "difficulty": "hard", "category": "positive/teams-panel-other-timezone",
        "notes": "Birmingham FQHC Teams panel with the medical director; invite sent Wed 28 Oct (CDT, -05:00) in Windows "
                 "'Central Standard Time' for Tue 3 Nov 10:00-11:15, after DST ends -> -06:00 (11:00 EST). Panel -> onsite; "
                 "HR generalist only introduces."})


def c23():
    k = "c23"
    yolanda = ("Yolanda Pierce", "yolanda.pierce@summitridgesurgical.example")
    role = "Practice Manager"
    d1 = at(2026, 11, 2, 15, 30, NY, wd="Monday", off="-0500", s=8)
    start_day = at(2026, 11, 30, 8, 0, NY, wd="Monday", off="-0500")
    reply_by = at(2026, 11, 6, 17, 0, NY, wd="Friday", off="-0500")
    d2 = at(2026, 11, 4, 8, 10, CHI, wd="Wednesday", off="-0600", s=33)
    s = at(2026, 11, 9, 7, 30, NY, wd="Monday", off="-0500")
    e = at(2026, 11, 9, 9, 0, NY, wd="Monday", off="-0500")
    t1 = f"""Dear Jasmine,

On behalf of Summit Ridge Surgical Partners, I am delighted to offer you the position of {role} for our Alpharetta and Johns Creek offices, reporting to our Chief Operating Officer.

- Base salary: $88,000 per year, paid biweekly
- Eligibility for our annual incentive plan (up to 8%)
- Medical, dental and vision coverage beginning on the first of the month after your start date
- 20 days of paid time off plus 7 holidays

Your anticipated start date is {long_date(start_day)}, with new-hire orientation beginning at {t12(start_day)} at our Alpharetta office.

This offer is contingent on a satisfactory background check, a pre-employment physical and drug screen, and verification of your credentials through our onboarding portal (symplr). You'll receive a separate message with those steps.

Please reply to accept by {reply_by:%A}, {reply_by:%B} {reply_by.day}. We're excited to have you join us!

Warm regards,
Yolanda Pierce
Director of Human Resources
Summit Ridge Surgical Partners
"""
    mid1 = msgid(k + "1", "summitridgesurgical.example", "outlook")
    m1 = eml(k + "1", frm=f"{yolanda[0]} <{yolanda[1]}>", to=ME, subject=f"Offer of Employment - {role}, Summit Ridge Surgical Partners",
             date=d1, body=multipart("alternative", [text_part(t1), text_part(html_doc(t1, "font-family:Georgia,serif;font-size:12pt"), "html", cte="base64")], b_outlook(k + "1")),
             mid=mid1, rcv=("mail-dm3nam02.outbound.protection.outlook.com", "40.107.95.20"))
    t2 = f"""Hello Jasmine,

As part of your onboarding with Summit Ridge Surgical Partners, the following occupational health appointment has been scheduled for you.

Appointment: Pre-employment physical, 10-panel urine drug screen and TB test
Date: {long_date(s)}
Time: {t12(s)} (Eastern)
Location: WorkWell Occupational Health - Midtown, 1010 Spring St NW, Atlanta, GA 30309

Please bring a photo ID, your immunization records and the authorization form available in your onboarding checklist. Allow 60 to 90 minutes. Results are sent directly to Summit Ridge Employee Health.

Complete your remaining onboarding tasks: https://summitridge.symplr.com/onboarding/{H(k, 'ob')[:16]}

symplr on behalf of Summit Ridge Surgical Partners
This is an automated notification. Do not reply.
"""
    cal = ics(prodid="-//symplr//Onboarding//EN", method="PUBLISH", uid=f"{H(k, 'uid')[:30]}@symplr.com", dtstamp=d2, start=s, end=e,
              tzid=NY, summary="Pre-employment physical & drug screen - WorkWell Occupational Health",
              organizer=("Summit Ridge Employee Health", "employeehealth@summitridgesurgical.example"),
              attendees=[att_line(OWNER_NAME, OWNER)], description="Bring photo ID, immunization records and authorization form.",
              location="WorkWell Occupational Health - Midtown, 1010 Spring St NW, Atlanta, GA 30309")
    b2 = multipart("mixed", [multipart("alternative", [text_part(t2), text_part(html_doc(t2), "html")], b_java(k + "2a")),
                             attach_part(cal, "text/calendar", "occupational-health.ics")], b_java(k + "2"))
    m2 = eml(k + "2", frm="Summit Ridge Surgical Partners via symplr <no-reply@symplr.com>", to=OWNER,
             subject="Action required: pre-employment physical and drug screen scheduled", date=d2, body=b2,
             mid=msgid(k + "2", "symplr.com", "java"), rcv=("mx-out1.symplr.com", "198.51.100.240"))
    case(23, "offer-then-preemployment-physical", [("01-offer-letter.eml", m1), ("02-symplr-physical-drug-screen.eml", m2)], {
        "interviews": [], "difficulty": "medium", "category": "negative/offer-and-preemployment-screen",
        "notes": "Offer letter (orientation time) followed by a symplr onboarding notice booking a pre-employment physical and drug "
                 "screen with .ics; dates after DST (EST). No interview."})


# ============================================================================= output
TZ_POINTS = [
    ("02", "Google Voice Date header in -0700; 'tomorrow at 2' resolved to Tue 15 Sep 2:00 PM EDT (-04:00)."),
    ("05", "Outlook label '(UTC-05:00) Eastern Time' on a 30 Sep date -> EDT -04:00 (Windows TZID 'Eastern Standard Time')."),
    ("07", "Exchange reschedule in 'Eastern Standard Time' TZID, still EDT (-04:00)."),
    ("09", "Nashville recruiter in CDT (-05:00); owner restates 1:30 CT as 2:30 ET; Google invite TZID America/Chicago."),
    ("12", "Calendly invite.ics in UTC (16:30Z = 12:30 PM EDT)."),
    ("15", "Paycom Date header in CDT (-0500) while the interview time is stated in Eastern; Calendar API event in -04:00."),
    ("21", "Standalone .ics stamped 22 Oct (EDT) for Mon 2 Nov 9:00 America/New_York -> -05:00 (day after US DST ends Nov 1)."),
    ("22", "Birmingham panel: invite sent Wed 28 Oct in CDT, event Tue 3 Nov 10:00 'Central Standard Time' -> -06:00 (11:00 EST)."),
    ("23", "Offer/onboarding mails after Nov 1 carry -0500 (ET) and -0600 (CT) Date headers (negative case)."),
]


def main():
    for fn in [globals()[f"c{i:02d}"] for i in range(1, 24)]:
        fn()
    for p in sorted(OUT.glob("b286-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    for cid, items, label in CASES:
        d = OUT / cid
        d.mkdir()
        for name, data in items:
            (d / name).write_bytes(data)
        labels[cid] = label
    head = "# Labels for blind286 (written blind). Schema: /work/shared/eval/README.md\n"
    (OUT / "labels.yaml").write_text(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110),
                                     encoding="utf-8")
    # README with counts computed from the labels
    pos = [c for c in labels.values() if c["interview"]]
    allv = [i for c in labels.values() for i in c["interviews"]]
    by_status, by_kind = {}, {}
    for i in allv:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    ext = {}
    for _, items, _ in CASES:
        for name, _ in items:
            x = ".gcal.json" if name.endswith(".gcal.json") else Path(name).suffix
            ext[x] = ext.get(x, 0) + 1
    lines = [
        "# blind286: healthcare administration job search in Atlanta (written blind)", "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a medical office manager / practice administrator in Atlanta, Georgia "
        "(America/New_York), applying to hospital systems, physician groups, dental service organizations, a Birmingham, "
        "Alabama community health center (Central) and a Nashville health-tech company (Central). Dates Sep-Nov 2026.", "",
        "This set was written blind: only the eval README and a few dev files were read for format; no tool code, tests or "
        "other sets were consulted. Generated by `make_cases.py` (deterministic; rerun to rebuild).", "",
        "## What it stresses",
        "- ATS/vendor variety: Workday (hospital instances), iCIMS, Taleo, HealthcareSource, Paycom, BambooHR, symplr, Calendly, "
        "Zoom, Google Calendar, Outlook/Teams.",
        "- Final-state logic: reschedule by e-mail (04), hurricane-warning reschedule by updated Teams invite with same UID and "
        "SEQUENCE:1 (07), cancellation by plain e-mail after a frozen requisition (10).",
        "- Dedupe across channels (09 thread + Google invite, 15 Paycom + Calendar API event) and an onsite loop sent as an "
        "itinerary plus four invites including a shadowing half-day (13).",
        "- Times only in bodies with relative dates (02 recruiter text forwarded by Google Voice, 20 'Thursday at 7:45').",
        "- Central vs Eastern and the Nov 1 DST change (09, 21, 22).",
        "- Hard negatives: owner as interviewer (06), flu-shot clinic (08), own doctor visit (11), HIPAA webinar (14), scam (16), "
        "unbooked availability request (17), rejection (18), one-way video (19), offer + pre-employment physical/drug screen (23), "
        "job alert with a hiring event (03).", "",
        "## Counts",
        f"- Cases: {len(labels)} ({len(pos)} positive, {len(labels) - len(pos)} negative)",
        f"- Labelled interviews: {len(allv)}; by status: " + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items())),
        "- By kind: " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())), "",
        "## Formats",
        "- " + ", ".join(f"{k}: {v}" for k, v in sorted(ext.items())) + " items.",
        "- E-mails: text/plain and HTML in quoted-printable, base64 and 7bit; Google Calendar invitation "
        "(multipart/mixed with text/calendar;method=REQUEST and invite.ics); Exchange/Teams invites (Windows TZIDs, "
        "X-MICROSOFT-CDO-*, '(UTC-05:00)/(UTC-06:00)' labels); ATS mails with .ics attachments; threads with "
        "In-Reply-To/References; Google Voice text-to-email.",
        "- One standalone Zoom .ics (21) and one Calendar API v3 event (15).", "",
        "## Time-zone / DST points",
    ] + [f"- Case {n}: {t}" for n, t in TZ_POINTS] + [""]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {len(labels)} cases, {len(allv)} interviews to {OUT}")


if __name__ == "__main__":
    main()
