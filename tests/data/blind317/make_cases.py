#!/usr/bin/env python3
"""Generate the blind317 evaluation set (Kigali job seeker; Kinyarwanda / English / French mail).

Deletes and rewrites every b317-* case folder, labels.yaml and README.md next to this script.
Deterministic: every Message-ID, UID, boundary and meeting code is derived from a SHA-256 of SEED.
Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
import textwrap
from datetime import datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind317|kigali|2026"
PREFIX = "b317"
OWNER = "aline.uwase@example.com"
OWNER_NAME = "Aline Uwase"

KGL = ZoneInfo("Africa/Kigali")
NBO = ZoneInfo("Africa/Nairobi")
PAR = ZoneInfo("Europe/Paris")
NYC = ZoneInfo("America/New_York")
LON = ZoneInfo("Europe/London")
UTC = ZoneInfo("UTC")
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# ----------------------------------------------------------------------------- basics
def hx(*parts, n=32):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def off_str(dt):
    o = dt.strftime("%z")
    return o[:3] + ":" + o[3:]


def D(y, mo, d, h, mi, tz, wd, off, s=0):
    """Aware datetime with asserted weekday and UTC offset."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    assert WD[dt.weekday()] == wd, (dt, WD[dt.weekday()], wd)
    assert off_str(dt) == off, (dt, off_str(dt), off)
    return dt


def check_dst_rules():
    # 2026 DST transitions used in this set (and their neighbours)
    D(2026, 3, 7, 12, 0, NYC, "Sat", "-05:00"); D(2026, 3, 8, 12, 0, NYC, "Sun", "-04:00")
    D(2026, 10, 31, 12, 0, NYC, "Sat", "-04:00"); D(2026, 11, 1, 12, 0, NYC, "Sun", "-05:00")
    D(2026, 3, 28, 12, 0, PAR, "Sat", "+01:00"); D(2026, 3, 29, 12, 0, PAR, "Sun", "+02:00")
    D(2026, 10, 24, 12, 0, PAR, "Sat", "+02:00"); D(2026, 10, 25, 12, 0, PAR, "Sun", "+01:00")
    D(2026, 3, 29, 12, 0, LON, "Sun", "+01:00"); D(2026, 10, 25, 12, 0, LON, "Sun", "+00:00")
    # no DST in Kigali / Nairobi
    D(2026, 7, 1, 12, 0, KGL, "Wed", "+02:00"); D(2026, 12, 1, 12, 0, KGL, "Tue", "+02:00")
    D(2026, 7, 1, 12, 0, NBO, "Wed", "+03:00"); D(2026, 12, 1, 12, 0, NBO, "Tue", "+03:00")


def iso(dt):
    return dt.isoformat() if dt is not None else None


def rfc(dt):
    return format_datetime(dt)


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def T(s):
    return textwrap.dedent(s).lstrip("\n")


def addr(name, email):
    return formataddr((name, email), charset="utf-8")


def enc_hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


def mid(tag, domain):
    return f"<{hx('mid', tag, n=24)}@{domain}>"


def outlook_mid(tag, pod="AM9PR08MB6723"):
    return f"<{pod}{hx('omid', tag, n=24).upper()}@{pod}.eurprd08.prod.outlook.com>"


def google_mid(tag):
    h = hx("gmid", tag, n=32)
    return f"<calendar-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@google.com>"


def boundary(tag, style="plain"):
    h = hx("bnd", tag, n=28)
    if style == "google":
        return "000000000000" + h[:16]
    if style == "outlook":
        return f"_000_{h[:20].upper()}prodoutlookcom_"
    return f"----=_Part_{int(h[:8], 16) % 900000 + 100000}_{int(h[8:16], 16)}.{int(h[16:24], 16)}"


def meet_code(tag):
    h = hashlib.sha256((SEED + "meet" + tag).encode()).digest()
    letters = "".join("abcdefghijklmnopqrstuvwxyz"[b % 26] for b in h[:10])
    return f"{letters[:3]}-{letters[3:7]}-{letters[7:10]}"


def digits(tag, n):
    h = hx("dig", tag, n=40)
    return "".join(str(int(c, 16) % 10) for c in h)[:n]


# ----------------------------------------------------------------------------- MIME
def enc_body(text, cte):
    b = text.encode("utf-8")
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    text.encode("ascii")  # 7bit parts must be ASCII
    return text


def leaf(ctype, text, cte, extra=()):
    if cte == "7bit" and not text.isascii():
        cte = "quoted-printable"
    h = f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n"
    h += "".join(f"{k}: {v}\n" for k, v in extra)
    body = enc_body(text, cte)
    if not body.endswith("\n"):
        body += "\n"
    return h + "\n" + body


def plain(text, cte="quoted-printable"):
    return leaf('text/plain; charset="UTF-8"', text, cte)


def htmlpart(markup, cte="quoted-printable"):
    return leaf('text/html; charset="UTF-8"', markup, cte)


def multi(subtype, bnd, parts, params=""):
    s = f'Content-Type: multipart/{subtype}; boundary="{bnd}"{params}\n\n'
    for p in parts:
        s += f"--{bnd}\n" + p + "\n"
    s += f"--{bnd}--\n"
    return s


def to_html(text, font="Arial,Helvetica,sans-serif", size="14px"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:{size}">\n' + "\n".join(out) + "\n</div></body></html>\n")


def received(tag, host, ip, date):
    return (f"from {host} ({host} [{ip}])\n        by mx.example.com with ESMTPS id {hx('rcv', tag, n=12)}\n"
            f"        for <{OWNER}>; {rfc(date)}")


def eml(headers, body):
    out = [f"Delivered-To: {OWNER}\n"]
    for k, v in headers:
        if v is None:
            continue
        if k == "Subject" or k == "Thread-Topic":
            v = enc_hdr(v)
        out.append(f"{k}: {v}\n")
    out.append("MIME-Version: 1.0\n")
    return "".join(out) + body


def std_headers(tag, *, frm, to, subject, date, msgid, host, ip, cc=None, reply_to=None, irt=None,
                refs=None, return_path=None, extra=()):
    h = [("Received", received(tag, host, ip, date)),
         ("Return-Path", f"<{return_path}>" if return_path else None),
         ("From", frm), ("To", to), ("Cc", cc), ("Reply-To", reply_to),
         ("Subject", subject), ("Date", rfc(date)), ("Message-ID", msgid),
         ("In-Reply-To", irt), ("References", refs)]
    h.extend(extra)
    return h


# ----------------------------------------------------------------------------- iCalendar
VTZ = {
    "Africa/Kigali": ["BEGIN:VTIMEZONE", "TZID:Africa/Kigali", "X-LIC-LOCATION:Africa/Kigali",
                      "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200", "TZNAME:CAT",
                      "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Africa/Nairobi": ["BEGIN:VTIMEZONE", "TZID:Africa/Nairobi", "X-LIC-LOCATION:Africa/Nairobi",
                       "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "TZNAME:EAT",
                       "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Europe/Paris": ["BEGIN:VTIMEZONE", "TZID:Europe/Paris", "X-LIC-LOCATION:Europe/Paris",
                     "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
                     "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                     "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
                     "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                     "END:VTIMEZONE"],
    "America/New_York": ["BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
                         "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
                         "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                         "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
                         "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                         "END:VTIMEZONE"],
    "South Africa Standard Time": ["BEGIN:VTIMEZONE", "TZID:South Africa Standard Time",
                                   "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0200",
                                   "TZOFFSETTO:+0200", "END:STANDARD", "BEGIN:DAYLIGHT",
                                   "DTSTART:16010101T000000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200",
                                   "END:DAYLIGHT", "END:VTIMEZONE"],
}


def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, limit = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur, limit = ch, 74
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def ics_join(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def attendee(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="TRUE", cutype=None):
    cu = f"CUTYPE={cutype};" if cutype else ""
    return f'ATTENDEE;{cu}ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name};X-NUM-GUESTS=0:mailto:{email}'


def vcal(*, prodid, method, tzid, start, end, summary, uid, organizer, attendees, dtstamp, description="",
         location="", sequence=0, status="CONFIRMED", floating=False, utc=False, extra=(), calscale=True,
         lang_param=""):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if calscale:
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    if tzid and not floating and not utc:
        lines += VTZ[tzid]
    lines.append("BEGIN:VEVENT")
    if floating:
        lines += [f"DTSTART:{loc(start)}", f"DTEND:{loc(end)}"]
    elif utc:
        lines += [f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}"]
    else:
        lines += [f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}"]
    lines.append(f"DTSTAMP:{zstamp(dtstamp)}")
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    lines.append(f"UID:{uid}")
    lines += attendees
    lines.append(f"CREATED:{zstamp(dtstamp)}")
    if description:
        lines.append(f"DESCRIPTION{lang_param}:{ics_esc(description)}")
    lines.append(f"LAST-MODIFIED:{zstamp(dtstamp)}")
    if location:
        lines.append(f"LOCATION:{ics_esc(location)}")
    lines += [f"SEQUENCE:{sequence}", f"STATUS:{status}", f"SUMMARY{lang_param}:{ics_esc(summary)}", "TRANSP:OPAQUE"]
    lines += list(extra)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics_join(lines)


def cal_attachment(ics, name="invite.ics", method="REQUEST", ctype="text/calendar"):
    if ctype == "application/ics":
        ct = f'application/ics; name="{name}"'
    else:
        ct = f'text/calendar; charset="UTF-8"; method={method}; name="{name}"'
    return leaf(ct, ics, "base64", [("Content-Disposition", f'attachment; filename="{name}"')])


def cal_inline(ics, method="REQUEST"):
    try:
        ics.encode("ascii")
        return leaf(f'text/calendar; charset="UTF-8"; method={method}', ics.replace("\r\n", "\n"), "7bit")
    except UnicodeEncodeError:
        return leaf(f'text/calendar; charset="UTF-8"; method={method}', ics, "base64")


# ----------------------------------------------------------------------------- vendor builders
def google_invite(tag, *, sent, organizer, guests, summary, start, end, tzid, when, description, lang="en",
                  sequence=0, method="REQUEST", uid=None, subject=None, location="", meet=True):
    """Google Calendar invitation: multipart/mixed(alternative(text, html, text/calendar), invite.ics)."""
    uid = uid or f"{hx('guid', tag, n=26)}@google.com"
    code = meet_code(uid)
    org_name, org_email = organizer
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    atts = []
    for name, email, ps in guests:
        atts.append(attendee(name, email, partstat=ps, rsvp="TRUE" if ps == "NEEDS-ACTION" else "FALSE",
                             cutype="INDIVIDUAL"))
    desc = description
    if meet and method != "CANCEL":
        if lang == "fr":
            desc += (f"\n\nParticiper avec Google Meet : https://meet.google.com/{code}\n"
                     f"Pour en savoir plus sur Meet : https://support.google.com/a/users/answer/9282720")
        else:
            desc += (f"\n\nJoin with Google Meet: https://meet.google.com/{code}\n"
                     f"Learn more about Meet at: https://support.google.com/a/users/answer/9282720")
    ics = vcal(prodid="-//Google Inc//Google Calendar 70.9054//EN", method=method, tzid=tzid, start=start,
               end=end, summary=summary, uid=uid, organizer=organizer, attendees=atts, dtstamp=sent,
               description=desc, location=location, sequence=sequence, status=status)
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    if lang == "fr":
        head = {"REQUEST": "Invitation", "CANCEL": "Événement annulé"}[method]
        if method == "REQUEST" and sequence > 0:
            head = "Invitation mise à jour"
        lab_org, lab_guests, lab_join = "Organisateur", "Invités", "Participer avec Google Meet"
        foot = ("Invitation de Google Agenda\n\nVous recevez cet e-mail, car vous participez à cet événement.")
    else:
        head = {"REQUEST": "Invitation", "CANCEL": "Canceled event"}[method]
        if method == "REQUEST" and sequence > 0:
            head = "Updated invitation"
        lab_org, lab_guests, lab_join = "Organizer", "Guests", "Join with Google Meet"
        foot = ("Invitation from Google Calendar\n\nYou are receiving this email because you are an attendee "
                "on the event. To stop receiving future updates for this event, decline this event.")
    subj = subject or f"{head}: {summary} @ {when} ({OWNER})"
    guest_lines = []
    for name, email, ps in guests:
        suffix = (" - organisateur" if lang == "fr" else " - organizer") if email == org_email else ""
        guest_lines.append(f"{name}{suffix}\n{email}" if email != OWNER else email)
    txt = f"{summary}\n{when}\n\n"
    if meet and method != "CANCEL":
        txt += f"{lab_join}\nhttps://meet.google.com/{code}\n\n"
    if location:
        txt += f"{location}\n\n"
    txt += f"{lab_org}\n{org_name}\n{org_email}\n\n{lab_guests}\n" + "\n".join(guest_lines) + "\n\n"
    if description:
        txt += description + "\n\n"
    if method != "CANCEL":
        txt += f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
    txt += foot + "\n"
    markup = to_html(txt, font="Roboto,Helvetica,Arial,sans-serif")
    b_alt, b_mix = boundary(tag + "alt", "google"), boundary(tag + "mix", "google")
    alt = multi("alternative", b_alt, [plain(txt), htmlpart(markup), cal_inline(ics, method)])
    body = multi("mixed", b_mix, [alt, cal_attachment(ics, "invite.ics", method, "application/ics")])
    headers = std_headers(tag, frm=addr(org_name, org_email), to=addr(OWNER_NAME, OWNER), subject=subj,
                          date=sent, msgid=google_mid(tag), host="mail-sor-f69.google.com", ip="209.85.220.69",
                          reply_to=addr(org_name, org_email),
                          return_path=f"3{hx('rp', tag, n=14)}-calendar-notification@google.com",
                          extra=[("Sender", "Google Calendar <calendar-notification@google.com>"),
                                 ("Auto-Submitted", "auto-generated" if method == "CANCEL" else None)])
    return eml(headers, body), uid, ics


def teams_block(tag):
    h = hx("teams", tag, n=40)
    return (f"________________________________________________________________________________\n"
            f"Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h[:28]}"
            f"%40thread.v2/0?context=%7b%22Tid%22%3a%22{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}%22%7d>\n"
            f"Meeting ID: {digits(tag, 3)} {digits(tag + 'b', 3)} {digits(tag + 'c', 3)} {digits(tag + 'd', 3)}\n"
            f"Passcode: {h[32:38].upper()}\n"
            f"Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            f"Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            f"________________________________________________________________________________\n")


def exchange_invite(tag, *, sent, organizer, required, subject, start, end, when_label, text, uid, sequence=0,
                    method="REQUEST", location="Microsoft Teams Meeting", optional=()):
    """Exchange/Teams invite: multipart/alternative(text, html, text/calendar base64), Windows TZID."""
    tzid = "South Africa Standard Time"
    body_txt = f"When: {when_label}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{text}\n\n{teams_block(uid)}"
    atts = [attendee(n, e) for n, e in required] + [attendee(n, e, role="OPT-PARTICIPANT") for n, e in optional]
    teams_url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx('teams', uid, n=28)}%40thread.v2/0"
    extra = [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}",
             f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(hx('own', uid, n=7), 16)}",
             "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
             "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
             f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
             "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
             f"X-MICROSOFT-LOCATIONDISPLAYNAME:{location}",
             "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    ics = vcal(prodid="Microsoft Exchange Server 2010", method=method, tzid=tzid, start=start, end=end,
               summary=subject.split(": ", 1)[1] if subject.startswith(("Updated: ", "Canceled: ")) else subject,
               uid=uid, organizer=organizer, attendees=atts, dtstamp=sent, description=body_txt,
               location=location, sequence=sequence, status="CANCELLED" if method == "CANCEL" else "CONFIRMED",
               extra=extra, calscale=False, lang_param=";LANGUAGE=en-US")
    b = boundary(tag, "outlook")
    markup = to_html(body_txt, font="Aptos,Calibri,sans-serif", size="11pt")
    body = multi("alternative", b, [plain(body_txt), htmlpart(markup), leaf(f'text/calendar; charset="UTF-8"; method={method}', ics, "base64")])
    to = ", ".join(addr(n, e) for n, e in list(required) + list(optional))
    headers = std_headers(tag, frm=addr(*organizer), to=to, subject=subject, date=sent, msgid=outlook_mid(tag),
                          host="EUR05-AM6-obe.outbound.protection.outlook.com", ip="40.107.22.118",
                          return_path=organizer[1],
                          extra=[("Thread-Topic", subject.split(": ", 1)[1] if subject.startswith("Updated: ") else subject),
                                 ("Thread-Index", base64.b64encode(bytes.fromhex(hx("ti", tag, n=44))).decode()),
                                 ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                                 ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                                 ("Content-class", "urn:content-classes:calendarmessage"),
                                 ("x-ms-exchange-calendar-series-instance-id", hx("series", uid, n=40))])
    return eml(headers, body), ics


# ----------------------------------------------------------------------------- people
ALINE = (OWNER_NAME, OWNER)
DIANE = ("Diane Mukamana", "diane.mukamana@imaripay.example")
ERIC = ("Eric Habimana", "eric.habimana@imaripay.example")
GRACE = ("Grace Ingabire", "grace.ingabire@imaripay.example")
OLIVIER = ("Olivier Kamanzi", "olivier.kamanzi@imaripay.example")
CLAUDINE = ("Claudine Uwimana", "claudine.uwimana@inziratel.example")
JEANPAUL = ("Jean-Paul Nsengiyumva", "jeanpaul.nsengiyumva@inziratel.example")
SANDRINE = ("Sandrine Mutoni", "sandrine.mutoni@inziratel.example")
PATRICK = ("Patrick Gasana", "patrick.gasana@inziratel.example")
EMMANUEL = ("Emmanuel Nkurunziza", "emmanuel.nkurunziza@rdta.example")
WANJIRU = ("Wanjiru Kamau", "wanjiru.kamau@mawingulabs.example")
BRIAN = ("Brian Otieno", "brian.otieno@mawingulabs.example")
ACHIENG = ("Achieng Wekesa", "achieng.wekesa@mawingulabs.example")
NJERI = ("Njeri Mwangi", "njeri.mwangi@mawingulabs.example")
CAMILLE = ("Camille Laurent", "camille.laurent@sillage.example")
JULIEN = ("Julien Moreau", "julien.moreau@sillage.example")
HELENE = ("Hélène Dubois", "helene.dubois@sillage.example")
THOMAS = ("Thomas Bernard", "thomas.bernard@sillage.example")
MEGAN = ("Megan Foster", "megan.foster@harborline.example")
MARCUS = ("Marcus Reed", "marcus.reed@harborline.example")
PRIYA = ("Priya Natarajan", "priya.natarajan@harborline.example")

IMARI, IMARI_ROLE = "Imari Pay", "Backend Engineer (Payments)"
INZIRA, INZIRA_ROLE = "Inzira Telecom", "Software Engineer, Digital Channels"
RDTA, RDTA_ROLE = "Rwanda Digital Transformation Agency (RDTA)", "Software Engineer (Government Digital Platforms)"
MAWINGU, MAWINGU_ROLE = "Mawingu Labs", "Software Engineer, Platform"
SILLAGE, SILLAGE_ROLE = "Sillage Technologies", "Développeuse Backend Python"
HARBOR, HARBOR_ROLE = "Harborline Software", "Senior Backend Engineer (Remote, EMEA)"


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": [p[1] for p in interviewers], "followup_recipients": [p[1] for p in followups],
            "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


def quote(text, who, when):
    return f"On {when}, {who} wrote:\n" + "".join("> " + l + "\n" if l else ">\n" for l in text.rstrip("\n").split("\n"))


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ============================================================================= positives
@case
def c01():
    sent = D(2026, 10, 1, 14, 12, KGL, "Thu", "+02:00")
    start = D(2026, 10, 6, 10, 0, KGL, "Tue", "+02:00")
    end = start + timedelta(minutes=30)
    txt = T("""
        Hi Aline,

        Thank you for applying for the Backend Engineer (Payments) role at Imari Pay. We enjoyed reading
        about your work on mobile-money reconciliation and would like to get to know you better.

        Your phone screen has been scheduled:

        Date: Tuesday, October 6, 2026
        Time: 10:00 – 10:30 (Africa/Kigali, CAT)
        Interviewer: Diane Mukamana, Talent Partner
        Format: phone call – Diane will ring the number on your application

        A calendar file is attached so you can add the call to your calendar. If the time no longer works,
        reply to this email and we will find another slot.

        Looking forward to speaking with you,

        Diane Mukamana
        Talent Partner, Imari Pay
        KG 9 Ave, Nyarutarama, Kigali

        --
        Sent with Workable
        """)
    uid = f"{hx('uid01', n=20)}@workable.com"
    ics = vcal(prodid="-//Workable//Workable Calendar 1.0//EN", method="REQUEST", tzid="Africa/Kigali",
               start=start, end=end, summary="Phone screen: Aline Uwase / Imari Pay (Backend Engineer, Payments)",
               uid=uid, organizer=DIANE, attendees=[attendee(*ALINE), attendee(*DIANE, partstat="ACCEPTED", rsvp="FALSE")],
               dtstamp=sent, description="Phone call with Diane Mukamana (Talent Partner). Diane will call you.",
               location="Phone call")
    body = multi("mixed", boundary("c01m"), [
        multi("alternative", boundary("c01a"), [plain(txt), htmlpart(to_html(txt), "base64")]),
        cal_attachment(ics, "interview.ics")])
    h = std_headers("c01", frm=addr("Diane Mukamana (Imari Pay)", "notifications@workablemail.com"),
                    to=addr(*ALINE), reply_to=addr(*DIANE),
                    subject="Imari Pay: phone screen scheduled – Backend Engineer (Payments)", date=sent,
                    msgid=mid("c01", "workablemail.com"), host="o12.email.workablemail.com", ip="167.89.61.12",
                    return_path="bounces+3318207@em.workablemail.com")
    items = [("01-workable-phone-screen-imaripay.eml", eml(h, body))]
    lab = label([iv(IMARI, IMARI_ROLE, start, end, "scheduled", [DIANE], [DIANE], "phone_screen")], "easy",
                "positive/ats-email-with-ics",
                "Workable notification with .ics; the recruiter Diane runs the screen (Reply-To = her address).")
    return "imaripay-workable-phone-screen", items, lab, []


@case
def c02():
    sent = D(2026, 10, 7, 17, 5, KGL, "Wed", "+02:00")
    test_s = D(2026, 10, 13, 9, 0, KGL, "Tue", "+02:00")
    test_e = D(2026, 10, 13, 10, 30, KGL, "Tue", "+02:00")
    start = D(2026, 10, 13, 14, 0, KGL, "Tue", "+02:00")
    end = D(2026, 10, 13, 15, 0, KGL, "Tue", "+02:00")
    txt = T("""
        Muraho Aline,

        Twishimiye kukumenyesha ko Diane yatubwiye byiza ku kiganiro mwagiranye. Intambwe ikurikira izaba
        ku wa kabiri, tariki ya 13 Ukwakira 2026, kandi igizwe n'ibice bibiri:

        1) Ikizamini cya coding (online) – saa tatu za mu gitondo kugeza saa yine n'igice. Ni ikizamini
           wikorera wenyine kuri platform yacu; nta muntu wo muri twe uzaba ari kumwe nawe. Diane araza
           kukoherereza ubutumire bwacyo.

        2) Ikiganiro cy'akazi cya tekiniki – saa munani z'amanywa kugeza saa cyenda, kuri Google Meet,
           hamwe nanjye na Grace Ingabire (Senior Engineer). Tuzaganira ku byo wakoze mu kizamini, ku
           bijyanye na idempotency mu kwishyura, no ku mishinga wakoze mbere.
           Link: https://meet.google.com/%s

        Short version in English: online coding test 9:00–10:30 on your own, then a one-hour technical
        interview with Grace and me at 14:00 (Kigali time) the same day.

        Nubona hari ikibazo ku masaha, mbwira.

        Murakoze,
        Eric Habimana
        Engineering Manager, Payments Core – Imari Pay
        """) % meet_code("c02-interview")
    h = std_headers("c02a", frm=addr(*ERIC), to=addr(*ALINE), cc=addr(*DIANE),
                    subject="Intambwe ikurikira: ikizamini + ikiganiro cy'akazi (13 Ukwakira)", date=sent,
                    msgid=mid("c02a", "imaripay.example"), host="mail-ed1-f52.google.com", ip="209.85.208.52",
                    return_path=ERIC[1])
    m1 = eml(h, multi("alternative", boundary("c02a"), [plain(txt), htmlpart(to_html(txt), "base64")]))
    inv, _, _ = google_invite(
        "c02b", sent=D(2026, 10, 7, 17, 31, KGL, "Wed", "+02:00"), organizer=DIANE,
        guests=[(DIANE[0], DIANE[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        summary="Imari Pay – Coding test / Ikizamini (Aline Uwase)", start=test_s, end=test_e,
        tzid="Africa/Kigali", when="Tuesday Oct 13, 2026 ⋅ 9am – 10:30am (Central Africa Time - Kigali)",
        description=("Self-paced online coding test, 90 minutes. The test link arrives by email 10 minutes "
                     "before the start. Keep your camera on; no interviewer joins this session."),
        location="Online – Imari Pay coding platform", meet=False,
        subject="Invitation: Imari Pay – Coding test / Ikizamini (Aline Uwase) @ Tue Oct 13, 2026 9am - 10:30am (CAT) (aline.uwase@example.com)")
    reply = T("""
        Muraho Eric,

        Murakoze cyane ku makuru meza! Ndabyemeye: ikizamini saa tatu, hanyuma ikiganiro saa munani hamwe
        nawe na Grace. Nabonye n'ubutumire bwa Diane.

        Aline

        """) + quote(txt, "Eric Habimana <eric.habimana@imaripay.example>", "Wed, Oct 7, 2026 at 5:05 PM")
    sent3 = D(2026, 10, 7, 19, 12, KGL, "Wed", "+02:00")
    h3 = std_headers("c02c", frm=addr(*ALINE), to=addr(*ERIC), cc=addr(*DIANE),
                     subject="Re: Intambwe ikurikira: ikizamini + ikiganiro cy'akazi (13 Ukwakira)", date=sent3,
                     msgid=mid("c02c", "mail.example.com"), host="smtp.example.com", ip="192.0.2.41",
                     irt=mid("c02a", "imaripay.example"), refs=mid("c02a", "imaripay.example"), return_path=OWNER)
    m3 = eml(h3, plain(reply))
    items = [("01-ikizamini-and-interview-plan.eml", m1), ("02-invitation-coding-test.eml", inv),
             ("03-reply-ndabyemeye.eml", m3)]
    lab = label([iv(IMARI, IMARI_ROLE, start, end, "scheduled", [ERIC, GRACE], [ERIC, GRACE], "technical")],
                "hard", "positive/test-plus-interview-same-day",
                "Kinyarwanda mail: coding test saa tatu (09:00, self-paced, has its own Google invite) and the "
                "technical interview saa munani z'amanywa (14:00) the same day. Only the 14:00 interview counts; "
                "its time exists only in the mail body.")
    return "imaripay-ikizamini-then-interview", items, lab, []


@case
def c03():
    sent = D(2026, 10, 9, 9, 20, UTC, "Fri", "+00:00", 41)
    start = D(2026, 10, 15, 10, 0, KGL, "Thu", "+02:00")
    end = D(2026, 10, 15, 11, 30, KGL, "Thu", "+02:00")
    text = T("""
        Dear Aline,

        Thank you for your time on the phone last week. As discussed, the next step for the Software
        Engineer, Digital Channels role is a panel interview on Teams. The panel will be:

        - Jean-Paul Nsengiyumva, Head of Digital Channels
        - Sandrine Mutoni, Lead Engineer, Mobile Money Platform
        - Patrick Gasana, Senior Software Engineer

        Plan for roughly 30 minutes on your experience, 45 minutes on a design problem around USSD and
        in-app payments, and the rest for your questions. I am only organising and will not sit on the panel.

        If your connection is unreliable that day, tell me and we will book a room at our Kacyiru office.

        Kind regards,
        Claudine Uwimana
        Talent Acquisition Specialist | Inzira Telecom Ltd
        """).rstrip("\n")
    uid = "040000008200E00074C5B7101A82E00800000000" + hx("uid03", n=32).upper()
    m, _ = exchange_invite("c03", sent=sent, organizer=CLAUDINE, required=[ALINE, JEANPAUL, SANDRINE, PATRICK],
                           subject="Panel Interview – Aline Uwase – Software Engineer, Digital Channels",
                           start=start, end=end,
                           when_label="Thursday, October 15, 2026 10:00 AM-11:30 AM (UTC+02:00) Harare, Pretoria.",
                           text=text, uid=uid)
    items = [("01-teams-panel-invite.eml", m)]
    lab = label([iv(INZIRA, INZIRA_ROLE, start, end, "scheduled", [JEANPAUL, SANDRINE, PATRICK],
                    [JEANPAUL, SANDRINE, PATRICK], "onsite")], "medium", "positive/exchange-teams-panel",
                "Exchange/Teams invite with Windows TZID 'South Africa Standard Time' (UTC+2 = Kigali). Three "
                "panelists -> onsite; the organiser explicitly does not interview.")
    return "inziratel-teams-panel", items, lab, ["TZID 'South Africa Standard Time' / '(UTC+02:00) Harare, Pretoria' = Kigali time"]


@case
def c04():
    uid = "040000008200E00074C5B7101A82E00800000000" + hx("uid04", n=32).upper()
    s0 = D(2026, 10, 27, 9, 0, KGL, "Tue", "+02:00")
    s1 = D(2026, 10, 29, 14, 0, KGL, "Thu", "+02:00")
    e1 = s1 + timedelta(hours=1)
    t1 = T("""
        Hello Aline,

        Congratulations on getting through the panel. Jean-Paul would like a final one-hour conversation
        with you about the team, expectations and your first 90 days.

        Best regards,
        Claudine Uwimana
        Talent Acquisition Specialist | Inzira Telecom Ltd
        """).rstrip("\n")
    m1, _ = exchange_invite("c04a", sent=D(2026, 10, 20, 12, 5, UTC, "Tue", "+00:00", 12), organizer=CLAUDINE,
                            required=[ALINE, JEANPAUL],
                            subject="Final interview – Aline Uwase – Software Engineer, Digital Channels",
                            start=s0, end=s0 + timedelta(hours=1),
                            when_label="Tuesday, October 27, 2026 9:00 AM-10:00 AM (UTC+02:00) Harare, Pretoria.",
                            text=t1, uid=uid, sequence=0)
    sent2 = D(2026, 10, 23, 18, 42, KGL, "Fri", "+02:00")
    t2 = T("""
        Muraho Aline,

        Mbabarira ku bw'iyi mpinduka. Ku wa kabiri tariki ya 27 Ukwakira saa tatu za mu gitondo
        sinzaboneka: nahamagawe mu nama y'ubuyobozi itunguranye.

        Ese byagukundira ko twimurira ikiganiro cyacu ku wa kane tariki ya 29 Ukwakira, saa munani
        z'amanywa? Bizamara isaha imwe nk'uko byari biteganyijwe. Claudine azakoherereza ubutumire
        bushya kuri Teams.

        Murakoze kubyumva,
        Jean-Paul Nsengiyumva
        Head of Digital Channels, Inzira Telecom
        """)
    id2 = mid("c04b", "inziratel.example")
    h2 = std_headers("c04b", frm=addr(*JEANPAUL), to=addr(*ALINE), cc=addr(*CLAUDINE),
                     subject="Guhindura igihe cy'ikiganiro cyacu", date=sent2, msgid=id2,
                     host="EUR05-AM6-obe.outbound.protection.outlook.com", ip="40.107.22.97",
                     return_path=JEANPAUL[1])
    m2 = eml(h2, plain(t2, "7bit"))
    sent3 = D(2026, 10, 23, 20, 5, KGL, "Fri", "+02:00")
    t3 = T("""
        Muraho Jean-Paul,

        Nta kibazo na gito. Ku wa kane tariki ya 29 saa munani birankundiye. Nzategereza ubutumire
        bushya bwa Claudine.

        Murakoze,
        Aline

        """) + quote(t2, "Jean-Paul Nsengiyumva <jeanpaul.nsengiyumva@inziratel.example>", "Fri, Oct 23, 2026 at 6:42 PM")
    id3 = mid("c04c", "mail.example.com")
    h3 = std_headers("c04c", frm=addr(*ALINE), to=addr(*JEANPAUL), cc=addr(*CLAUDINE),
                     subject="Re: Guhindura igihe cy'ikiganiro cyacu", date=sent3, msgid=id3,
                     host="smtp.example.com", ip="192.0.2.41", irt=id2, refs=id2, return_path=OWNER)
    m3 = eml(h3, plain(t3, "7bit"))
    t4 = T("""
        Hello Aline,

        As agreed with Jean-Paul, the final interview has moved to Thursday 29 October at 2:00 PM. The
        Teams link stays the same.

        Regards,
        Claudine
        """).rstrip("\n")
    m4, _ = exchange_invite("c04d", sent=D(2026, 10, 26, 7, 55, UTC, "Mon", "+00:00", 3), organizer=CLAUDINE,
                            required=[ALINE, JEANPAUL],
                            subject="Updated: Final interview – Aline Uwase – Software Engineer, Digital Channels",
                            start=s1, end=e1,
                            when_label="Thursday, October 29, 2026 2:00 PM-3:00 PM (UTC+02:00) Harare, Pretoria.",
                            text=t4, uid=uid, sequence=1)
    items = [("01-teams-final-interview.eml", m1), ("02-jeanpaul-guhindura-igihe.eml", m2),
             ("03-aline-reply-birankundiye.eml", m3), ("04-teams-updated-final-interview.eml", m4)]
    lab = label([iv(INZIRA, INZIRA_ROLE, s1, e1, "scheduled", [JEANPAUL], [JEANPAUL], "hiring_manager")], "hard",
                "positive/reschedule",
                "Teams invite for Tue 27 Oct saa tatu (09:00); hiring manager moves it in Kinyarwanda to ku wa "
                "kane 29 Ukwakira saa munani z'amanywa (14:00); updated invite with same UID, SEQUENCE 1.")
    return "inziratel-reschedule-kinyarwanda", items, lab, ["Windows TZID 'South Africa Standard Time' (UTC+2) on the original and updated invite"]


@case
def c05():
    sent = D(2026, 10, 27, 15, 30, KGL, "Tue", "+02:00")
    start = D(2026, 11, 4, 9, 0, KGL, "Wed", "+02:00")
    end = start + timedelta(minutes=45)
    D(2026, 10, 20, 9, 0, KGL, "Tue", "+02:00")  # written exam date mentioned in the letter
    txt = T("""
        REPUBLIC OF RWANDA
        RWANDA DIGITAL TRANSFORMATION AGENCY (RDTA)
        P.O. Box 6701 Kigali – KG 7 Ave, Kacyiru

        Kigali, 27 October 2026
        Ref. No: RDTA/DHR/2026/1184

        Ms. Aline UWASE
        Kigali

        Dear Madam,

        RE: INVITATION TO ORAL INTERVIEW

        Following the written examination held on Tuesday, 20 October 2026 for the position of Software
        Engineer (Government Digital Platforms), I am pleased to inform you that you obtained a mark
        above the pass mark of 70% and have been shortlisted for the oral interview.

        The oral interview will take place on Wednesday, 4 November 2026 at 9:00 a.m. at the RDTA Head
        Office, 4th floor, Boardroom B, before the recruitment panel. It will last about 45 minutes.

        You are requested to report 30 minutes before the scheduled time with your National ID and the
        originals of your academic certificates. Late arrival will lead to disqualification.

        For any clarification, please contact Mr. Emmanuel Nkurunziza, Recruitment Officer, at
        emmanuel.nkurunziza@rdta.example or +250 788 300 417.

        Yours faithfully,

        Solange UWAMAHORO
        Director of Human Resources and Administration

        Cc:
        - Chief Executive Officer, RDTA
        - Head of Digital Platforms Division
        """)
    markup = to_html(txt, font="'Times New Roman',serif", size="12pt")
    h = std_headers("c05", frm=addr("RDTA Recruitment", "recruitment@rdta.example"), to=addr("UWASE Aline", OWNER),
                    subject="Ref: RDTA/DHR/2026/1184 – Invitation to oral interview – Software Engineer (Government Digital Platforms)",
                    date=sent, msgid=mid("c05", "rdta.example"), host="mail.rdta.example", ip="196.49.7.18",
                    return_path="recruitment@rdta.example")
    m1 = eml(h, multi("alternative", boundary("c05"), [plain(txt), htmlpart(markup, "base64")]))
    ics = vcal(prodid="-//Apple Inc.//iPhone OS 19.1//EN", method=None, tzid=None, start=start, end=end,
               summary="RDTA oral interview (arrive 8:30, bring ID + diplomas)", uid=f"{hx('uid05', n=8).upper()}-{hx('uid05b', n=4).upper()}-4C1E-9F0A-{hx('uid05c', n=12).upper()}",
               organizer=ALINE, attendees=[attendee(*ALINE, partstat="ACCEPTED", rsvp="FALSE")],
               dtstamp=D(2026, 10, 27, 16, 2, KGL, "Tue", "+02:00"),
               description="Ref RDTA/DHR/2026/1184. Head Office 4th floor, Boardroom B.",
               location="RDTA Head Office, KG 7 Ave, Kacyiru", floating=True)
    items = [("01-rdta-letter-oral-interview.eml", m1), ("02-rdta-oral-interview.ics", ics)]
    lab = label([iv(RDTA, RDTA_ROLE, start, end, "scheduled", [], [EMMANUEL], "onsite")], "medium",
                "positive/formal-letter-government",
                "Formal letter with reference number; oral interview before an unnamed panel (no interviewer "
                "addresses) -> follow-up to the recruitment officer named in the text. Trap: 'report 30 minutes "
                "before' (08:30) and the past written-exam date. Standalone .ics the owner created with floating time.")
    return "rdta-formal-letter-oral-interview", items, lab, ["floating DTSTART in the owner's own .ics, resolved to Kigali (+02:00) from the letter"]


@case
def c06():
    sent = D(2026, 10, 16, 14, 20, NBO, "Fri", "+03:00")
    start = D(2026, 10, 22, 11, 0, NBO, "Thu", "+03:00")
    end = D(2026, 10, 22, 12, 0, NBO, "Thu", "+03:00")
    assert start.astimezone(KGL).hour == 10
    code = meet_code("c06")
    txt = T("""
        Hi Aline,

        Thanks for making time to interview with Mawingu Labs! Here are the details for your upcoming
        interview for the Software Engineer, Platform position:

        Thursday, October 22, 2026
        11:00 AM - 12:00 PM East Africa Time (Nairobi)

        Live pairing session
          Brian Otieno, Engineering Lead – brian.otieno@mawingulabs.example
          Achieng Wekesa, Senior Backend Engineer – achieng.wekesa@mawingulabs.example

        Location: Google Meet – https://meet.google.com/%s

        Since you're in Kigali: Nairobi is one hour ahead, so the session starts at 10:00 AM your time.

        Bring a working Python or Go setup; you'll extend a small ledger service together with Brian and
        Achieng. Nothing to prepare beyond that.

        A calendar invite (.ics) is attached. If anything comes up, reply to this email and I'll sort it out.

        Best,
        Wanjiru Kamau
        Recruiting Coordinator, Mawingu Labs
        Westlands, Nairobi
        """) % code
    ics = vcal(prodid="-//Greenhouse Software Inc//Greenhouse Calendar//EN", method="REQUEST", tzid="Africa/Nairobi",
               start=start, end=end, summary="Interview: Aline Uwase – Software Engineer, Platform (Mawingu Labs)",
               uid=f"{hx('uid06', n=24)}@greenhouse.io", organizer=WANJIRU,
               attendees=[attendee(*ALINE), attendee(*BRIAN), attendee(*ACHIENG)], dtstamp=sent,
               description="Live pairing session with Brian Otieno and Achieng Wekesa.",
               location=f"https://meet.google.com/{code}")
    body = multi("mixed", boundary("c06m"), [
        multi("alternative", boundary("c06a"), [plain(txt), htmlpart(to_html(txt, font="Helvetica,Arial,sans-serif"))]),
        cal_attachment(ics, "interview_invite.ics")])
    h = std_headers("c06", frm=addr("Mawingu Labs", "no-reply@us.greenhouse-mail.io"), to=addr(*ALINE),
                    reply_to=addr(*WANJIRU),
                    subject="Interview confirmation: Software Engineer, Platform at Mawingu Labs", date=sent,
                    msgid=mid("c06", "us.greenhouse-mail.io"), host="mail-a.us.greenhouse-mail.io", ip="198.21.5.140",
                    return_path="bounces+9921734@us.greenhouse-mail.io")
    items = [("01-greenhouse-interview-confirmation.eml", eml(h, body))]
    lab = label([iv(MAWINGU, MAWINGU_ROLE, start, end, "scheduled", [BRIAN, ACHIENG], [BRIAN, ACHIENG], "technical")],
                "medium", "positive/ats-email-with-ics",
                "Greenhouse confirmation from a Nairobi startup; times in EAT (+03:00), Kigali local time (10:00) "
                "also mentioned; .ics with TZID Africa/Nairobi.")
    return "mawingu-greenhouse-nairobi", items, lab, ["Africa/Nairobi EAT +03:00; body also says 10:00 Kigali"]


@case
def c07():
    t1 = T("""
        Hi Aline,

        Brian and Achieng really enjoyed pairing with you last week. The last step is a conversation with
        me: 45 minutes, no coding, mostly about how you think about building on African payment rails and
        what you'd want from your first six months with us.

        Could you do Monday 2 November at 5pm Nairobi time, or Tuesday 3 November at 4:30pm? Kigali is an
        hour behind us, so that's 4pm or 3:30pm on your side.

        Warmly,
        Njeri Mwangi
        CEO & co-founder, Mawingu Labs
        """)
    s1 = D(2026, 10, 27, 9, 14, NBO, "Tue", "+03:00")
    D(2026, 11, 2, 17, 0, NBO, "Mon", "+03:00")
    id1 = mid("c07a", "mawingulabs.example")
    h1 = std_headers("c07a", frm=addr(*NJERI), to=addr(*ALINE), cc=addr(*WANJIRU),
                     subject="Final chat with me (Mawingu Labs)", date=s1, msgid=id1,
                     host="mail-yw1-f170.google.com", ip="209.85.128.170", return_path=NJERI[1])
    m1 = eml(h1, multi("alternative", boundary("c07a"), [plain(t1, "7bit"), htmlpart(to_html(t1))]))
    t2 = T("""
        Hi Njeri,

        Thank you, I'm glad the pairing went well! Monday evening I already have a commitment, so Tuesday
        3 November at 4:30pm Nairobi time (3:30pm here in Kigali) would suit me best.

        Best regards,
        Aline

        """) + quote(t1, "Njeri Mwangi <njeri.mwangi@mawingulabs.example>", "Tue, Oct 27, 2026 at 8:14 AM")
    s2 = D(2026, 10, 27, 12, 40, KGL, "Tue", "+02:00")
    id2 = mid("c07b", "mail.example.com")
    h2 = std_headers("c07b", frm=addr(*ALINE), to=addr(*NJERI), cc=addr(*WANJIRU),
                     subject="Re: Final chat with me (Mawingu Labs)", date=s2, msgid=id2,
                     host="smtp.example.com", ip="192.0.2.41", irt=id1, refs=id1, return_path=OWNER)
    m2 = eml(h2, plain(t2, "7bit"))
    start = D(2026, 11, 3, 16, 30, NBO, "Tue", "+03:00")
    end = start + timedelta(minutes=45)
    t3 = T("""
        Perfect, Tuesday at 4:30pm EAT it is. We'll use this link: https://meet.google.com/%s

        Talk soon,
        Njeri

        """) % meet_code("c07") + quote(t2, "Aline Uwase <aline.uwase@example.com>", "Tue, Oct 27, 2026 at 1:40 PM")
    s3 = D(2026, 10, 27, 13, 2, NBO, "Tue", "+03:00")
    h3 = std_headers("c07c", frm=addr(*NJERI), to=addr(*ALINE), cc=addr(*WANJIRU),
                     subject="Re: Final chat with me (Mawingu Labs)", date=s3, msgid=mid("c07c", "mawingulabs.example"),
                     host="mail-yw1-f171.google.com", ip="209.85.128.171", irt=id2, refs=f"{id1} {id2}",
                     return_path=NJERI[1])
    m3 = eml(h3, plain(t3, "7bit"))
    items = [("01-njeri-proposes-two-slots.eml", m1), ("02-aline-picks-tuesday.eml", m2), ("03-njeri-confirms.eml", m3)]
    lab = label([iv(MAWINGU, None, start, end, "scheduled", [NJERI], [NJERI], "hiring_manager")], "hard",
                "positive/thread-propose-confirm",
                "CEO proposes two Nairobi-time slots (with Kigali equivalents); candidate picks Tuesday 4:30pm EAT; "
                "CEO confirms. 45 minutes from the first mail. Role never stated in the thread.")
    return "mawingu-ceo-thread-confirm", items, lab, ["Nairobi +03:00 slots with Kigali (+02:00) equivalents in the text"]


@case
def c08():
    sent = D(2026, 10, 14, 10, 22, PAR, "Wed", "+02:00")
    start = D(2026, 10, 21, 15, 0, PAR, "Wed", "+02:00")
    end = D(2026, 10, 21, 16, 0, PAR, "Wed", "+02:00")
    assert start.astimezone(KGL).hour == 15
    t1 = T("""
        Bonjour Aline,

        Merci encore pour notre échange de la semaine dernière. Comme convenu, je vous propose la suite du
        processus pour le poste de Développeuse Backend Python : un entretien technique d'une heure avec
        Julien Moreau, notre Lead Dev, le mercredi 21 octobre à 15h00 (heure de Paris).

        Bonne nouvelle pour vous : jusqu'au passage à l'heure d'hiver le 25 octobre, Paris et Kigali sont
        à la même heure, donc 15h00 chez vous aussi.

        L'entretien se fera en visio sur Google Meet ; vous recevrez l'invitation dans quelques minutes.
        Julien vous fera travailler sur un petit cas d'API (FastAPI / PostgreSQL), pas besoin de préparer
        quoi que ce soit.

        Bien cordialement,
        Camille Laurent
        Talent Acquisition – Sillage Technologies
        12 rue de la Chaussée-d'Antin, 75009 Paris
        """)
    h1 = std_headers("c08a", frm=addr(*CAMILLE), to=addr(*ALINE),
                     subject="Sillage – entretien technique avec Julien (mer. 21/10)", date=sent,
                     msgid=mid("c08a", "sillage.example"), host="mail-wr1-f45.google.com", ip="209.85.221.45",
                     return_path=CAMILLE[1])
    m1 = eml(h1, multi("alternative", boundary("c08a"), [plain(t1), htmlpart(to_html(t1))]))
    inv, _, _ = google_invite(
        "c08b", sent=D(2026, 10, 14, 10, 31, PAR, "Wed", "+02:00"), organizer=CAMILLE,
        guests=[(CAMILLE[0], CAMILLE[1], "ACCEPTED"), (JULIEN[0], JULIEN[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        summary="Entretien technique – Aline Uwase / Sillage", start=start, end=end, tzid="Europe/Paris", lang="fr",
        when="mercredi 21 oct. 2026 ⋅ 15:00 – 16:00 (heure d’été d’Europe centrale - Paris)",
        description="Entretien technique avec Julien Moreau (Lead Dev). Cas pratique API, 1 h.",
        subject="Invitation: Entretien technique – Aline Uwase / Sillage @ mer. 21 oct. 2026 15:00 - 16:00 (CEST) (aline.uwase@example.com)")
    items = [("01-camille-propose-entretien-technique.eml", m1), ("02-invitation-entretien-technique.eml", inv)]
    lab = label([iv(SILLAGE, SILLAGE_ROLE, start, end, "scheduled", [JULIEN], [JULIEN], "technical")], "medium",
                "positive/google-invite-french",
                "French recruiter mail + Google invite (TZID Europe/Paris) before the EU change: 15:00 CEST = 15:00 Kigali.")
    return "sillage-entretien-technique-paris", items, lab, ["Europe/Paris CEST +02:00 on 21 Oct (before 25 Oct) = Kigali time"]


@case
def c09():
    uid = f"{hx('uid09', n=26)}@google.com"
    start = D(2026, 10, 27, 16, 0, PAR, "Tue", "+01:00")
    end = D(2026, 10, 27, 16, 45, PAR, "Tue", "+01:00")
    assert start.astimezone(KGL).hour == 17
    guests = [(CAMILLE[0], CAMILLE[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")]
    inv, _, _ = google_invite(
        "c09a", sent=D(2026, 10, 22, 16, 10, PAR, "Thu", "+02:00"), organizer=CAMILLE, guests=guests,
        summary="Entretien RH – Aline Uwase (Sillage)", start=start, end=end, tzid="Europe/Paris", lang="fr",
        when="mardi 27 oct. 2026 ⋅ 16:00 – 16:45 (heure normale d’Europe centrale - Paris)",
        description=("Échange RH avec Camille Laurent : parcours, attentes salariales, conditions du télétravail "
                     "depuis Kigali."), uid=uid,
        subject="Invitation: Entretien RH – Aline Uwase (Sillage) @ mar. 27 oct. 2026 16:00 - 16:45 (CET) (aline.uwase@example.com)")
    t2 = T("""
        Bonjour Aline,

        Je suis vraiment désolée, mais je dois annuler notre entretien RH prévu demain, mardi 27 octobre
        à 16h (heure de Paris). Un imprévu familial m'oblige à m'absenter toute la journée.

        Je reviens vers vous d'ici la fin de la semaine pour convenir d'un nouveau créneau. Toutes mes
        excuses pour ce contretemps.

        Bien à vous,
        Camille Laurent
        Talent Acquisition – Sillage Technologies
        """)
    s2 = D(2026, 10, 26, 9, 5, PAR, "Mon", "+01:00")
    h2 = std_headers("c09b", frm=addr(*CAMILLE), to=addr(*ALINE), subject="Annulation de notre entretien de demain",
                     date=s2, msgid=mid("c09b", "sillage.example"), host="mail-wm1-f54.google.com",
                     ip="209.85.128.54", return_path=CAMILLE[1])
    m2 = eml(h2, plain(t2))
    cancel, _, _ = google_invite(
        "c09c", sent=D(2026, 10, 26, 9, 7, PAR, "Mon", "+01:00"), organizer=CAMILLE, guests=guests,
        summary="Entretien RH – Aline Uwase (Sillage)", start=start, end=end, tzid="Europe/Paris", lang="fr",
        when="mardi 27 oct. 2026 ⋅ 16:00 – 16:45 (heure normale d’Europe centrale - Paris)",
        description="Cet événement a été annulé.", uid=uid, sequence=1, method="CANCEL",
        subject="Événement annulé : Entretien RH – Aline Uwase (Sillage) @ mar. 27 oct. 2026 16:00 - 16:45 (CET) (aline.uwase@example.com)")
    items = [("01-invitation-entretien-rh.eml", inv), ("02-camille-annulation.eml", m2), ("03-evenement-annule.eml", cancel)]
    lab = label([iv(SILLAGE, SILLAGE_ROLE, start, end, "cancelled", [CAMILLE], [CAMILLE], "other")], "hard",
                "positive/cancellation",
                "HR interview in Paris time two days after the EU change (16:00 CET = 17:00 Kigali), cancelled in "
                "French by mail and by METHOD:CANCEL (same UID, SEQUENCE 1). No new date is given.")
    return "sillage-annulation-entretien-rh", items, lab, ["Europe/Paris CET +01:00 on 27 Oct (after 25 Oct change): 16:00 Paris = 17:00 Kigali; invite sent under CEST, cancellation under CET"]


@case
def c10():
    sent = D(2026, 11, 3, 11, 48, PAR, "Tue", "+01:00")
    s1, e1 = D(2026, 11, 10, 10, 0, PAR, "Tue", "+01:00"), D(2026, 11, 10, 11, 0, PAR, "Tue", "+01:00")
    s2, e2 = D(2026, 11, 10, 11, 15, PAR, "Tue", "+01:00"), D(2026, 11, 10, 12, 0, PAR, "Tue", "+01:00")
    s3, e3 = D(2026, 11, 10, 14, 0, PAR, "Tue", "+01:00"), D(2026, 11, 10, 14, 30, PAR, "Tue", "+01:00")
    assert s1.astimezone(KGL).hour == 11
    t1 = T("""
        Bonjour Aline,

        Très bonne nouvelle : Julien a été convaincu par votre entretien technique et nous aimerions vous
        proposer l'étape finale, le mardi 10 novembre, en visio. Toutes les heures ci-dessous sont en
        heure de Paris. Attention : depuis le 25 octobre, Paris a une heure de retard sur Kigali, donc la
        journée commence à 11h00 chez vous.

          10h00 – 11h00  Conception système avec Hélène Dubois (CTO)
          11h15 – 12h00  Échange produit avec Thomas Bernard (Head of Product)
          pause déjeuner
          14h00 – 14h30  Entretien RH avec moi (celui que nous avions dû reporter)

        Vous allez recevoir trois invitations Google Agenda séparées, une par créneau. N'hésitez pas si
        vous avez la moindre question d'ici là.

        Belle journée,
        Camille Laurent
        Talent Acquisition – Sillage Technologies
        """)
    h1 = std_headers("c10a", frm=addr(*CAMILLE), to=addr(*ALINE),
                     subject="Sillage – votre journée finale le mardi 10 novembre", date=sent,
                     msgid=mid("c10a", "sillage.example"), host="mail-wr1-f47.google.com", ip="209.85.221.47",
                     return_path=CAMILLE[1])
    m1 = eml(h1, multi("alternative", boundary("c10a"), [plain(t1, "base64"), htmlpart(to_html(t1), "base64")]))
    me = (OWNER_NAME, OWNER, "NEEDS-ACTION")
    cam = (CAMILLE[0], CAMILLE[1], "ACCEPTED")
    lbl = "(heure normale d’Europe centrale - Paris)"
    i1, _, _ = google_invite("c10b", sent=D(2026, 11, 3, 11, 55, PAR, "Tue", "+01:00"), organizer=CAMILLE,
                             guests=[cam, (HELENE[0], HELENE[1], "ACCEPTED"), me],
                             summary="Finale 1/3 – Conception système (Hélène Dubois) – Aline Uwase", start=s1, end=e1,
                             tzid="Europe/Paris", lang="fr", when=f"mardi 10 nov. 2026 ⋅ 10:00 – 11:00 {lbl}",
                             description="Étude de cas : architecture d'un moteur de tarification multi-transporteurs.")
    i2, _, _ = google_invite("c10c", sent=D(2026, 11, 3, 11, 56, PAR, "Tue", "+01:00"), organizer=CAMILLE,
                             guests=[cam, (THOMAS[0], THOMAS[1], "ACCEPTED"), me],
                             summary="Finale 2/3 – Échange produit (Thomas Bernard) – Aline Uwase", start=s2, end=e2,
                             tzid="Europe/Paris", lang="fr", when=f"mardi 10 nov. 2026 ⋅ 11:15 – 12:00 {lbl}",
                             description="Discussion produit : comment vous travaillez avec les équipes produit et ops.")
    i3, _, _ = google_invite("c10d", sent=D(2026, 11, 3, 11, 57, PAR, "Tue", "+01:00"), organizer=CAMILLE,
                             guests=[cam, me],
                             summary="Finale 3/3 – Entretien RH (Camille Laurent) – Aline Uwase", start=s3, end=e3,
                             tzid="Europe/Paris", lang="fr", when=f"mardi 10 nov. 2026 ⋅ 14:00 – 14:30 {lbl}",
                             description="Parcours, attentes, modalités de travail à distance depuis Kigali.")
    items = [("01-camille-journee-finale.eml", m1), ("02-invitation-finale-1-helene.eml", i1),
             ("03-invitation-finale-2-thomas.eml", i2), ("04-invitation-finale-3-camille.eml", i3)]
    lab = label([iv(SILLAGE, SILLAGE_ROLE, s1, e3, "scheduled", [HELENE, THOMAS, CAMILLE], [HELENE, THOMAS, CAMILLE],
                    "onsite")], "hard", "positive/onsite-loop-multi-invite",
                "Final day given in Paris time (CET, +01:00; 11:00 Kigali) as three Google invites with a lunch "
                "gap -> ONE onsite from 10:00 to 14:30 Paris with all three interviewers.")
    return "sillage-finale-paris-loop", items, lab, ["Europe/Paris CET +01:00 on 10 Nov: 10:00 Paris = 11:00 Kigali (mail says so)"]


@case
def c11():
    s_scr = D(2026, 10, 28, 11, 0, NYC, "Wed", "-04:00")
    e_scr = s_scr + timedelta(minutes=30)
    assert s_scr.astimezone(KGL).hour == 17
    s_tech = D(2026, 11, 5, 15, 0, NYC, "Thu", "-05:00")
    e_tech = s_tech + timedelta(hours=1)
    assert s_tech.astimezone(KGL).hour == 22
    zoom1 = digits("c11zoom1", 11)
    t1 = T("""
        Hi Aline,

        Thanks for applying to Harborline! Your background in payments infrastructure lines up really well
        with what our platform team needs, and I'd love to set up a 30-minute intro call.

        I've penciled us in for Wednesday, October 28 at 11:00 AM ET, which by my math is 5:00 PM for you
        in Kigali. Here's the Zoom link: https://harborline.zoom.us/j/%s

        If that doesn't work, just reply with a couple of times that do and I'll move it.

        Cheers,
        Megan Foster
        Senior Technical Recruiter | Harborline Software
        Remote · New York, NY
        """) % zoom1
    sent1 = D(2026, 10, 19, 10, 31, NYC, "Mon", "-04:00")
    id1 = mid("c11a", "harborline.example")
    h1 = std_headers("c11a", frm=addr(*MEGAN), to=addr(*ALINE), subject="Harborline – intro call", date=sent1,
                     msgid=id1, host="mail-qt1-f182.google.com", ip="209.85.160.182", return_path=MEGAN[1])
    m1 = eml(h1, multi("alternative", boundary("c11a"), [plain(t1), htmlpart(to_html(t1))]))
    t2 = T("""
        Hi Megan,

        Wednesday at 11 ET / 5 PM Kigali works perfectly, thank you. Talk to you then!

        Best,
        Aline

        """) + quote(t1, "Megan Foster <megan.foster@harborline.example>", "Mon, Oct 19, 2026 at 4:31 PM")
    sent2 = D(2026, 10, 19, 17, 2, KGL, "Mon", "+02:00")
    id2 = mid("c11b", "mail.example.com")
    h2 = std_headers("c11b", frm=addr(*ALINE), to=addr(*MEGAN), subject="Re: Harborline – intro call", date=sent2,
                     msgid=id2, host="smtp.example.com", ip="192.0.2.41", irt=id1, refs=id1, return_path=OWNER)
    m2 = eml(h2, plain(t2, "7bit"))
    zoom2 = digits("c11zoom2", 11)
    t3 = T("""
        Hi Aline,

        Great talking on Wednesday! Next up is a 60-minute technical interview with Marcus Reed (Staff
        Engineer) and Priya Natarajan (Engineering Manager) on Thursday, November 5 at 3:00 PM Eastern.

        Heads-up on the time: US clocks fall back on Sunday, November 1, so this lands at 10:00 PM in
        Kigali, not 9:00 PM. Sorry it's so late on your end; it was the only slot both of them had this
        month. The Zoom invite is attached.

        Marcus will focus on distributed systems (think idempotent payment retries), Priya on how you
        work with a team spread over five time zones.

        Cheers,
        Megan
        """)
    sent3 = D(2026, 10, 30, 16, 2, NYC, "Fri", "-04:00")
    ics = vcal(prodid="-//zoom.us//iCalendar Event//EN", method="REQUEST", tzid=None, start=s_tech, end=e_tech,
               summary="Harborline technical interview – Aline Uwase", uid=f"ZOOM{zoom2}@harborline.zoom.us",
               organizer=MEGAN, attendees=[attendee(*ALINE), attendee(*MARCUS), attendee(*PRIYA)], dtstamp=sent3,
               description=(f"Megan Foster is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n"
                            f"https://harborline.zoom.us/j/{zoom2}\n\nMeeting ID: {zoom2[:3]} {zoom2[3:7]} {zoom2[7:]}"),
               location=f"https://harborline.zoom.us/j/{zoom2}", utc=True)
    body3 = multi("mixed", boundary("c11cm"), [
        multi("alternative", boundary("c11ca"), [plain(t3, "7bit"), htmlpart(to_html(t3))]),
        cal_attachment(ics, "zoom_meeting.ics")])
    h3 = std_headers("c11c", frm=addr(*MEGAN), to=addr(*ALINE), cc=f"{addr(*MARCUS)}, {addr(*PRIYA)}",
                     subject="Harborline – technical interview, Thu Nov 5", date=sent3,
                     msgid=mid("c11c", "harborline.example"), host="mail-qt1-f181.google.com", ip="209.85.160.181",
                     return_path=MEGAN[1])
    m3 = eml(h3, body3)
    gid = hx("gcal11", n=26)
    ev = {
        "kind": "calendar#event", "etag": f"\"{int(hx('etag11', n=12), 16)}\"", "id": gid, "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.urlsafe_b64encode(f"{gid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-30T20:05:11.000Z", "updated": "2026-10-30T20:09:42.318Z",
        "summary": "Harborline technical interview – Aline Uwase",
        "description": f"Marcus Reed + Priya Natarajan. Zoom: https://harborline.zoom.us/j/{zoom2} (10 PM Kigali!)",
        "location": f"https://harborline.zoom.us/j/{zoom2}",
        "creator": {"email": OWNER, "self": True},
        "organizer": {"email": MEGAN[1], "displayName": MEGAN[0]},
        "start": {"dateTime": iso(s_tech.astimezone(KGL)), "timeZone": "Africa/Kigali"},
        "end": {"dateTime": iso(e_tech.astimezone(KGL)), "timeZone": "Africa/Kigali"},
        "iCalUID": f"ZOOM{zoom2}@harborline.zoom.us", "sequence": 0,
        "attendees": [
            {"email": MEGAN[1], "displayName": MEGAN[0], "organizer": True, "responseStatus": "accepted"},
            {"email": MARCUS[1], "displayName": MARCUS[0], "responseStatus": "accepted"},
            {"email": PRIYA[1], "displayName": PRIYA[0], "responseStatus": "needsAction"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
        "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": 30}]},
        "eventType": "default"}
    items = [("01-megan-intro-call.eml", m1), ("02-aline-confirms-intro.eml", m2),
             ("03-megan-technical-interview-zoom.eml", m3), ("04-technical-interview.gcal.json", ev)]
    lab = label([iv(HARBOR, HARBOR_ROLE, s_scr, e_scr, "scheduled", [MEGAN], [MEGAN], "phone_screen"),
                 iv(HARBOR, HARBOR_ROLE, s_tech, e_tech, "scheduled", [MARCUS, PRIYA], [MARCUS, PRIYA], "technical")],
                "hard", "positive/two-interviews-us-dst",
                "Two interviews: recruiter intro Wed 28 Oct 11:00 EDT (17:00 Kigali, body only) and technical "
                "Thu 5 Nov 15:00 EST (22:00 Kigali) after the US change; Zoom .ics in UTC plus the owner's own "
                "Calendar API copy in Africa/Kigali (same interview, not a third).")
    return "harborline-us-two-interviews", items, lab, [
        "America/New_York EDT -04:00 on 28 Oct: 11:00 ET = 17:00 Kigali",
        "America/New_York EST -05:00 on 5 Nov (after 1 Nov change): 15:00 ET = 22:00 Kigali; Zoom .ics in UTC (20:00Z); .gcal.json in Africa/Kigali"]


@case
def c12():
    start = D(2026, 10, 20, 16, 0, KGL, "Tue", "+02:00")
    end = start + timedelta(minutes=30)
    gid = hx("gcal12", n=26)
    ev = {
        "kind": "calendar#event", "etag": f"\"{int(hx('etag12', n=12), 16)}\"", "id": gid, "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.urlsafe_b64encode(f"{gid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-15T08:41:27.000Z", "updated": "2026-10-15T08:44:03.902Z",
        "summary": "Aline Uwase <> Olivier Kamanzi (CEO) – final conversation",
        "description": ("Final step for the Backend Engineer (Payments) role: a 30-minute conversation with Olivier, "
                        "our CEO, about Imari Pay's roadmap and how you like to work.\n\n"
                        "Ikiganiro cya nyuma n'Umuyobozi Mukuru. Diane only set this up and will not join.\n\n"
                        "Location: Imari Pay office, KG 9 Ave, Nyarutarama (3rd floor), or Google Meet if you prefer."),
        "location": "Imari Pay, KG 9 Ave, Nyarutarama, Kigali",
        "creator": {"email": DIANE[1], "displayName": DIANE[0]},
        "organizer": {"email": DIANE[1], "displayName": DIANE[0]},
        "start": {"dateTime": iso(start), "timeZone": "Africa/Kigali"},
        "end": {"dateTime": iso(end), "timeZone": "Africa/Kigali"},
        "iCalUID": f"{gid}@google.com", "sequence": 0,
        "attendees": [
            {"email": DIANE[1], "displayName": DIANE[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OLIVIER[1], "displayName": OLIVIER[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": f"https://meet.google.com/{meet_code('c12')}",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet_code('c12')}",
                             "label": f"meet.google.com/{meet_code('c12')}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet_code("c12")},
        "reminders": {"useDefault": True}, "eventType": "default"}
    items = [("01-ceo-final-conversation.gcal.json", ev)]
    lab = label([iv(IMARI, IMARI_ROLE, start, end, "scheduled", [OLIVIER], [OLIVIER], "hiring_manager")], "medium",
                "positive/calendar-api-json",
                "Calendar API event only; organiser Diane states she will not join -> CEO is the only interviewer.")
    return "imaripay-ceo-chat-gcal-json", items, lab, []


@case
def c13():
    sent = D(2026, 10, 5, 15, 47, KGL, "Mon", "+02:00")
    start = D(2026, 10, 6, 14, 0, KGL, "Tue", "+02:00")
    end = start + timedelta(minutes=30)
    txt = T("""
        Muraho Aline Uwase,

        Umukoresha INZIRA TELECOM LTD yakwandikiye ku bijyanye n'ubusabe bwawe ku mwanya wa
        "Software Engineer, Digital Channels" (Job ref: AK-2026-0932).

        ---------------- Ubutumwa bw'umukoresha ----------------

        Muraho Aline,

        Ndi Claudine Uwimana wo mu ishami rishinzwe abakozi muri Inzira Telecom. Twashimishijwe
        n'ubusabe bwawe. Turifuza kugirana nawe ikiganiro cy'akazi kigufi kuri telefone ejo, saa
        munani z'amanywa; kizamara iminota 30. Nzaguhamagara kuri nimero iri kuri CV yawe.

        Niba iyo saha itakunogeye, nyandikira kuri claudine.uwimana@inziratel.example.

        (EN) We would like a short 30-minute phone interview with you tomorrow at 2 pm. I will call the
        number on your CV.

        Claudine Uwimana
        Talent Acquisition, Inzira Telecom Ltd

        ----------------------------------------------------------

        Ntusubize kuri ubu butumwa – ni ubutumwa bwoherejwe n'imashini.
        Please do not reply to this e-mail. Akazi Connect Rwanda · Kigali Heights, KG 7 Ave
        """)
    markup = to_html(txt, font="Verdana,Geneva,sans-serif", size="13px")
    h = std_headers("c13", frm=addr("Akazi Connect", "no-reply@akaziconnect.example"), to=addr(*ALINE),
                    subject="[Akazi Connect] Ubutumwa buturutse kuri INZIRA TELECOM LTD – Software Engineer, Digital Channels",
                    date=sent, msgid=mid("c13", "akaziconnect.example"), host="mta2.akaziconnect.example",
                    ip="41.74.172.20", return_path="bounce@akaziconnect.example",
                    extra=[("List-Unsubscribe", "<https://www.akaziconnect.example/account/notifications>"),
                           ("X-Mailer", "AkaziConnect-Relay/3.2")])
    m = eml(h, multi("alternative", boundary("c13"), [plain(txt), htmlpart(markup, "base64")]))
    items = [("01-akazi-relay-inzira-phone-interview.eml", m)]
    lab = label([iv(INZIRA, INZIRA_ROLE, start, end, "scheduled", [CLAUDINE], [CLAUDINE], "phone_screen")], "hard",
                "positive/relay-relative-date-kinyarwanda",
                "Job-board relay (no-reply) carries the employer's Kinyarwanda message: 'ejo, saa munani z'amanywa' "
                "(tomorrow 14:00) resolved against the Date header (Mon 5 Oct) -> Tue 6 Oct 14:00. Recruiter "
                "calls herself -> interviewer; relay address is never a recipient.")
    return "akazi-relay-inzira-phone-screen-ejo", items, lab, ["relative 'ejo' (tomorrow) resolved against Date: Mon, 05 Oct 2026 +0200"]


# ============================================================================= negatives
@case
def c14():
    sent = D(2026, 10, 12, 11, 5, NBO, "Mon", "+03:00")
    start = D(2026, 10, 16, 10, 0, NBO, "Fri", "+03:00")
    end = D(2026, 10, 16, 11, 30, NBO, "Fri", "+03:00")
    txt = T("""
        Hi Aline,

        Thanks again for your interest in the Software Engineer, Platform role at Mawingu Labs. The next
        step is a timed online coding assessment on CodeSignal.

        When: Friday, October 16, 2026, 10:00 – 11:30 AM EAT (09:00 – 10:30 in Kigali)
        Length: 90 minutes, three problems
        Format: self-proctored. Nobody from our team will be on a call with you; webcam and screen are
        recorded by the platform.

        Your personal test link becomes active at 10:00 AM EAT:
        https://app.codesignal.com/test/%s

        We've attached a calendar hold so it doesn't slip your mind. Once our engineers have reviewed your
        results (usually within three working days), I'll be in touch about next steps, which may include
        a live interview.

        Good luck!
        Wanjiru Kamau
        Recruiting Coordinator, Mawingu Labs
        """) % hx("cs14", n=16)
    ics = vcal(prodid="-//Greenhouse Software Inc//Greenhouse Calendar//EN", method="REQUEST", tzid="Africa/Nairobi",
               start=start, end=end, summary="Mawingu Labs – CodeSignal coding assessment (self-proctored)",
               uid=f"{hx('uid14', n=24)}@greenhouse.io", organizer=WANJIRU, attendees=[attendee(*ALINE)], dtstamp=sent,
               description="Timed online coding assessment. No interviewer attends.", location="Online (CodeSignal)")
    body = multi("mixed", boundary("c14m"), [
        multi("alternative", boundary("c14a"), [plain(txt), htmlpart(to_html(txt, font="Helvetica,Arial,sans-serif"))]),
        cal_attachment(ics, "coding_assessment.ics")])
    h = std_headers("c14", frm=addr("Mawingu Labs", "no-reply@us.greenhouse-mail.io"), to=addr(*ALINE),
                    reply_to=addr(*WANJIRU), subject="Your Mawingu Labs coding assessment – Friday, October 16",
                    date=sent, msgid=mid("c14", "us.greenhouse-mail.io"), host="mail-b.us.greenhouse-mail.io",
                    ip="198.21.5.141", return_path="bounces+9921735@us.greenhouse-mail.io")
    items = [("01-greenhouse-coding-assessment.eml", eml(h, body))]
    lab = label([], "hard", "negative/coding-test-only",
                "Timed, self-proctored coding assessment with a calendar hold and an exact time; no live "
                "conversation -> not an interview.")
    return "mawingu-coding-test-only", items, lab, ["Africa/Nairobi EAT +03:00 (negative)"]


@case
def c15():
    sent = D(2026, 10, 8, 9, 30, KGL, "Thu", "+02:00")
    start = D(2026, 10, 24, 8, 0, KGL, "Sat", "+02:00")
    end = D(2026, 10, 25, 18, 0, KGL, "Sun", "+02:00")
    D(2026, 10, 25, 15, 0, KGL, "Sun", "+02:00")
    txt = T("""
        Murakaza neza, Aline!

        Your team "Umurongo" is confirmed for the Kigali Fintech Hackathon 2026.

        Saturday 24 October, 08:00 – registration and breakfast, Kigali Innovation Hub, Kimihurura
        Saturday 24 October, 09:30 – challenge briefing by our partners Imari Pay and Inzira Telecom
        Sunday 25 October, 15:00 – final pitches in front of the jury
        Sunday 25 October, 17:30 – awards and networking

        Our partners' engineering and HR teams will run a "talent corner" both days: drop by for
        informal chats about open roles and internships. No booking needed.

        Bring your laptop, charger and national ID. Wi-Fi, meals and plenty of icyayi are on us.

        See you there,
        The Kigali Innovation Hub events team
        """)
    h = std_headers("c15", frm=addr("Kigali Innovation Hub", "events@kigaliinnovationhub.example"), to=addr(*ALINE),
                    subject="You're in! Kigali Fintech Hackathon 2026 – 24–25 October", date=sent,
                    msgid=mid("c15", "kigaliinnovationhub.example"), host="mail.kigaliinnovationhub.example",
                    ip="197.243.18.66", return_path="events@kigaliinnovationhub.example",
                    extra=[("List-Unsubscribe", "<mailto:unsubscribe@kigaliinnovationhub.example>")])
    m = eml(h, multi("alternative", boundary("c15"), [plain(txt), htmlpart(to_html(txt), "base64")]))
    ics = vcal(prodid="-//Kigali Innovation Hub//Events 2.1//EN", method="PUBLISH", tzid="Africa/Kigali", start=start,
               end=end, summary="Kigali Fintech Hackathon 2026 (team Umurongo)", uid=f"{hx('uid15', n=20)}@kigaliinnovationhub.example",
               organizer=("Kigali Innovation Hub", "events@kigaliinnovationhub.example"),
               attendees=[attendee(*ALINE, partstat="ACCEPTED", rsvp="FALSE")], dtstamp=sent,
               description="Hackathon weekend. Pitches Sunday 15:00. Talent corner with partner companies both days.",
               location="Kigali Innovation Hub, Kimihurura")
    items = [("01-hackathon-registration.eml", m), ("02-kigali-fintech-hackathon.ics", ics)]
    lab = label([], "medium", "negative/hackathon",
                "Hackathon registration with pitch to a jury and an informal 'talent corner' with the same "
                "companies; standalone .ics. No job interview.")
    return "kigali-fintech-hackathon", items, lab, []


@case
def c16():
    sent = D(2026, 11, 9, 10, 12, KGL, "Mon", "+02:00")
    start = D(2026, 11, 12, 10, 0, KGL, "Thu", "+02:00")
    end = start + timedelta(minutes=45)
    txt = T("""
        Muraho UWASE Aline,

        Gahunda yawe yo kubonana n'umukozi wa Isoko Bank yemejwe.

        Itariki: ku wa kane, 12 Ugushyingo 2026
        Isaha: saa yine za mu gitondo
        Ishami: Kimihurura, KG 5 Ave
        Uzakwakira: Fabrice Ndayisaba, Relationship Manager

        ---

        Dear Aline,

        Your home loan interview with your relationship manager is confirmed for Thursday 12 November 2026
        at 10:00 at our Kimihurura branch (about 45 minutes). Please bring your national ID, your last six
        payslips, your employment contract and the land title or sale agreement for the property.

        To change or cancel the appointment, dial *550# or use the Isoko Mobile app.

        Murakoze guhitamo Isoko Bank.
        Isoko Bank Plc – Regulated by the National Bank of Rwanda
        """)
    ics = vcal(prodid="-//Isoko Bank//Appointments//EN", method="REQUEST", tzid="Africa/Kigali", start=start, end=end,
               summary="Isoko Bank – Home loan interview (Kimihurura branch)", uid=f"APPT-{hx('uid16', n=12).upper()}@isokobank.example",
               organizer=("Isoko Bank Appointments", "appointments@isokobank.example"),
               attendees=[attendee(*ALINE)], dtstamp=sent, description="Home loan interview with Fabrice Ndayisaba.",
               location="Isoko Bank, Kimihurura branch, KG 5 Ave")
    body = multi("mixed", boundary("c16m"), [
        multi("alternative", boundary("c16a"), [plain(txt), htmlpart(to_html(txt), "base64")]),
        cal_attachment(ics, "appointment.ics")])
    h = std_headers("c16", frm=addr("Isoko Bank", "appointments@isokobank.example"), to=addr(*ALINE),
                    subject="Gahunda yawe yemejwe / Appointment confirmed – Home loan interview, 12/11/2026",
                    date=sent, msgid=mid("c16", "isokobank.example"), host="smtp.isokobank.example", ip="196.12.150.33",
                    return_path="appointments@isokobank.example")
    items = [("01-isoko-bank-appointment.eml", eml(h, body))]
    lab = label([], "medium", "negative/bank-appointment",
                "Bank 'home loan interview' with a relationship manager, .ics attached; not a job interview.")
    return "isoko-bank-loan-appointment", items, lab, []


@case
def c17():
    sent = D(2026, 10, 16, 8, 3, KGL, "Fri", "+02:00")
    D(2026, 10, 19, 10, 0, KGL, "Mon", "+02:00")
    txt = T("""
        Muraho UWASE Aline,

        Ubusabe bwawe bwakiriwe neza.

        Serivisi: Icyemezo cy'uko nta cyaha wakatiwe (Criminal Record Certificate)
        Nimero y'ubusabe: ES26-4471903
        Nimero yo kwishyura (Billing ID): 880219377410
        Amafaranga: 1,000 RWF – YISHYUWE

        Intambwe ikurikira: itabe ku biro bitanga icyemezo ku wa mbere, 19 Ukwakira 2026 saa yine za
        mu gitondo kugira ngo bafate ibikumwe (biometric capture). Zana indangamuntu yawe.

        Your application has been received and paid. Please report on Monday 19 October 2026 at 10:00 for
        fingerprint capture. You will receive an SMS when the certificate is ready for download.

        Murakoze gukoresha eSerivisi.
        Ubu butumwa bwoherejwe n'imashini. Ntukabusubize.
        """)
    h = std_headers("c17", frm=addr("eSerivisi", "no-reply@eserivisi.example"), to=addr("UWASE Aline", OWNER),
                    subject="Ubusabe ES26-4471903 bwakiriwe – Criminal Record Certificate", date=sent,
                    msgid=mid("c17", "eserivisi.example"), host="notify.eserivisi.example", ip="197.243.1.9",
                    return_path="no-reply@eserivisi.example")
    m = eml(h, multi("alternative", boundary("c17"), [plain(txt), htmlpart(to_html(txt, size="13px"), "base64")]))
    items = [("01-eserivisi-criminal-record.eml", m)]
    lab = label([], "medium", "negative/government-eservice",
                "Government e-service notification with an appointment for fingerprint capture (a document "
                "often needed for public-sector jobs); not an interview.")
    return "eserivisi-government-notification", items, lab, []


@case
def c18():
    sent = D(2026, 11, 12, 13, 40, NYC, "Thu", "-05:00")
    txt = T("""
        Hi Aline,

        Thank you for the time you spent with Marcus and Priya on Thursday, November 5, especially given
        how late it was for you in Kigali. We really appreciated the thought you put into the retry and
        idempotency discussion.

        After a lot of deliberation, we've decided to move forward with a candidate whose experience more
        closely matches what the team needs right now. This was a difficult call, and it's not a reflection
        of your abilities.

        We'd love to keep in touch for future roles, and I'll reach out if something opens up on the EMEA
        payments side.

        All the best,
        Megan Foster
        Senior Technical Recruiter | Harborline Software
        """)
    h = std_headers("c18", frm=addr("Harborline Software", "no-reply@us.greenhouse-mail.io"), to=addr(*ALINE),
                    reply_to=addr(*MEGAN), subject="Your application to Harborline Software", date=sent,
                    msgid=mid("c18", "us.greenhouse-mail.io"), host="mail-c.us.greenhouse-mail.io", ip="198.21.5.142",
                    return_path="bounces+7713020@us.greenhouse-mail.io")
    m = eml(h, multi("alternative", boundary("c18"), [plain(txt, "7bit"), htmlpart(to_html(txt))]))
    items = [("01-harborline-decision.eml", m)]
    lab = label([], "medium", "negative/rejection",
                "Rejection that names the past interview date and interviewers; no new interview.")
    return "harborline-rejection", items, lab, []


@case
def c19():
    sent = D(2026, 11, 16, 9, 15, KGL, "Mon", "+02:00")
    D(2026, 11, 20, 17, 0, KGL, "Fri", "+02:00")
    D(2027, 1, 4, 8, 30, KGL, "Mon", "+02:00")
    txt = T("""
        Muraho Aline,

        Twishimiye kukumenyesha ko Imari Pay iguhaye akazi ka Backend Engineer (Payments)! Olivier na
        ikipe yose bishimiye cyane ibiganiro twagiranye.

        Here are the main terms; the full offer letter is waiting for you in the Workable portal:

        - Position: Backend Engineer (Payments), Payments Core team
        - Start date: Monday, 4 January 2027
        - Gross monthly salary: RWF 3,400,000, plus medical cover (RSSB + private top-up) for you and
          your dependants
        - Hybrid: three days a week at our Nyarutarama office

        Please review and e-sign by Friday, 20 November 2026 at 17:00 Kigali time:
        https://apply.workable.com/imari-pay/offer/%s

        If you'd like to go through the package, Olivier and I are happy to jump on a call; just send us a
        time that suits you this week.

        Murakoze, and congratulations!
        Diane Mukamana
        Talent Partner, Imari Pay
        """) % hx("offer19", n=12)
    h = std_headers("c19", frm=addr(*DIANE), to=addr(*ALINE), cc=addr(*OLIVIER),
                    subject="Ibaruwa y'akazi / Offer of employment – Backend Engineer (Payments)", date=sent,
                    msgid=mid("c19", "imaripay.example"), host="mail-ej1-f41.google.com", ip="209.85.218.41",
                    return_path=DIANE[1])
    m = eml(h, multi("alternative", boundary("c19"), [plain(txt), htmlpart(to_html(txt), "base64")]))
    items = [("01-imaripay-offer.eml", m)]
    lab = label([], "medium", "negative/offer",
                "Offer with a signing deadline and an unbooked offer to walk through the package on a call.")
    return "imaripay-offer", items, lab, []


@case
def c20():
    sent = D(2026, 10, 14, 3, 17, UTC, "Wed", "+00:00")
    D(2026, 10, 16, 15, 0, KGL, "Fri", "+02:00")
    txt = T("""
        Dear Candidate,

        CONGRATULATIONS!!! After reviewing your CV on the job portal you have been SHORTLISTED for the
        position of REMOTE SOFTWARE DEVELOPER at INZIRA TELECOM (salary USD 4,500/month + laptop).

        Your online interview will be conducted on TELEGRAM by our HR Manager Mr. Robert Smith on
        Friday 16th October 2026 at 3:00PM. Add him on Telegram: @inzira_hr_robert

        IMPORTANT: Before the interview every shortlisted candidate must pay the registration and
        training kit fee of RWF 35,000 via MoMo Pay code 0781234567 (names: HR SERVICES). Send the
        payment screenshot to this email. Candidates who do not pay within 24 hours will be REMOVED.

        Regards,
        HR Department
        Inzira Telecom Recruitment Team
        """)
    h = std_headers("c20", frm=addr("Inzira Telecom HR Department", "inziratelecom.hr.careers@freemail.example"),
                    to=f"undisclosed-recipients:;", reply_to="hr.recruitment.inzira@postbox.example",
                    subject="CONGRATULATIONS!!! Shortlisted for Online Interview – Inzira Telecom Remote Jobs",
                    date=sent, msgid=mid("c20", "freemail.example"), host="smtp.freemail.example", ip="203.0.113.77",
                    return_path="inziratelecom.hr.careers@freemail.example")
    m = eml(h, plain(txt, "7bit"))
    items = [("01-shortlisted-telegram-interview.eml", m)]
    lab = label([], "medium", "negative/scam",
                "Impersonates the telecom from a free-mail domain; Telegram 'interview' after paying a MoMo fee.")
    return "scam-fake-inzira-recruiter", items, lab, []


@case
def c21():
    YVONNE = ("Yvonne Umutoni", "yvonne.umutoni@kivusoft.example")
    CAND = ("Jean Bosco Hakizimana", "jb.hakizimana@mail.example")
    start = D(2026, 10, 21, 11, 0, KGL, "Wed", "+02:00")
    end = start + timedelta(minutes=45)
    inv, _, _ = google_invite(
        "c21", sent=D(2026, 10, 16, 15, 40, KGL, "Fri", "+02:00"), organizer=YVONNE,
        guests=[(YVONNE[0], YVONNE[1], "ACCEPTED"), (CAND[0], CAND[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        summary="Internship interview: Jean Bosco Hakizimana (Software Engineering Intern)", start=start, end=end,
        tzid="Africa/Kigali", when="Wednesday Oct 21, 2026 ⋅ 11am – 11:45am (Central Africa Time - Kigali)",
        description=("Aline – you'll run the technical part (30 min: a small Python exercise plus questions about his "
                     "final-year project at the university). I'll do the last 15 minutes on logistics. Please submit "
                     "your scorecard in BambooHR by end of day."),
        subject="Invitation: Internship interview: Jean Bosco Hakizimana (Software Engineering Intern) @ Wed Oct 21, 2026 11am - 11:45am (CAT) (aline.uwase@example.com)")
    items = [("01-invitation-intern-interview.eml", inv)]
    lab = label([], "hard", "negative/user-is-interviewer",
                "Invite from the owner's current employer: the owner interviews an intern candidate.")
    return "kivusoft-aline-interviews-intern", items, lab, []


@case
def c22():
    sent = D(2026, 10, 14, 11, 20, KGL, "Wed", "+02:00")
    D(2026, 10, 20, 9, 0, KGL, "Tue", "+02:00")
    txt = T("""
        Muraho Aline Uwase,

        Itangazo rishya ryashyizwe ku mwanya wasabye: Software Engineer (Government Digital Platforms) – RDTA.

        ---------------- ITANGAZO ----------------

        Ikigo cy'Igihugu gishinzwe Guhindura Serivisi mu buryo bw'Ikoranabuhanga (RDTA) kiramenyesha
        abakandida bari ku rutonde rukurikira ko bemerewe gukora ikizamini cyanditse ku wa kabiri,
        tariki ya 20 Ukwakira 2026, saa tatu za mu gitondo, kuri IPRC Kigali (Kicukiro), icyumba B12.

        Abakandida basabwa kuzana indangamuntu no kuhagera mbere y'isaha yavuzwe. Abazatsinda ikizamini
        cyanditse bazamenyeshwa igihe cy'ikiganiro cy'akazi (oral interview) mu yandi matangazo.

        Urutonde rw'abemerewe (ibice):
          07. MUGISHA Olivier
          08. MUKESHIMANA Alice
          09. NIYONSENGA Claude
          10. UWASE Aline
          11. UWIMANA Josiane

        (EN) Shortlisted candidates sit the written exam on Tuesday 20 October 2026 at 9:00 a.m. at IPRC
        Kigali, room B12. Dates for oral interviews will be announced later.

        -------------------------------------------

        Ntusubize kuri ubu butumwa. Akazi Connect Rwanda · Kigali Heights, KG 7 Ave
        """)
    markup = to_html(txt, font="Verdana,Geneva,sans-serif", size="13px")
    h = std_headers("c22", frm=addr("Akazi Connect", "no-reply@akaziconnect.example"), to=addr(*ALINE),
                    subject="[Akazi Connect] Itangazo: abemerewe gukora ikizamini cyanditse – RDTA",
                    date=sent, msgid=mid("c22", "akaziconnect.example"), host="mta1.akaziconnect.example",
                    ip="41.74.172.19", return_path="bounce@akaziconnect.example",
                    extra=[("List-Unsubscribe", "<https://www.akaziconnect.example/account/notifications>"),
                           ("X-Mailer", "AkaziConnect-Relay/3.2")])
    m = eml(h, multi("alternative", boundary("c22"), [plain(txt), htmlpart(markup, "base64")]))
    items = [("01-akazi-relay-rdta-written-exam.eml", m)]
    lab = label([], "hard", "negative/written-exam",
                "Relay notice: shortlisted for the written exam (ikizamini cyanditse) saa tatu; the oral interview "
                "(ikiganiro cy'akazi) is only mentioned as a later, undated step.")
    return "akazi-relay-rdta-written-exam", items, lab, []


# ============================================================================= writer
def write_all():
    check_dst_rules()
    for p in sorted(OUT.glob(f"{PREFIX}-*")):
        shutil.rmtree(p)
    labels, tzpoints, formats = {}, [], set()
    for i, fn in enumerate(CASES, 1):
        slug, items, lab, tz = fn()
        cid = f"{PREFIX}-{i:02d}-{slug}"
        d = OUT / cid
        d.mkdir()
        for j, (name, content) in enumerate(items, 1):
            assert name.startswith(f"{j:02d}-"), name
            if name.endswith(".eml"):
                data = content.encode("ascii")
                assert f"Delivered-To: {OWNER}" in content
                formats.add("eml")
            elif name.endswith(".ics"):
                data = content.encode("utf-8")
                assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
                assert f"mailto:{OWNER}".encode() in data.replace(b"\r\n ", b"")
                formats.add("ics")
            elif name.endswith(".gcal.json"):
                data = (json.dumps(content, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
                assert any(a.get("self") for a in content["attendees"])
                formats.add("gcal.json")
            else:
                raise ValueError(name)
            (d / name).write_bytes(data)
        labels[cid] = lab
        for t in tz:
            tzpoints.append(f"- case {i:02d} ({cid}): {t}")
    head = "# Labels for blind317 (written blind). Schema: /work/shared/eval/README.md\n"
    (OUT / "labels.yaml").write_bytes(
        (head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100)).encode("utf-8"))
    write_readme(labels, tzpoints)


def write_readme(labels, tzpoints):
    pos = [k for k, v in labels.items() if v["interview"]]
    neg = [k for k, v in labels.items() if not v["interview"]]
    ivs = [x for v in labels.values() for x in v["interviews"]]
    by_status, by_kind = {}, {}
    for x in ivs:
        by_status[x["status"]] = by_status.get(x["status"], 0) + 1
        by_kind[x["kind"]] = by_kind.get(x["kind"], 0) + 1
    lines = [
        "# blind317: Kigali job seeker, Kinyarwanda / English / French mail (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a software engineer in Kigali (Africa/Kigali, UTC+2, no DST).",
        "",
        "This set was written blind: only the eval README (label schema and rules) and three dev files (labels.yaml, one Exchange .eml, one "
        ".gcal.json) were read for format; no tool code, tests or other sets were consulted.",
        "",
        "## What it stresses",
        "- Kinyarwanda hour counting (saa tatu za mu gitondo = 09:00, saa munani z'amanywa = 14:00), weekdays "
        "(ku wa kabiri, ku wa kane) and months (Ukwakira, Ugushyingo); relative 'ejo' (tomorrow) against the Date header.",
        "- 'ikizamini' (exam/test) versus 'ikiganiro cy'akazi' (job interview): a coding test and an interview on the "
        "same day where only the interview counts; a coding test alone; a government written exam.",
        "- French mails and Google invites from Paris across the EU DST change (Paris = Kigali until 25 Oct, one hour "
        "behind after); a French cancellation; a final day in Paris time sent as three invites.",
        "- Nairobi (+03:00) and New York (EDT/EST around 1 Nov) times with Kigali equivalents in the text; a late "
        "Kigali-hour US interview in a Zoom .ics (UTC) and a Calendar API copy (Africa/Kigali).",
        "- Exchange/Teams invites with Windows TZID 'South Africa Standard Time'; a reschedule in Kinyarwanda "
        "(same UID, SEQUENCE 1); a formal government letter with a reference number; a job-board relay.",
        "- Hard negatives: coding test alone, hackathon, bank 'loan interview', government e-service notification, "
        "rejection, offer, scam, the owner interviewing an intern, written-exam shortlist.",
        "",
        "## Counts",
        f"- Cases: {len(labels)} ({len(pos)} positive, {len(neg)} negative)",
        f"- Labelled interviews: {len(ivs)} — by status: "
        + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items()))
        + "; by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())),
        "",
        "## Formats",
        "- .eml: text/plain and HTML, quoted-printable, base64 and 7bit bodies; human threads with "
        "In-Reply-To/References; RFC 2047 encoded subjects.",
        "- Google Calendar invitations (multipart/mixed with text/plain, text/html, text/calendar;method=REQUEST/CANCEL "
        "and invite.ics), English and French.",
        "- Exchange/Teams invites (multipart/alternative, Windows TZID, X-MICROSOFT-CDO-* properties, "
        "'(UTC+02:00) Harare, Pretoria' labels).",
        "- ATS mails with .ics attachments: Workable, Greenhouse; Zoom .ics (UTC times); bank appointment .ics.",
        "- Standalone .ics (owner-created floating time; hackathon PUBLISH) and Calendar API `.gcal.json` events "
        "(owner with \"self\": true).",
        "",
        "## Time-zone / DST points",
        *tzpoints,
        "",
        "All dates are asserted in make_cases.py (weekday and UTC offset via zoneinfo), including the 2026 "
        "changes US 8 Mar / 1 Nov and EU/UK 29 Mar / 25 Oct.",
        "",
        "Regenerate with `python make_cases.py` (deterministic; deletes and rewrites every b317-* folder, "
        "labels.yaml and this README).",
        "",
    ]
    (OUT / "README.md").write_bytes("\n".join(lines).encode("utf-8"))


if __name__ == "__main__":
    write_all()
    print(f"wrote {len(CASES)} cases to {OUT}")
