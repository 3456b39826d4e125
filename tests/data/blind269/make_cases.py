#!/usr/bin/env python3
"""Regenerate the blind269 evaluation cases (Houston commercial electrician) and labels.yaml.

Deterministic: fixed dates, Message-IDs, MIME boundaries and UIDs; running twice gives the same bytes.
Standard library + PyYAML + zoneinfo only.
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
from email.utils import formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b269"

CHI = ZoneInfo("America/Chicago")   # Houston, Dallas
PHX = ZoneInfo("America/Phoenix")   # Arizona, no DST
DEN = ZoneInfo("America/Denver")    # Denver, Mountain with DST
UTC = timezone.utc

OWNER = "rafa.quintanilla@example.com"
OWNER_NAME = "Rafael Quintanilla"
OWNER_SIG = ("Rafael Quintanilla\nJourneyman Electrician - TDLR #JE 1184327\n"
             "(713) 555-0148")


# ---------------------------------------------------------------- basics
def t(y, mo, d, hh, mi, tz, weekday=None, ss=0):
    x = datetime(y, mo, d, hh, mi, ss, tzinfo=tz)
    if weekday is not None:
        assert x.strftime("%A") == weekday, (x, weekday)
    return x


def hsh(seed, n=16):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def rfc(x):
    return x.strftime("%a, %d %b %Y %H:%M:%S %z")


def h12(x, compact=False):
    hh = x.hour % 12 or 12
    ap = "AM" if x.hour < 12 else "PM"
    if compact:
        return f"{hh}{'' if x.minute == 0 else ':%02d' % x.minute}{ap.lower()}"
    return f"{hh}:{x.minute:02d} {ap}"


def long_date(x):
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def ics_utc(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_local(x):
    return x.strftime("%Y%m%dT%H%M%S")


def addr(name, email):
    return formataddr((name, email), charset="utf-8")


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return base64.encodebytes(s).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


def to_html(text, font="Arial,Helvetica,sans-serif"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n' + "\n".join(out) +
            "\n</div></body></html>\n")


# ---------------------------------------------------------------- MIME
def part(ctype, body, cte="7bit", extra=()):
    if cte == "base64":
        enc = b64(body)
    elif cte == "quoted-printable":
        enc = qp(body)
    else:
        enc = body if body.endswith("\n") else body + "\n"
    hdr = f"Content-Type: {ctype}\n"
    for k, v in extra:
        hdr += f"{k}: {v}\n"
    hdr += f"Content-Transfer-Encoding: {cte}\n"
    return hdr + "\n" + enc


def multipart(subtype, boundary, parts):
    s = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    for p in parts:
        s += f"--{boundary}\n" + p + ("" if p.endswith("\n") else "\n") + "\n"
    s += f"--{boundary}--\n"
    return s


def received(host, ip, when, seed):
    return ("Received", f"from {host} ({host} [{ip}])\n        by mx1.example.com (Postfix) with ESMTPS id "
                        f"{hsh(seed, 11).upper()}\n        for <{OWNER}>; {rfc(when.astimezone(CHI))}")


def eml(*, frm, to, subject, date, msgid, body, cc=None, reply_to=None, in_reply_to=None, references=None,
        sender=None, return_path, host, ip, extra=()):
    hdrs = [("Delivered-To", OWNER), received(host, ip, date + timedelta(seconds=3), msgid),
            ("Return-Path", f"<{return_path}>")]
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    if sender:
        hdrs.append(("Sender", sender))
    hdrs += [("From", frm), ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs += [("Subject", enc_subject(subject)), ("Date", rfc(date)), ("Message-ID", msgid)]
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", references))
    hdrs += list(extra)
    hdrs.append(("MIME-Version", "1.0"))
    return "\n".join(f"{k}: {v}" for k, v in hdrs) + "\n" + body


def gmail_id(seed):
    return f"<CA+{base64.b32encode(hashlib.sha1(seed.encode()).digest()).decode()[:28]}@mail.gmail.com>"


def outlook_id(seed):
    x = hsh(seed, 32).upper()
    return f"<SA1PR19MB{x[:4]}{x[4:28]}@SA1PR19MB{x[28:32]}.namprd19.prod.outlook.com>"


def gen_id(seed, domain):
    return f"<{hsh(seed, 20)}.{hsh(seed + 'x', 8)}@{domain}>"


def gmail_alt(seed, plain, html_text=None, cte="quoted-printable"):
    b = "000000000000" + hsh(seed + "alt", 12)
    return multipart("alternative", b, [
        part('text/plain; charset="UTF-8"', plain, cte),
        part('text/html; charset="UTF-8"', html_text or to_html(plain), "quoted-printable")])


def outlook_alt(seed, plain, html_text=None):
    b = "_000_" + hsh(seed + "ol", 30).upper() + "prodoutlookcom_"
    return multipart("alternative", b, [
        part('text/plain; charset="us-ascii"' if plain.isascii() else 'text/plain; charset="utf-8"', plain,
             "quoted-printable"),
        part('text/html; charset="us-ascii"' if plain.isascii() else 'text/html; charset="utf-8"',
             html_text or to_html(plain, "Aptos,Calibri,sans-serif"), "quoted-printable")])


def outlook_headers(seed, topic):
    ti = base64.b64encode(hashlib.sha1(seed.encode()).digest() + b"\x00\x01").decode()
    return [("Thread-Topic", topic), ("Thread-Index", ti), ("Accept-Language", "en-US"),
            ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]


# ---------------------------------------------------------------- iCalendar
def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        ln = len(ch.encode("utf-8"))
        if n + ln > 75:
            out.append(cur)
            cur, n = " " + ch, 1 + ln
        else:
            cur += ch
            n += ln
    out.append(cur)
    return "\r\n".join(out)


def ics_join(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


WIN_TZ = {"Central Standard Time": ("-0600", "-0500", CHI),
          "Mountain Standard Time": ("-0700", "-0600", DEN),
          "US Mountain Standard Time": ("-0700", None, PHX)}


def vtz_windows(tzid):
    std, dst, _ = WIN_TZ[tzid]
    if dst is None:
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T000000",
                f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}", "END:STANDARD", "END:VTIMEZONE"]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


VTZ_CHICAGO = ["BEGIN:VTIMEZONE", "TZID:America/Chicago", "X-LIC-LOCATION:America/Chicago",
               "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "TZNAME:CDT",
               "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
               "BEGIN:STANDARD", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "TZNAME:CST",
               "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
               "END:VTIMEZONE"]


def exchange_ics(*, uid, stamp, organizer, attendees, summary, description, location, start, end, tzid,
                 seq=0, method="REQUEST", status="CONFIRMED", online=None, prodid="Microsoft Exchange Server 2010"):
    tz = WIN_TZ[tzid][2]
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"] + vtz_windows(tzid)
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, email, role, ps in attendees:
        L.append(f"ATTENDEE;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={name}:mailto:{email}")
    L += [f"DESCRIPTION;LANGUAGE=en-US:{esc(description)}", f"UID:{uid}",
          f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
          f"DTSTART;TZID={tzid}:{ics_local(start.astimezone(tz))}",
          f"DTEND;TZID={tzid}:{ics_local(end.astimezone(tz))}",
          "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ics_utc(stamp)}", "TRANSP:OPAQUE", f"STATUS:{status}",
          f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-US:{esc(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hsh(uid, 8), 16) % 2000000000}",
          "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if online:
        L.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{online}")
        L.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}",
          "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
          "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics_join(L)


def exchange_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + hsh(seed, 16).upper() + "0000000000000000100000" + \
        hsh(seed + "u", 32).upper()


def google_ics(*, uid, stamp, created, modified, organizer, attendees, summary, description, location, start,
               end, seq=0, method="REQUEST", status="CONFIRMED"):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT", f"DTSTART:{ics_utc(start)}",
         f"DTEND:{ics_utc(end)}", f"DTSTAMP:{ics_utc(stamp)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
         f"UID:{uid}"]
    for name, email, ps in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={name};"
                 f"X-NUM-GUESTS=0:mailto:{email}")
    L += [f"CREATED:{ics_utc(created)}", f"DESCRIPTION:{esc(description)}", f"LAST-MODIFIED:{ics_utc(modified)}",
          f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}",
          "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics_join(L)


def google_invite(*, seed, organizer, date, subject, plain, ics, host_ip="209.85.220.73"):
    mixed = "0000000000" + hsh(seed + "mx", 14)
    alt = "0000000000" + hsh(seed + "al", 14)
    body = multipart("mixed", mixed, [
        multipart("alternative", alt, [
            part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
            part('text/html; charset="UTF-8"', to_html(plain, "Roboto,Arial,sans-serif"), "quoted-printable"),
            part('text/calendar; charset="UTF-8"; method=REQUEST', ics, "base64")]),
        part('application/ics; name="invite.ics"', ics, "base64",
             [("Content-Disposition", 'attachment; filename="invite.ics"')])])
    return eml(frm=addr(*organizer), to=OWNER, subject=subject, date=date,
               msgid=f"<calendar-{hsh(seed, 8)}-{hsh(seed, 12)[8:12]}-{hsh(seed + 'g', 4)}-"
                     f"{hsh(seed + 'h', 4)}-{hsh(seed + 'i', 12)}@google.com>",
               body=body, reply_to=addr(*organizer), sender="Google Calendar <calendar-notification@google.com>",
               return_path=f"3{hsh(seed, 18)}@calendar-server.bounces.google.com",
               host="mail-sor-f73.google.com", ip=host_ip)


def outlook_invite(*, seed, organizer, to, date, subject, plain, ics, cc=None, method="REQUEST",
                   host="NAM04-SN1-obe.outbound.protection.outlook.com", ip="40.107.93.118"):
    b = "_000_" + hsh(seed + "inv", 30).upper() + "prodoutlookcom_"
    body = multipart("alternative", b, [
        part('text/plain; charset="us-ascii"', plain, "quoted-printable"),
        part('text/html; charset="us-ascii"', to_html(plain, "Aptos,Calibri,sans-serif"), "quoted-printable"),
        part(f'text/calendar; charset="utf-8"; method={method}', ics, "base64")])
    extra = outlook_headers(seed, subject) + [("Content-class", "urn:content-classes:calendarmessage"),
                                              ("x-ms-exchange-calendar-series-instance-id",
                                               "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + hsh(seed, 24))]
    return eml(frm=addr(*organizer), to=to, cc=cc, subject=subject, date=date, msgid=outlook_id(seed), body=body,
               return_path=organizer[1], host=host, ip=ip, extra=extra)


def outlook_when(start, end, label):
    return f"When: {long_date(start)} {h12(start)}-{h12(end)} {label}."


TEAMS_BLOCK = ("________________________________________________________________________________\n"
               "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
               "Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {pw}\n"
               "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
               "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
               "Learn More<https://aka.ms/JoinTeamsMeeting>\n"
               "________________________________________________________________________________")


def teams(seed):
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hsh(seed, 32)}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{hsh(seed + 't', 8)}-{hsh(seed + 't', 12)[8:12]}-4{hsh(seed + 'q', 3)}-"
           f"a{hsh(seed + 'r', 3)}-{hsh(seed + 's', 12)}%22%7d")
    mid = f"{int(hsh(seed, 6), 16) % 900 + 100} {int(hsh(seed + 'a', 6), 16) % 900 + 100} " \
          f"{int(hsh(seed + 'b', 6), 16) % 900 + 100} {int(hsh(seed + 'c', 6), 16) % 900 + 100}"
    return url, TEAMS_BLOCK.format(url=url, mid=mid, pw=hsh(seed + "pw", 6))


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


CASES = []


def case(slug, items, interviews, difficulty, category, notes):
    CASES.append({"id": f"{PREFIX}-{len(CASES) + 1:02d}-{slug}", "items": items, "label": {
        "user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
        "category": category, "notes": notes, "source": "synthetic"}})


# ================================================================ POSITIVES
def c01():
    co, role = "Harrow & Vance Electric", "Commercial Electrical Foreman"
    wade = ("Wade Harrow", "wade@harrowvance-electric.example")
    start = t(2026, 9, 17, 10, 0, CHI, "Thursday")
    end = start + timedelta(minutes=30)
    sent = t(2026, 9, 14, 9, 12, CHI, "Monday")
    link = "https://www.indeed.com/interview/join/" + hsh("c01link", 24)
    plain = (f"Interview scheduled\n\nHi Rafael,\n\nYour interview with {co} is confirmed.\n\n"
             f"Job: {role}\nLocation: Houston, TX 77087\n\n"
             f"{long_date(start)}\n{h12(start)} - {h12(end)} CDT (30 min)\n\n"
             "Video interview on Indeed\nJoin from your phone or computer a few minutes early. No download needed.\n\n"
             f"Join interview: {link}\n\n"
             "Need to reschedule? Go to My Jobs > Interviews on Indeed, or message the employer.\n\n"
             "Tips for your video interview\n- Find a quiet spot with good light\n- Check your camera and microphone\n"
             "- Keep your resume handy\n\n"
             "(c) 2026 Indeed - 6433 Champion Grandview Way Building 1, Austin, TX 78750\n"
             "Don't want these emails? Unsubscribe: https://www.indeed.com/account/unsubscribe\n")
    ics = google_ics(uid=f"indeed-interview-{hsh('c01', 20)}@indeed.com", stamp=sent, created=sent, modified=sent,
                     organizer=("Indeed", "no-reply@indeed.com"),
                     attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                     summary=f"Interview: {role} - {co}",
                     description=f"Video interview on Indeed. Join: {link}", location=link,
                     start=start, end=end)
    m1 = eml(frm=addr("Indeed", "no-reply@indeed.com"), to=addr(OWNER_NAME, OWNER),
             subject=f"Interview scheduled with {co}", date=sent.astimezone(UTC),
             msgid=gen_id("c01a", "indeed.com"),
             body=multipart("mixed", "----=_Part_" + hsh("c01m", 16), [
                 gmail_alt("c01a", plain),
                 part('text/calendar; charset=UTF-8; method=REQUEST; name="interview.ics"', ics, "base64",
                      [("Content-Disposition", 'attachment; filename="interview.ics"')])]),
             return_path="bounce-" + hsh("c01rp", 12) + "@indeed.com", host="mail-a.indeed.com",
             ip="169.45.12.101")
    sent2 = t(2026, 9, 15, 16, 40, CHI, "Tuesday")
    p2 = ("Rafael,\n\nSaw on Indeed that you confirmed for Thursday morning. I'll be the one on the video with you. "
          "Our general foreman Terrence might hop on for a few minutes if he isn't stuck on the deck pour at the "
          "Medical Center job.\n\nHave your TDLR number handy and be ready to walk me through the biggest job you "
          "ran a crew on - manpower, how you tracked material, what went sideways.\n\nTalk Thursday.\n\n"
          "Wade Harrow\nOwner / Master Electrician\nHarrow & Vance Electric | TECL 31877\n(713) 555-0192\n")
    m2 = eml(frm=addr(*wade), to=OWNER, subject=f"Thursday - {role}", date=sent2, msgid=gmail_id("c01b"),
             body=gmail_alt("c01b", p2), return_path=wade[1], host="mail-yw1-f171.google.com", ip="209.85.128.171")
    case("indeed-video-interview-foreman",
         [("01-indeed-interview-scheduled.eml", m1), ("02-wade-harrow-thursday.eml", m2)],
         [iv(co, role, start, end, "scheduled", [wade[1]], [wade[1]], "hiring_manager")],
         "medium", "positive/indeed-interview-video",
         "Indeed 'interview scheduled' mail (no-reply, Indeed Interview video link, .ics) plus a direct mail from the "
         "owner who says he conducts it: one interview. Terrence has no address in the case.")


def c02():
    co, role = "Calloway Electrical Contractors", "Foreman - Tenant Finish-Out"
    dana = ("Dana Whitfield", "dwhitfield@calloway-elec.example")
    oscar = ("Oscar Villarreal", "oscar.villarreal@calloway-elec.example")
    d1 = t(2026, 9, 21, 10, 5, CHI, "Monday")
    p1 = ("Hi Rafael,\n\nThanks for applying for our Foreman - Tenant Finish-Out opening. Our superintendent, "
          "Oscar Villarreal (copied), would like to meet you in person this week. He is in the field all day, so "
          "don't be surprised if he texts you directly to set it up.\n\n"
          "Dana Whitfield\nOffice Manager / HR\nCalloway Electrical Contractors\n4410 Almeda Genoa Rd, Houston TX 77048\n"
          "(713) 555-0130\n")
    id1 = outlook_id("c02a")
    m1 = eml(frm=addr(*dana), to=addr(OWNER_NAME, OWNER), cc=addr(*oscar), subject=f"{role} / next steps",
             date=d1, msgid=id1, body=outlook_alt("c02a", p1), return_path=dana[1],
             host="NAM10-BN7-obe.outbound.protection.outlook.com", ip="40.107.92.44",
             extra=outlook_headers("c02a", f"{role} / next steps"))
    d_r = t(2026, 9, 22, 19, 48, CHI, "Tuesday")
    id_r = gmail_id("c02r")
    rafa = ("Hi Dana,\n\nOscar texted me this afternoon, pasting it here so we're all on the same page:\n\n"
            "Oscar V (Calloway): hey rafael this is oscar w calloway. can u swing by the yard tmrw 630a b4 the "
            "crews roll out. 30 min max. gate code 2277\n"
            "Me: Yes sir I'll be there\n"
            "Oscar V (Calloway): ask for me at the trailer\n\n"
            "Is that the interview you mentioned, or should I expect something else too?\n\nThanks,\n" + OWNER_SIG)
    d2 = t(2026, 9, 22, 20, 3, CHI, "Tuesday")
    id2 = outlook_id("c02b")
    p2 = ("Yes, that's the one! Oscar does all of his foreman interviews at the yard before the trucks leave. "
          "Tomorrow (Wednesday) at 6:30 AM, 4410 Almeda Genoa.\n\nDana\n\n"
          "________________________________\n"
          f"From: {OWNER_NAME} <{OWNER}>\nSent: Tuesday, September 22, 2026 7:48 PM\n"
          f"To: {dana[0]} <{dana[1]}>\nCc: {oscar[0]} <{oscar[1]}>\nSubject: Re: {role} / next steps\n\n" + rafa)
    m2 = eml(frm=addr(*dana), to=addr(OWNER_NAME, OWNER), cc=addr(*oscar), subject=f"RE: {role} / next steps",
             date=d2, msgid=id2, in_reply_to=id_r, references=f"{id1} {id_r}", body=outlook_alt("c02b", p2),
             return_path=dana[1], host="NAM10-BN7-obe.outbound.protection.outlook.com", ip="40.107.92.44",
             extra=outlook_headers("c02b", f"{role} / next steps"))
    d3 = t(2026, 9, 22, 20, 26, CHI, "Tuesday")
    wed = t(2026, 9, 23, 6, 30, CHI, "Wednesday")
    p3 = ("Rafael, sí, esa es la entrevista. Mañana miércoles a las 6:30 en la yarda, nomás pregunta por mí en el "
          "tráiler. No traigas herramienta, solo tu licencia y tu tarjeta de OSHA 30 si la tienes. Es rápido, "
          "media hora.\n\nNos vemos.\n\nOscar Villarreal\nSuperintendente / Superintendent\n"
          "Calloway Electrical Contractors\n\nSent from my iPhone\n\n"
          f"On Sep 22, 2026, at 8:03 PM, {dana[0]} <{dana[1]}> wrote:\n\n" + quote(p2))
    m3 = eml(frm=addr(*oscar), to=addr(OWNER_NAME, OWNER), cc=addr(*dana), subject=f"Re: {role} / next steps",
             date=d3, msgid=f"<{hsh('c02c', 8).upper()}-{hsh('c02c', 12)[8:12].upper()}-4A1B-9C2D-"
                            f"{hsh('c02cx', 12).upper()}@calloway-elec.example>",
             in_reply_to=id2, references=f"{id1} {id_r} {id2}",
             body=part('text/plain; charset=utf-8', p3, "quoted-printable"), return_path=oscar[1],
             host="NAM10-BN7-obe.outbound.protection.outlook.com", ip="40.107.92.51",
             extra=[("X-Mailer", "iPhone Mail (22A3370)")])
    case("super-text-yard-tmrw-630a",
         [("01-dana-next-steps.eml", m1), ("02-dana-re-yes-thats-the-one.eml", m2),
          ("03-oscar-re-manana-630.eml", m3)],
         [iv(co, role, wed, wed + timedelta(minutes=30), "scheduled", [oscar[1]], [oscar[1]], "hiring_manager")],
         "hard", "positive/thread-pasted-text-spanish",
         "Superintendent's SMS pasted into mail ('tmrw 630a', sent Tue 22 Sep) -> Wed 23 Sep 06:30 CDT; '30 min max' "
         "and 'media hora' give the end. Oscar conducts (Spanish reply); Dana only coordinates.")


def c03():
    co, role = "Ironbark Critical Facilities", "Electrical Foreman - Data Center"
    kendra = ("Kendra Olsen", "kendra.olsen@ironbark-cf.example")
    brent = ("Brent Fowler", "brent.fowler@ironbark-cf.example")
    alicia = ("Alicia Moreno", "alicia.moreno@ironbark-cf.example")
    trey = ("Trey Hutchins", "trey.hutchins@ironbark-cf.example")
    s1 = t(2026, 10, 13, 8, 30, CHI, "Tuesday")
    e1 = t(2026, 10, 13, 10, 0, CHI)
    s2 = t(2026, 10, 13, 10, 15, CHI)
    e2 = t(2026, 10, 13, 11, 15, CHI)
    d1 = t(2026, 10, 5, 14, 22, CHI, "Monday")
    site = "Project LNC-2, Gate 3 badging trailer, 2100 Pleasant Run Rd, Lancaster, TX 75146"
    p1 = (f"Dear Rafael,\n\nThank you for your interest in the {role} (Req #4471) position with Ironbark Critical "
          "Facilities. We would like to invite you to an on-site interview at our hyperscale data center project "
          "south of Dallas.\n\n"
          f"Date: {long_date(s1)} (all times Central)\nLocation: {site}\n\n"
          f"{h12(s1)} - {h12(e1)}   Site walk and safety orientation - {brent[0]}, Electrical Superintendent\n"
          f"{h12(s2)} - {h12(e2)}  Panel interview - {alicia[0]}, Senior Project Manager, and "
          f"{trey[0]}, General Foreman\n\n"
          "PPE required for the site walk: hard hat, safety glasses, Class 2 vest, gloves and EH-rated boots. "
          "Long pants and sleeved shirt. Bring a government-issued photo ID for the badging trailer.\n\n"
          f"Calendar invitations for both sessions will follow from {kendra[0]}. If you need to make a change, "
          f"please reply to this e-mail or contact {kendra[0]} at {kendra[1]}.\n\n"
          "Sincerely,\nIronbark Critical Facilities Talent Acquisition\n\n"
          "This message was sent via iCIMS on behalf of Ironbark Critical Facilities.\n")
    m1 = eml(frm=addr("Ironbark Critical Facilities Careers", "ironbarkcf-notifications@icims.com"),
             to=addr(OWNER_NAME, OWNER), reply_to=addr(*kendra),
             subject=f"Interview Invitation: {role} (Req #4471)", date=d1.astimezone(UTC),
             msgid=gen_id("c03a", "icims.com"), body=gmail_alt("c03a", p1),
             return_path="bounces+" + hsh("c03rp", 10) + "@icims.com", host="o1.email.icims.com", ip="167.89.36.12")
    items = [("01-icims-interview-invitation.eml", m1)]
    for n, (seed, subj, s, e, who, desc) in enumerate([
        ("c03b", "Site walk - Rafael Quintanilla - Electrical Foreman (LNC-2)", s1, e1, [brent],
         f"Site walk and safety orientation with {brent[0]}. Meet at the Gate 3 badging trailer. Full PPE."),
        ("c03c", "Panel interview - Rafael Quintanilla - Electrical Foreman (LNC-2)", s2, e2, [alicia, trey],
         f"Panel interview with {alicia[0]} (Sr. PM) and {trey[0]} (GF) in the project office trailer, "
         "right after the site walk.")], start=2):
        stamp = t(2026, 10, 5, 15, 10 + n, CHI)
        ics = exchange_ics(uid=exchange_uid(seed), stamp=stamp, organizer=kendra,
                           attendees=[(w[0], w[1], "REQ-PARTICIPANT", "ACCEPTED") for w in who] +
                                     [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                           summary=subj, description=desc, location="Project LNC-2 - Lancaster, TX",
                           start=s, end=e, tzid="Central Standard Time")
        plain = (outlook_when(s, e, "(UTC-06:00) Central Time (US & Canada)") +
                 "\nWhere: Project LNC-2 - Lancaster, TX\n\n*~*~*~*~*~*~*~*~*~*\n\n" + desc +
                 f"\n\n{kendra[0]}\nTalent Acquisition Partner | Ironbark Critical Facilities\n")
        items.append((f"0{n}-invite-{'site-walk' if n == 2 else 'panel'}.eml",
                      outlook_invite(seed=seed, organizer=kendra, to=addr(OWNER_NAME, OWNER) + ", " +
                                     ", ".join(addr(*w) for w in who), date=stamp, subject=subj, plain=plain,
                                     ics=ics)))
    case("icims-dallas-datacenter-site-loop", items,
         [iv(co, role, s1, e2, "scheduled", [brent[1], alicia[1], trey[1]], [brent[1], alicia[1], trey[1]],
             "onsite")],
         "hard", "positive/onsite-loop-ats",
         "iCIMS itinerary + two Exchange invites (TZID 'Central Standard Time', label UTC-06:00 but date is in CDT) "
         "for one morning at the Lancaster TX site: one onsite 08:30-11:15 -05:00. Kendra only coordinates.")


def c04():
    co, role = "Mesquite Sol Energy", "Commercial Solar Electrical Foreman"
    gabi = ("Gabriela Serrano", "gserrano@mesquitesol.example")
    dale = ("Dale Kimura", "dale.kimura@mesquitesol.example")
    start = t(2026, 11, 3, 9, 0, PHX, "Tuesday")
    end = start + timedelta(minutes=45)
    assert start.astimezone(CHI).hour == 10
    d1 = t(2026, 10, 27, 11, 5, PHX, "Tuesday")
    zid = "834 1209 7756"
    zurl = f"https://us06web.zoom.us/j/83412097756?pwd={hsh('c04z', 32)}.1"
    zoom = (f"Rafael Quintanilla - Foreman interview\n\nJoin Zoom Meeting\n{zurl}\n\nMeeting ID: {zid}\n"
            "Passcode: 552091\n\n---\n\nOne tap mobile\n+16694449171,,83412097756#,,,,*552091# US\n"
            "+12532050468,,83412097756#,,,,*552091# US\n\n---\n\nDial by your location\n"
            "* +1 669 444 9171 US\n* +1 346 248 7799 US (Houston)\n\nMeeting ID: 834 1209 7756\nPasscode: 552091\n")
    desc = (f"Hi Rafael,\n\nHere is the Zoom link for your interview with {dale[0]}, our Director of Field "
            "Operations, for the Commercial Solar Electrical Foreman position (carport and rooftop C&I crews in "
            "the East Valley).\n\nHeads up: we are on Arizona time and we do not change our clocks. Texas falls "
            "back on Sunday Nov 1, so 9:00 AM here will be 10:00 AM for you in Houston.\n\n"
            f"Thanks,\n{gabi[0]}\nRecruiting Coordinator | Mesquite Sol Energy | Tempe, AZ\n\n" + zoom)
    subj = "Mesquite Sol - Foreman Interview (Zoom) - Rafael Quintanilla"
    ics = exchange_ics(uid=exchange_uid("c04"), stamp=d1, organizer=gabi,
                       attendees=[(dale[0], dale[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                  (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                       summary=subj, description=desc, location=zurl, start=start, end=end,
                       tzid="US Mountain Standard Time")
    plain = (outlook_when(start, end, "(UTC-07:00) Arizona") + f"\nWhere: {zurl}\n\n*~*~*~*~*~*~*~*~*~*\n\n" + desc)
    m1 = outlook_invite(seed="c04", organizer=gabi, to=f"{addr(OWNER_NAME, OWNER)}, {addr(*dale)}", date=d1,
                        subject=subj, plain=plain, ics=ics)
    d2 = t(2026, 11, 2, 15, 30, PHX, "Monday")
    p2 = ("Hi Rafael,\n\nQuick reminder about tomorrow: Zoom with Dale at 9:00 AM Arizona time, which is 10:00 AM "
          "Central now that you've fallen back. Same link as the invite. Dale will want to hear about your "
          "inverter and combiner box experience and how you've handled crews on rooftop work in the heat.\n\n"
          f"Thanks!\n{gabi[0]}\nRecruiting Coordinator | Mesquite Sol Energy\n")
    m2 = eml(frm=addr(*gabi), to=addr(OWNER_NAME, OWNER), subject="Reminder: Zoom interview tomorrow",
             date=d2, msgid=outlook_id("c04b"), body=outlook_alt("c04b", p2), return_path=gabi[1],
             host="NAM04-SN1-obe.outbound.protection.outlook.com", ip="40.107.93.120",
             extra=outlook_headers("c04b", "Reminder: Zoom interview tomorrow"))
    case("phoenix-solar-zoom-us-mountain",
         [("01-outlook-zoom-invite.eml", m1), ("02-reminder-tomorrow.eml", m2)],
         [iv(co, role, start, end, "scheduled", [dale[1]], [dale[1]], "hiring_manager")],
         "hard", "positive/outlook-zoom-arizona-time",
         "Outlook/Zoom invite with TZID 'US Mountain Standard Time' (Arizona, -07:00 all year). Interview Tue 3 Nov, "
         "after US DST end, so it is 10:00 Central; a Denver-style -06:00 would be wrong. Reminder mail is the same "
         "interview.")


def c05():
    co, role = "Goose Creek Industrial Maintenance", "I&E Foreman - Turnaround"
    renee = ("Renee Thibodeaux", "rthibodeaux@goosecreek-im.example")
    dwayne = ("Dwayne Broussard", "dwayne.broussard@goosecreek-im.example")
    first = t(2026, 10, 1, 9, 0, CHI, "Thursday")
    final = t(2026, 10, 6, 13, 0, CHI, "Tuesday")
    uid = f"ADPRM-{hsh('c05uid', 12).upper()}@adp.com"
    loc = "Goose Creek Industrial Maintenance, 1800 Independence Pkwy S, La Porte, TX 77571"

    def adp_mail(seed, when, subj, heading, s, seq, intro):
        plain = (f"{heading}\n\nDear Rafael,\n\n{intro}\n\n"
                 f"Position: {role}\nDate: {long_date(s)}\nTime: {h12(s)} Central Time\nDuration: 60 minutes\n"
                 f"Location: {loc}\nInterviewer(s): {dwayne[0]}, Electrical & Instrumentation Superintendent\n\n"
                 "Please check in at the front desk 10 minutes early with a photo ID. Steel-toe boots are required "
                 "if you will be touring the shop.\n\n"
                 f"If you have questions, contact {renee[0]}, HR Generalist, at {renee[1]} or (281) 555-0167.\n\n"
                 "This is an automated message from ADP Workforce Now. Please do not reply to this e-mail.\n")
        ics = ics_join(["BEGIN:VCALENDAR", "PRODID:-//ADP//Workforce Now Recruitment//EN", "VERSION:2.0",
                        "METHOD:REQUEST"] + VTZ_CHICAGO +
                       ["BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{ics_utc(when)}",
                        f"DTSTART;TZID=America/Chicago:{ics_local(s)}",
                        f"DTEND;TZID=America/Chicago:{ics_local(s + timedelta(hours=1))}",
                        f"SUMMARY:{esc('Interview - ' + role + ' - ' + co)}",
                        f"LOCATION:{esc(loc)}",
                        f"DESCRIPTION:{esc('Interview with ' + dwayne[0] + '. Questions: ' + renee[1])}",
                        f"ORGANIZER;CN={renee[0]}:mailto:{renee[1]}",
                        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
                        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={dwayne[0]}:mailto:{dwayne[1]}",
                        "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
        body = multipart("mixed", "----=_Part_" + hsh(seed, 20), [
            gmail_alt(seed, plain),
            part('text/calendar; charset=UTF-8; method=REQUEST; name="Interview.ics"', ics, "base64",
                 [("Content-Disposition", 'attachment; filename="Interview.ics"')])])
        return eml(frm=addr(f"{co} via ADP", "recruitment_noreply@adp.com"), to=OWNER, subject=subj,
                   date=when.astimezone(UTC), msgid=gen_id(seed, "adp.com"), body=body,
                   return_path="recruitment_noreply@adp.com", host="mail2.adp.com", ip="170.146.220.14")

    d1 = t(2026, 9, 28, 13, 30, CHI, "Monday")
    m1 = adp_mail("c05a", d1, f"Interview Scheduled - {role}", "Interview Scheduled", first, 0,
                  f"Thank you for applying with {co}. You have been scheduled for an interview.")
    d2 = t(2026, 9, 30, 10, 14, CHI, "Wednesday")
    id2 = gmail_id("c05b")
    p2 = ("Rafael,\n\nWith the tropical storm expected to come ashore between Matagorda Bay and Galveston tonight, "
          "our La Porte office will be closed tomorrow and most of our supervisors are riding it out at the plant "
          "sites. Dwayne and I would like to move your interview to next Tuesday, October 6 at 1:00 PM - same place, "
          "same length. ADP will send you an updated invite.\n\nStay safe and stay off the roads tomorrow.\n\n"
          f"{renee[0]}\nHR Generalist | {co}\n(281) 555-0167\n")
    m2 = eml(frm=addr(*renee), to=OWNER, cc=addr(*dwayne), subject="Thursday interview - moving due to the storm",
             date=d2, msgid=id2, body=gmail_alt("c05b", p2), return_path=renee[1],
             host="mail-pj1-f54.google.com", ip="209.85.216.54")
    d3 = t(2026, 9, 30, 11, 9, CHI, "Wednesday")
    p3 = ("Perfect, thanks Rafael. See you Tuesday.\n\nRenee\n\n"
          f"On Wed, Sep 30, 2026 at 10:58 AM {OWNER_NAME} <{OWNER}> wrote:\n"
          + quote("Tuesday the 6th at 1 works for me. Y'all stay safe too.\n\nRafael\n\n"
                  f"On Wed, Sep 30, 2026 at 10:14 AM {renee[0]} <{renee[1]}> wrote:\n" + quote(p2)))
    m3 = eml(frm=addr(*renee), to=OWNER, cc=addr(*dwayne), subject="Re: Thursday interview - moving due to the storm",
             date=d3, msgid=gmail_id("c05c"), in_reply_to=gmail_id("c05r"), references=f"{id2} {gmail_id('c05r')}",
             body=gmail_alt("c05c", p3), return_path=renee[1], host="mail-pj1-f54.google.com", ip="209.85.216.54")
    d4 = t(2026, 9, 30, 11, 40, CHI, "Wednesday")
    m4 = adp_mail("c05d", d4, f"Interview Rescheduled - {role}", "Interview Rescheduled", final, 1,
                  f"Your interview with {co} has been rescheduled. Please see the updated details below.")
    case("refinery-tropical-storm-reschedule",
         [("01-adp-interview-scheduled.eml", m1), ("02-renee-moving-due-to-storm.eml", m2),
          ("03-renee-re-see-you-tuesday.eml", m3), ("04-adp-interview-rescheduled.eml", m4)],
         [iv(co, role, final, final + timedelta(hours=1), "scheduled", [dwayne[1]], [dwayne[1]], "hiring_manager")],
         "medium", "positive/reschedule",
         "ADP Workforce Now invite (Thu 1 Oct 09:00) moved by the HR generalist because of a tropical storm to Tue 6 "
         "Oct 13:00 CDT; ADP resends with SEQUENCE:1 and same UID. One interview at the final time; Dwayne is the "
         "listed interviewer.")


def c06():
    co, role = "Longs Peak Power Systems", "Electrical Estimator"
    megan = ("Megan Stroud", "mstroud@longspeak-power.example")
    glen = ("Glen Ostrander", "glen.ostrander@longspeak-power.example")
    hollis = ("Hollis Reed", "hreed@longspeak-power.example")
    screen = t(2026, 10, 22, 14, 0, DEN, "Thursday")
    assert screen.astimezone(CHI).hour == 15 and screen.utcoffset() == timedelta(hours=-6)
    panel = t(2026, 11, 2, 10, 0, DEN, "Monday")
    assert panel.astimezone(CHI).hour == 11 and panel.utcoffset() == timedelta(hours=-7)
    host, ip = "NAM11-CO1-obe.outbound.protection.outlook.com", "40.107.220.61"
    d1 = t(2026, 10, 19, 15, 10, DEN, "Monday")
    id1 = outlook_id("c06a")
    p1 = ("Hi Rafael,\n\nThanks for applying to the Electrical Estimator opening with Longs Peak Power Systems. "
          "Your field background (foreman on tilt-wall and tenant finish-out, plus the takeoff work you mentioned) "
          "is exactly what our estimating group has been asking for.\n\n"
          "Could we do a 30-minute phone call this Thursday (10/22) at 2:00 PM Mountain / 3:00 PM Central? "
          "I'd call you at the number on your resume.\n\n"
          f"Best,\n{megan[0]}\nTalent Acquisition | Longs Peak Power Systems | Denver, CO\n(303) 555-0119\n")
    m1 = eml(frm=addr(*megan), to=addr(OWNER_NAME, OWNER), subject=f"{role} - quick call this week?", date=d1,
             msgid=id1, body=outlook_alt("c06a", p1), return_path=megan[1], host=host, ip=ip,
             extra=outlook_headers("c06a", f"{role} - quick call this week?"))
    d2 = t(2026, 10, 19, 16, 22, DEN, "Monday")
    id_r = gmail_id("c06r")
    p2 = ("Perfect - you're on my calendar. I'll call you Thursday at 2:00 Mountain (3:00 your time) at "
          "(713) 555-0148.\n\nMegan\n\n________________________________\n"
          f"From: {OWNER_NAME} <{OWNER}>\nSent: Monday, October 19, 2026 5:02 PM\nTo: {megan[0]} <{megan[1]}>\n"
          f"Subject: Re: {role} - quick call this week?\n\n"
          "Hi Megan, Thursday at 3 Central works for me. Talk to you then.\n\n" + OWNER_SIG + "\n")
    m2 = eml(frm=addr(*megan), to=addr(OWNER_NAME, OWNER), subject=f"RE: {role} - quick call this week?", date=d2,
             msgid=outlook_id("c06b"), in_reply_to=id_r, references=f"{id1} {id_r}", body=outlook_alt("c06b", p2),
             return_path=megan[1], host=host, ip=ip, extra=outlook_headers("c06b", f"{role} - quick call this week?"))
    d3 = t(2026, 10, 22, 17, 25, DEN, "Thursday")
    p3 = ("Hi Rafael,\n\nGreat talking with you today! Next step is a Teams interview with Glen Ostrander, our Chief "
          "Estimator, and Hollis Reed, VP of Operations. They'd like Monday, November 2 at 10:00 AM Mountain. "
          "We both fall back on Sunday Nov 1, so it's still 11:00 AM your time. Invite coming from me shortly.\n\n"
          "Glen will probably ask you to talk through how you'd price a 2,000A switchboard change-out, so have a "
          "recent bid or takeoff you can share your screen on.\n\n"
          f"Best,\n{megan[0]}\n")
    m3 = eml(frm=addr(*megan), to=addr(OWNER_NAME, OWNER), subject="Next step - Teams interview with Glen and Hollis",
             date=d3, msgid=outlook_id("c06c"), body=outlook_alt("c06c", p3), return_path=megan[1], host=host, ip=ip,
             extra=outlook_headers("c06c", "Next step - Teams interview with Glen and Hollis"))
    d4 = t(2026, 10, 23, 9, 1, DEN, "Friday")
    url, block = teams("c06d")
    subj = "Longs Peak Power Systems | Estimator Interview | Rafael Quintanilla"
    desc = (f"Interview for the {role} position with {glen[0]} (Chief Estimator) and {hollis[0]} (VP of "
            "Operations). Megan will not be on the call.\n\n" + block)
    end = panel + timedelta(hours=1)
    ics = exchange_ics(uid=exchange_uid("c06d"), stamp=d4, organizer=megan,
                       attendees=[(glen[0], glen[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                  (hollis[0], hollis[1], "REQ-PARTICIPANT", "TENTATIVE"),
                                  (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                       summary=subj, description=desc, location="Microsoft Teams Meeting", start=panel, end=end,
                       tzid="Mountain Standard Time", online=url)
    plain = (outlook_when(panel, end, "(UTC-07:00) Mountain Time (US & Canada)") +
             "\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + desc + "\n")
    m4 = outlook_invite(seed="c06d", organizer=megan,
                        to=f"{addr(OWNER_NAME, OWNER)}, {addr(*glen)}, {addr(*hollis)}", date=d4, subject=subj,
                        plain=plain, ics=ics, host=host, ip=ip)
    case("denver-screen-then-teams-across-dst",
         [("01-megan-quick-call.eml", m1), ("02-megan-re-on-my-calendar.eml", m2),
          ("03-megan-next-step.eml", m3), ("04-teams-invite-estimator-interview.eml", m4)],
         [iv(co, role, screen, screen + timedelta(minutes=30), "scheduled", [megan[1]], [megan[1]], "phone_screen"),
          iv(co, role, panel, end, "scheduled", [glen[1], hollis[1]], [glen[1], hollis[1]], "onsite")],
         "hard", "positive/two-interviews-dst",
         "Two interviews: recruiter phone screen Thu 22 Oct 14:00 MDT (-06:00, recruiter conducts) and a Teams "
         "panel Mon 2 Nov 10:00 MST (-07:00, TZID 'Mountain Standard Time', the day after US DST ends).")


def c07():
    co, role = "Pruett Electric Co.", "Lead Journeyman Electrician"
    shelby = ("Shelby Pruett", "spruett@pruett-electric.example")
    luis = ("Luis Garza", "luis.garza@pruett-electric.example")
    start = t(2026, 10, 10, 7, 0, CHI, "Saturday")
    end = t(2026, 10, 10, 15, 30, CHI)
    d1 = t(2026, 10, 7, 10, 30, CHI, "Wednesday")
    site = "Cinco Ranch Retail Center - Building C, 23500 Cinco Ranch Blvd, Katy, TX 77494"
    p1 = (f"Hi Rafael,\n\nThank you for your interest in the {role} position at {co}. We'd like to invite you to a "
          "paid working interview.\n\n"
          f"Date: {long_date(start)}\nTime: {h12(start)} - {h12(end)}\nJobsite: {site}\n"
          f"Working with: {luis[0]}, Foreman\n\n"
          "You will be paid $34.00/hr for the day as a temporary employee. Please bring a photo ID and your "
          "journeyman license, and complete the temporary new-hire paperwork (W-4 and I-9) at the link below "
          "before Saturday. Luis will evaluate your work and walk the job with you at the end of the day; we "
          "will follow up with a decision the week after.\n\n"
          "Complete paperwork: https://recruiting.paylocity.com/Recruiting/Onboarding/" + hsh("c07p", 16) + "\n\n"
          f"Questions? Contact {shelby[0]} at {shelby[1]} or (281) 555-0124.\n\n"
          f"{co}\n\nThis message was sent from Paylocity on behalf of {co}.\n")
    m1 = eml(frm=addr(co, "noreply@paylocity.com"), to=addr(OWNER_NAME, OWNER), reply_to=addr(*shelby),
             subject=f"{co} - Working Interview Scheduled", date=d1.astimezone(UTC),
             msgid=gen_id("c07a", "paylocity.com"), body=gmail_alt("c07a", p1),
             return_path="bounces@paylocity.com", host="smtp2.paylocity.com", ip="12.154.218.40")
    d2 = t(2026, 10, 8, 18, 44, CHI, "Thursday")
    p2 = ("Rafael, Luis w/ Pruett. Saturday we're pulling feeders for the RTUs on bldg C. Be at the conex by 6:45 "
          "so we can do the JHA and start at 7. Bring your hand tools, harness and PPE, we got the rest. We knock off "
          "at 3:30.\n\nLuis Garza\nForeman - Pruett Electric Co.\n(832) 555-0177\n\nSent from my Galaxy\n")
    m2 = eml(frm=addr(*luis), to=OWNER, cc=addr(*shelby), subject="Saturday - Cinco Ranch bldg C",
             date=d2, msgid=gmail_id("c07b"), body=gmail_alt("c07b", p2, cte="7bit"), return_path=luis[1],
             host="mail-oi1-f169.google.com", ip="209.85.167.169")
    case("paylocity-paid-working-interview",
         [("01-paylocity-working-interview.eml", m1), ("02-luis-saturday-bldg-c.eml", m2)],
         [iv(co, role, start, end, "scheduled", [luis[1]], [luis[1]], "other")],
         "hard", "positive/working-interview",
         "Rule for this set: a paid 'working interview' (trial day on a job site before any offer, evaluated by the "
         "foreman) IS an interview, kind other, from the stated start (07:00, not the 06:45 arrival) to the stated "
         "end 15:30. Luis evaluates; Shelby only coordinates.")


def c08():
    co, role = "Stallworth Service Electric", "Service Foreman"
    nate = ("Nate Stallworth", "nate@stallworth-electric.example")
    marcus = ("Marcus Tate", "marcus.tate@stallworth-electric.example")
    start = t(2026, 10, 16, 7, 0, CHI, "Friday")
    end = t(2026, 10, 16, 12, 0, CHI)
    d1 = t(2026, 10, 14, 16, 20, CHI, "Wednesday")
    summary = "Ride-along w/ Marcus Tate - Service Foreman candidate (Rafael Q.)"
    desc = ("Rafael - meet Marcus at the shop at 7:00. You'll ride along on his service calls until noon (panel "
            "swaps, troubleshooting, maybe a generator transfer switch). Marcus is the one evaluating, so ask him "
            "anything. He'll give me his feedback and I'll call you early next week.\n\n"
            "Shop: 2919 Dixie Farm Rd, Pearland, TX 77581\n\n- Nate")
    ics = google_ics(uid=f"{hsh('c08', 26)}@google.com", stamp=d1, created=d1, modified=d1, organizer=nate,
                     attendees=[(nate[0], nate[1], "ACCEPTED"), (marcus[0], marcus[1], "ACCEPTED"),
                                (OWNER, OWNER, "NEEDS-ACTION")],
                     summary=summary, description=desc, location="2919 Dixie Farm Rd, Pearland, TX 77581",
                     start=start, end=end)
    plain = (f"{summary}\n{start:%A %b} {start.day}, {start.year} ⋅ {h12(start, True)} – {h12(end, True)}\n"
             "Central Time - Chicago\n\nLocation\n2919 Dixie Farm Rd, Pearland, TX 77581\n\n"
             f"Organizer\n{nate[0]}\n{nate[1]}\n\nGuests\n{nate[0]} - organizer\n{nate[1]}\n{marcus[0]}\n{marcus[1]}\n"
             f"{OWNER}\n\n{desc}\n\nInvitation from Google Calendar\n\nYou are receiving this email because you are "
             "an attendee on the event.\n")
    m1 = google_invite(seed="c08", organizer=nate, date=d1.astimezone(UTC),
                       subject=f"Invitation: {summary} @ Fri Oct 16, 2026 7am - 12pm (CDT) ({OWNER})",
                       plain=plain, ics=ics)
    d2 = t(2026, 10, 15, 19, 12, CHI, "Thursday")
    p2 = ("Rafael see you tmrw 7am at the shop. First call is a 400A service upgrade in Friendswood so wear your FR "
          "and boots. I'll have coffee.\n\nMarcus\n\nSent from my iPhone\n")
    m2 = eml(frm=addr(*marcus), to=OWNER, subject="tmrw", date=d2, msgid=gmail_id("c08b"),
             body=part("text/plain; charset=us-ascii", p2, "7bit"), return_path=marcus[1],
             host="mail-qk1-f180.google.com", ip="209.85.222.180", extra=[("X-Mailer", "iPhone Mail (22A3370)")])
    case("google-invite-ride-along-service-foreman",
         [("01-invitation-ride-along.eml", m1), ("02-marcus-tmrw.eml", m2)],
         [iv(co, role, start, end, "scheduled", [marcus[1]], [marcus[1]], "other")],
         "medium", "positive/ride-along",
         "A half-day ride-along with the service foreman is a hiring step where the candidate is evaluated live -> "
         "interview (other). Google invite in UTC; Marcus's 'tmrw 7am' (sent Thu) is the same event. Nate organizes "
         "and says Marcus evaluates.")


def c09():
    co, role = "Magnolia Industrial Electric", "Industrial Electrical Foreman"
    tasha = ("Tasha Greer", "tgreer@magnolia-ie.example")
    earl = ("Earl Voss", "earl.voss@magnolia-ie.example")
    ray = ("Ray Delacroix", "ray.delacroix@magnolia-ie.example")
    s1 = t(2026, 10, 21, 7, 0, CHI, "Wednesday")
    e1 = t(2026, 10, 21, 8, 15, CHI)
    s2 = t(2026, 10, 21, 8, 30, CHI)
    e2 = t(2026, 10, 21, 9, 30, CHI)
    d1 = t(2026, 10, 16, 13, 5, CHI, "Friday")
    id1 = outlook_id("c09a")
    p1 = ("Hi Rafael,\n\nFollowing up on our phone call - here is your schedule for next Wednesday, October 21:\n\n"
          f"{h12(s1)} - {h12(e1)}  Hands-on skills test (conduit bending) in our training shop, proctored by "
          f"{earl[0]}, Training Coordinator ({earl[1]}). 3/4\" and 1\" EMT: 90 with a set stub-up, back-to-back, "
          "3-point saddle, 4-point box offset; then thread and ream a piece of 3/4\" rigid.\n"
          f"{h12(s2)} - {h12(e2)}  Interview with {ray[0]}, Operations Manager ({ray[1]}).\n\n"
          "Address: 3115 Red Bluff Rd, Pasadena, TX 77503 - park in the gravel lot and come to the shop door.\n"
          "We provide hand benders and the pipe. Bring your own tape, torpedo level, marker and PPE.\n\n"
          f"Thanks,\n{tasha[0]}\nRecruiter | {co}\n")
    host, ip = "NAM12-MW2-obe.outbound.protection.outlook.com", "40.107.94.92"
    m1 = eml(frm=addr(*tasha), to=addr(OWNER_NAME, OWNER), cc=f"{addr(*earl)}, {addr(*ray)}",
             subject="Wednesday 10/21 - bend test + interview", date=d1, msgid=id1, body=outlook_alt("c09a", p1),
             return_path=tasha[1], host=host, ip=ip, extra=outlook_headers("c09a", "Wednesday 10/21 - bend test + interview"))
    d2 = t(2026, 10, 19, 6, 41, CHI, "Monday")
    id_r = gmail_id("c09r")
    p2 = ("Rafael - benders are Greenlee and Klein, both 3/4 and 1. You'll have 75 minutes which is plenty. "
          "I grade on accuracy first (within 1/8\") then neatness, not speed. Don't overthink the saddle.\n\n"
          "Earl Voss\nTraining Coordinator, Magnolia Industrial Electric\n\n"
          "-----Original Message-----\n"
          f"From: {OWNER_NAME} <{OWNER}>\nSent: Saturday, October 17, 2026 9:14 AM\n"
          f"To: {tasha[0]} <{tasha[1]}>\nCc: {earl[0]} <{earl[1]}>; {ray[0]} <{ray[1]}>\n"
          "Subject: Re: Wednesday 10/21 - bend test + interview\n\n"
          "Thank you Tasha, Wednesday at 7 works. Mr. Voss, is it a Greenlee or Klein hand bender? I'm used to "
          "the Klein 1\" with the Angle-Find.\n\n" + OWNER_SIG + "\n")
    m2 = eml(frm=addr(*earl), to=addr(OWNER_NAME, OWNER), cc=f"{addr(*tasha)}, {addr(*ray)}",
             subject="RE: Wednesday 10/21 - bend test + interview", date=d2, msgid=outlook_id("c09b"),
             in_reply_to=id_r, references=f"{id1} {id_r}", body=outlook_alt("c09b", p2), return_path=earl[1],
             host=host, ip=ip, extra=outlook_headers("c09b", "Wednesday 10/21 - bend test + interview"))
    case("bend-test-then-ops-manager-interview",
         [("01-tasha-bend-test-and-interview.eml", m1), ("02-earl-re-benders.eml", m2)],
         [iv(co, role, s1, e2, "scheduled", [earl[1], ray[1]], [earl[1], ray[1]], "onsite")],
         "medium", "positive/skills-test-onsite",
         "Proctored in-person bend test followed by an interview the same morning = one onsite 07:00-09:30 CDT. "
         "The proctor (Earl) evaluates live, so he counts as an interviewer with Ray; Tasha only schedules.")


def c10():
    co, role = "Kestner Commercial Electric", "Assistant Estimator"
    lauren = ("Lauren Kestner", "lauren@kestner-electric.example")
    start = t(2026, 10, 23, 11, 0, CHI, "Friday")
    end = start + timedelta(minutes=30)
    d1 = t(2026, 10, 20, 9, 14, CHI, "Tuesday")
    eid = "5k2q" + hsh("c10eid", 22)
    summary = f"Phone screen - {role} (Rafael Quintanilla)"
    desc = (f"Lauren will call you at 713-555-0148. 30 minutes - background, takeoff software (Accubid / "
            "McCormick?), and what you're looking for.")
    ics = google_ics(uid=f"{eid}@google.com", stamp=d1, created=d1, modified=d1, organizer=lauren,
                     attendees=[(lauren[0], lauren[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                     summary=summary, description=desc, location="Phone", start=start, end=end)
    plain = (f"{summary}\nFriday Oct 23, 2026 ⋅ 11am – 11:30am\nCentral Time - Chicago\n\nLocation\nPhone\n\n"
             f"Organizer\n{lauren[0]}\n{lauren[1]}\n\nGuests\n{lauren[0]} - organizer\n{lauren[1]}\n{OWNER}\n\n"
             f"{desc}\n\nInvitation from Google Calendar\n")
    m1 = google_invite(seed="c10", organizer=lauren, date=d1.astimezone(UTC),
                       subject=f"Invitation: {summary} @ Fri Oct 23, 2026 11am - 11:30am (CDT) ({OWNER})",
                       plain=plain, ics=ics)
    ev = {"kind": "calendar#event", "etag": '"3521187' + str(int(hsh("c10e", 8), 16))[:9] + '"', "id": eid,
          "status": "confirmed",
          "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(
              f"{eid} {OWNER}".encode()).decode().rstrip("="),
          "created": "2026-10-20T14:14:02.000Z", "updated": "2026-10-20T14:31:47.215Z", "summary": summary,
          "description": desc, "location": "Phone",
          "creator": {"email": lauren[1], "displayName": lauren[0]},
          "organizer": {"email": lauren[1], "displayName": lauren[0]},
          "start": {"dateTime": start.isoformat(), "timeZone": "America/Chicago"},
          "end": {"dateTime": end.isoformat(), "timeZone": "America/Chicago"},
          "iCalUID": f"{eid}@google.com", "sequence": 0,
          "attendees": [{"email": lauren[1], "displayName": lauren[0], "organizer": True, "responseStatus": "accepted"},
                        {"email": OWNER, "self": True, "responseStatus": "accepted"}],
          "reminders": {"useDefault": True}, "eventType": "default"}
    j2 = json.dumps(ev, indent=2, ensure_ascii=False) + "\n"
    d3 = t(2026, 10, 22, 8, 47, CHI, "Thursday")
    p3 = ("Rafael,\n\nI'm sorry to do this on short notice. We filled the assistant estimator spot internally "
          "yesterday (one of our project coordinators), so I need to cancel tomorrow's phone screen. I'll take it off "
          "the calendar.\n\nI liked your resume and I'll keep it on file - we usually add to estimating in the "
          "spring.\n\nLauren Kestner\nEstimating Manager | Kestner Commercial Electric\n(281) 555-0155\n")
    m3 = eml(frm=addr(*lauren), to=OWNER, subject="Tomorrow's phone screen - need to cancel", date=d3,
             msgid=gmail_id("c10c"), body=gmail_alt("c10c", p3), return_path=lauren[1],
             host="mail-ua1-f44.google.com", ip="209.85.222.44")
    j4 = json.dumps({"kind": "calendar#event", "etag": '"3521534' + str(int(hsh("c10f", 8), 16))[:9] + '"',
                     "id": eid, "status": "cancelled"}, indent=2) + "\n"
    case("google-phone-screen-cancelled-filled-internally",
         [("01-invitation-phone-screen.eml", m1), ("02-event-phone-screen.gcal.json", j2),
          ("03-lauren-need-to-cancel.eml", m3), ("04-event-deleted.gcal.json", j4)],
         [iv(co, role, start, end, "cancelled", [lauren[1]], [lauren[1]], "phone_screen")],
         "medium", "positive/cancellation",
         "Google invite + Calendar API event for a phone screen Fri 23 Oct 11:00 CDT, cancelled by mail (position "
         "filled internally) and by a deleted API event with only id/status. Kept as cancelled at its last time.")


def c11():
    co, role = "Gulfgate Power & Controls", "Project Estimator - Electrical"
    carmen = ("Carmen Ruiz", "cruiz@gulfgate-pc.example")
    martin = ("Martin Oyelaran", "moyelaran@gulfgate-pc.example")
    start = t(2026, 11, 9, 14, 0, CHI, "Monday")
    end = start + timedelta(hours=1)
    assert start.utcoffset() == timedelta(hours=-6)
    stamp = t(2026, 10, 29, 15, 42, CHI, "Thursday")
    url, block = teams("c11")
    desc = (f"Interview with {martin[0]}, Chief Estimator, for the {role} position. Please have the takeoff from "
            "your Bellaire school job ready to screen-share. Carmen (HR) set this up and will not join.\n\n" + block)
    ics = exchange_ics(uid=exchange_uid("c11"), stamp=stamp, organizer=carmen,
                       attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (martin[0], martin[1], "REQ-PARTICIPANT", "ACCEPTED")],
                       summary=f"Gulfgate Power & Controls | Estimator Interview | {OWNER_NAME}", description=desc,
                       location="Microsoft Teams Meeting", start=start, end=end, tzid="Central Standard Time",
                       online=url, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", method="PUBLISH")
    case("standalone-outlook-ics-teams-after-fallback",
         [("01-estimator-interview.ics", ics)],
         [iv(co, role, start, end, "scheduled", [martin[1]], [martin[1]], "hiring_manager")],
         "medium", "positive/standalone-ics",
         "Standalone Outlook .ics (TZID 'Central Standard Time', DTSTAMP in CDT, event Mon 9 Nov in CST -06:00). "
         "Organizer Carmen (HR) only set it up.")


def c12():
    co, role = "Rennick Mechanical & Electrical", "Electrical Foreman (hospital tower project)"
    jolene = ("Jolene Marsh", "jmarsh@tradeline-staff.example")
    start = t(2026, 11, 12, 14, 0, CHI, "Thursday")
    d1 = t(2026, 11, 9, 11, 20, CHI, "Monday")
    id1 = gmail_id("c12a")
    p1 = ("Hi Rafael!\n\nGood news - Rennick Mechanical & Electrical wants to meet you for the electrical foreman "
          "spot on their hospital tower job in the Med Center. Cody Rennick (their GM) and their electrical "
          "superintendent would like to sit down with you Thursday at 2 at their office, 3340 Red Bluff Rd in "
          "Pasadena. Should take about an hour.\n\nDoes that work? If not send me a couple of times and I'll go back "
          "to them.\n\n"
          f"{jolene[0]}\nSenior Recruiter - Skilled Trades\nTradeline Craft Staffing\n(713) 555-0163\n")
    m1 = eml(frm=addr(*jolene), to=OWNER, subject="Rennick wants to meet you!", date=d1, msgid=id1,
             body=gmail_alt("c12a", p1), return_path=jolene[1], host="mail-lf1-f42.google.com", ip="209.85.167.42")
    d2 = t(2026, 11, 9, 12, 31, CHI, "Monday")
    id_r = gmail_id("c12r")
    p2 = ("Perfect, you're confirmed for Thursday 11/12 at 2:00 PM. Ask for Cody at the front desk. Wear clean "
          "work clothes, not a suit lol. Call me after and tell me how it went!\n\nJolene\n\n"
          f"On Mon, Nov 9, 2026 at 12:05 PM {OWNER_NAME} <{OWNER}> wrote:\n"
          + quote("Thursday at 2 works. Thank you Jolene.\n\n" + OWNER_SIG + "\n\n"
                  f"On Mon, Nov 9, 2026 at 11:20 AM {jolene[0]} <{jolene[1]}> wrote:\n" + quote(p1)))
    m2 = eml(frm=addr(*jolene), to=OWNER, subject="Re: Rennick wants to meet you!", date=d2, msgid=gmail_id("c12b"),
             in_reply_to=id_r, references=f"{id1} {id_r}", body=gmail_alt("c12b", p2), return_path=jolene[1],
             host="mail-lf1-f42.google.com", ip="209.85.167.42")
    case("staffing-agency-client-interview-body-only",
         [("01-jolene-rennick-wants-to-meet.eml", m1), ("02-jolene-re-confirmed.eml", m2)],
         [iv(co, role, start, start + timedelta(hours=1), "scheduled", [], [jolene[1]], "onsite")],
         "hard", "positive/staffing-agency-body-only",
         "Staffing-agency recruiter books an in-person interview with her client: company is the client (Rennick), "
         "not the agency. 'Thursday at 2' from Mon 9 Nov = Thu 12 Nov 14:00 CST, 'about an hour'. No interviewer "
         "address appears, so follow-up goes to the agency recruiter.")


def c13():
    co, role = "Lindale & Sons Electric", "Estimator"
    rick = ("Rick Lindale", "rick@lindalesons.example")
    jake = ("Jake Lindale", "jake@lindalesons.example")
    start = t(2026, 11, 17, 9, 0, CHI, "Tuesday")
    end = start + timedelta(hours=1)
    d1 = t(2026, 11, 13, 14, 2, CHI, "Friday")
    p1 = ("Rafael,\n\nThanks for sending the takeoff sample from the Bellaire job, nice clean work. Let's get you in "
          "here Tuesday morning at 9 to go over it, me and my son Jake (he runs estimating day to day). Sending a "
          "calendar invite. Office is at 7720 Long Point Rd, park around back.\n\n"
          f"Rick Lindale\nPresident\n{co}\n")
    m1 = eml(frm=addr(*rick), to=OWNER, cc=addr(*jake), subject="Tuesday 9am", date=d1, msgid=gmail_id("c13a"),
             body=gmail_alt("c13a", p1), return_path=rick[1], host="mail-ed1-f48.google.com", ip="209.85.208.48")
    d2 = t(2026, 11, 13, 14, 9, CHI)
    summary = "Estimator interview - Rafael Quintanilla"
    desc = "Go over takeoff sample + estimating workflow. Rick and Jake. 7720 Long Point Rd."
    ics = google_ics(uid=f"{hsh('c13', 26)}@google.com", stamp=d2, created=d2, modified=d2, organizer=rick,
                     attendees=[(rick[0], rick[1], "ACCEPTED"), (jake[0], jake[1], "ACCEPTED"),
                                (OWNER, OWNER, "NEEDS-ACTION")],
                     summary=summary, description=desc, location="7720 Long Point Rd, Houston, TX 77055",
                     start=start, end=end)
    plain = (f"{summary}\nTuesday Nov 17, 2026 ⋅ 9am – 10am\nCentral Time - Chicago\n\nLocation\n"
             f"7720 Long Point Rd, Houston, TX 77055\n\nOrganizer\n{rick[0]}\n{rick[1]}\n\nGuests\n"
             f"{rick[0]} - organizer\n{rick[1]}\n{jake[0]}\n{jake[1]}\n{OWNER}\n\n{desc}\n\n"
             "Invitation from Google Calendar\n")
    m2 = google_invite(seed="c13", organizer=rick, date=d2.astimezone(UTC),
                       subject=f"Invitation: {summary} @ Tue Nov 17, 2026 9am - 10am (CST) ({OWNER})",
                       plain=plain, ics=ics)
    case("mail-plus-google-invite-estimator",
         [("01-rick-tuesday-9am.eml", m1), ("02-invitation-estimator-interview.eml", m2)],
         [iv(co, role, start, end, "scheduled", [rick[1], jake[1]], [rick[1], jake[1]], "onsite")],
         "easy", "positive/dedupe-mail-and-invite",
         "Owner's mail ('Tuesday morning at 9', sent Fri 13 Nov) and his Google invite are the same interview "
         "(Tue 17 Nov 09:00 CST). Rick and Jake both conduct it.")


# ================================================================ NEGATIVES
def c14():
    d1 = t(2026, 9, 8, 6, 0, CHI, "Tuesday")
    p1 = ("Texas Department of Licensing and Regulation\nLICENSE RENEWAL NOTICE\n\n"
          "RAFAEL QUINTANILLA\nLicense Type: Journeyman Electrician\nLicense Number: JE 1184327\n"
          "Expiration Date: 10/31/2026\n\n"
          "Your license is due for renewal. To renew you must complete 4 hours of continuing education (CE) from a "
          "TDLR-approved provider, including 1 hour of Texas state law and rules, 1 hour of safety (NFPA 70E) and "
          "2 hours of NEC code update, and pay the renewal fee of $20.00.\n\n"
          "CE providers report your hours to TDLR. Allow up to 3 business days after you finish your course before "
          "you renew.\n\nRenew online: https://vo.licensing.tdlr-licensing.example/renew\n\n"
          "If your license expires, you may not perform electrical work until it is renewed. You do not need to "
          "schedule an appointment or interview with our office to renew.\n\n"
          "This is an automated notice. Please do not reply to this e-mail.\n")
    m1 = eml(frm=addr("TDLR Licensing", "no-reply@tdlr-licensing.example"), to=OWNER,
             subject="Journeyman Electrician License Renewal Notice - JE 1184327", date=d1.astimezone(UTC),
             msgid=gen_id("c14a", "tdlr-licensing.example"), body=gmail_alt("c14a", p1),
             return_path="no-reply@tdlr-licensing.example", host="smtp.tdlr-licensing.example", ip="198.51.100.23")
    s = t(2026, 9, 26, 8, 0, CHI, "Saturday")
    e = t(2026, 9, 26, 12, 0, CHI)
    ev = {"kind": "calendar#event", "etag": '"3512' + str(int(hsh("c14e", 8), 16))[:12] + '"',
          "id": "7g1d" + hsh("c14id", 22), "status": "confirmed",
          "htmlLink": "https://www.google.com/calendar/event?eid=" + hsh("c14h", 40),
          "created": "2026-09-08T12:41:09.000Z", "updated": "2026-09-08T12:41:09.512Z",
          "summary": "4 hr electrician CE (NEC update + 70E + TX law) - then renew TDLR online",
          "description": "Live online class, Gulf Coast Code School. Zoom link in the confirmation e-mail. "
                         "Renew license after hours post (fee $20).",
          "location": "Zoom",
          "creator": {"email": OWNER, "self": True}, "organizer": {"email": OWNER, "self": True},
          "start": {"dateTime": s.isoformat(), "timeZone": "America/Chicago"},
          "end": {"dateTime": e.isoformat(), "timeZone": "America/Chicago"},
          "iCalUID": "7g1d" + hsh("c14id", 22) + "@google.com", "sequence": 0,
          "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": 60}]},
          "eventType": "default"}
    case("tdlr-license-renewal-and-ce-class",
         [("01-tdlr-renewal-notice.eml", m1), ("02-own-ce-class-event.gcal.json", json.dumps(ev, indent=2) + "\n")],
         [], "easy", "negative/license-renewal",
         "State licence renewal notice and the owner's own calendar block for the CE class: no hiring process.")


def c15():
    disp = ("IBEW Hall Dispatch", "dispatch@ibew-hall.example")
    start = t(2026, 9, 28, 8, 0, CHI, "Monday")
    end = t(2026, 9, 28, 9, 0, CHI)
    d1 = t(2026, 9, 21, 15, 45, CHI, "Monday")
    desc = ("Brother Quintanilla,\n\nYou are at or near the top of Book I (Journeyman Wireman). Report to the hall "
            "for the Monday 8:00 AM referral call. Current requests on the board: 6 JW for a hospital expansion "
            "(Med Center), 2 JW with foreman experience for a tilt-wall warehouse in Baytown, and 4 JW for a "
            "refinery shutdown (5-10s, 30 days).\n\n"
            "Referrals are made in book order per the Referral Procedure. Contractors do not interview at the hall; "
            "if a contractor asks to meet you before you take a call, let the dispatcher know.\n\n"
            "Bring: your card (dues current through September), TDLR license, OSHA 10/30 card, TWIC if you have one.\n\n"
            "Dispatch Office\n")
    ics = exchange_ics(uid=exchange_uid("c15"), stamp=d1, organizer=disp,
                       attendees=[(OWNER_NAME, OWNER, "OPT-PARTICIPANT", "NEEDS-ACTION")],
                       summary="Referral / Dispatch - Book I JW - Monday call", description=desc,
                       location="Union Hall - Dispatch window", start=start, end=end, tzid="Central Standard Time")
    plain = (outlook_when(start, end, "(UTC-06:00) Central Time (US & Canada)") +
             "\nWhere: Union Hall - Dispatch window\n\n*~*~*~*~*~*~*~*~*~*\n\n" + desc)
    m1 = outlook_invite(seed="c15", organizer=disp, to=addr(OWNER_NAME, OWNER), date=d1,
                        subject="Referral / Dispatch - Book I JW - Monday call", plain=plain, ics=ics)
    case("ibew-hall-referral-dispatch-call", [("01-dispatch-invite.eml", m1)], [],
         "hard", "negative/union-dispatch",
         "Exchange invite from the union hall for the Monday referral/dispatch call: referral in book order, "
         "explicitly no contractor interview. Not a hiring conversation with an employer.")


def c16():
    reg = ("SafeSite Training Institute", "registrar@safesite-training.example")
    start = t(2026, 10, 19, 7, 30, CHI, "Monday")
    end = t(2026, 10, 19, 16, 0, CHI)
    d1 = t(2026, 10, 2, 10, 12, CHI, "Friday")
    p1 = ("Hi Rafael,\n\nYou're registered for OSHA 30-Hour Construction Industry Outreach.\n\n"
          f"Dates: Monday October 19 - Thursday October 22, 2026, {h12(start)} - {h12(end)} daily\n"
          "Location: SafeSite Training Institute, 9450 Kempwood Dr, Houston, TX 77080 - Classroom B\n"
          "Instructor: Dolores Haynes, CSP (OSHA-authorized trainer)\n\n"
          "Agenda highlights\nDay 1: Intro to OSHA, Focus Four, electrical safety and LOTO\n"
          "Day 2: Fall protection, scaffolds, ladders\nDay 3: Excavation, cranes & rigging, incident investigation "
          "(conducting witness interviews, root cause)\nDay 4: Health hazards, safety programs, final exam\n\n"
          "You must attend all 4 days to receive your DOL card. Lunch is on your own. A calendar file is attached.\n\n"
          "Registrar\nSafeSite Training Institute\n(713) 555-0108\n")
    ics = ics_join(["BEGIN:VCALENDAR", "PRODID:-//SafeSite Training//Class Scheduler 4.2//EN", "VERSION:2.0",
                    "METHOD:PUBLISH"] + VTZ_CHICAGO +
                   ["BEGIN:VEVENT", f"UID:osha30-{hsh('c16', 12)}@safesite-training.example", "SEQUENCE:0",
                    f"DTSTAMP:{ics_utc(d1)}", f"DTSTART;TZID=America/Chicago:{ics_local(start)}",
                    f"DTEND;TZID=America/Chicago:{ics_local(end)}", "RRULE:FREQ=DAILY;COUNT=4",
                    "SUMMARY:OSHA 30-Hour Construction - SafeSite Training Institute",
                    f"LOCATION:{esc('9450 Kempwood Dr, Houston, TX 77080 - Classroom B')}",
                    f"DESCRIPTION:{esc('4-day OSHA 30. Day 3 covers incident investigation and witness interviews.')}",
                    f"ORGANIZER;CN={reg[0]}:mailto:{reg[1]}", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    body = multipart("mixed", "b1_" + hsh("c16m", 32), [
        gmail_alt("c16a", p1),
        part('text/calendar; charset=utf-8; name="OSHA30-Oct19.ics"', ics, "base64",
             [("Content-Disposition", 'attachment; filename="OSHA30-Oct19.ics"')])])
    m1 = eml(frm=addr(*reg), to=addr(OWNER_NAME, OWNER), subject="Registration confirmed: OSHA 30 Construction (Oct 19-22)",
             date=d1, msgid=gen_id("c16a", "safesite-training.example"), body=body, return_path=reg[1],
             host="smtp.safesite-training.example", ip="198.51.100.77")
    case("osha-30-class-registration", [("01-osha30-registration.eml", m1)], [],
         "medium", "negative/training-class",
         "OSHA 30 class registration with a recurring .ics; 'witness interviews' is course content. Not hiring.")


def c17():
    co = "Westbury Electric Co."
    tina = ("Tina Alvarez", "talvarez@westbury-electric.example")
    appt = t(2026, 10, 26, 7, 30, CHI, "Monday")
    d1 = t(2026, 10, 23, 11, 18, CHI, "Friday")
    clinic = "WorkWell Occupational Health, 8800 Gulf Fwy Suite 110, Houston, TX 77017"
    p1 = (f"Hi Rafael,\n\nCongratulations on accepting our offer for the Journeyman Electrician - Foreman Track "
          f"position! Before your start date (Monday, November 2, 2026) please complete the following onboarding "
          f"steps.\n\n1. Pre-employment drug screen (10-panel) and fit-for-duty physical\n"
          f"   Appointment: {long_date(appt)} at {h12(appt)}\n   Location: {clinic}\n"
          "   Bring a photo ID and this authorization number: WE-" + str(int(hsh('c17n', 6), 16))[:6] + "\n"
          "2. Complete your I-9, W-4 and direct deposit in Paylocity Onboarding before your first day\n"
          "3. Review the Employee Handbook and Safety Program\n\n"
          "Your offer is contingent on a negative drug screen. Results are usually back within 72 hours.\n\n"
          f"Questions? Contact {tina[0]}, HR Manager, at {tina[1]}.\n\n"
          f"Start onboarding: https://onboarding.paylocity.com/Onboarding/{hsh('c17o', 20)}\n\n"
          f"This message was sent from Paylocity on behalf of {co}.\n")
    ics = google_ics(uid=f"drugscreen-{hsh('c17', 16)}@paylocity.com", stamp=d1, created=d1, modified=d1,
                     organizer=(co, "noreply@paylocity.com"), attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                     summary="Pre-employment drug screen & physical - Westbury Electric", description="Bring photo ID.",
                     location=clinic, start=appt, end=appt + timedelta(minutes=45), method="PUBLISH")
    body = multipart("mixed", "----=_Part_" + hsh("c17m", 18), [
        gmail_alt("c17a", p1),
        part('text/calendar; charset=UTF-8; name="appointment.ics"', ics, "base64",
             [("Content-Disposition", 'attachment; filename="appointment.ics"')])])
    m1 = eml(frm=addr(co, "noreply@paylocity.com"), to=addr(OWNER_NAME, OWNER), reply_to=addr(*tina),
             subject=f"Welcome to {co} - next steps: drug screen and onboarding", date=d1.astimezone(UTC),
             msgid=gen_id("c17a", "paylocity.com"), body=body, return_path="bounces@paylocity.com",
             host="smtp2.paylocity.com", ip="12.154.218.41")
    case("post-offer-drug-screen-appointment", [("01-paylocity-onboarding-drug-screen.eml", m1)], [],
         "medium", "negative/post-offer-drug-screen",
         "Offer already accepted; the scheduled appointment is a pre-employment drug screen/physical at a clinic "
         "(.ics attached). Not an interview.")


def c18():
    gil = ("Gil Navarro", "gnavarro@carvernolan.example")
    tyler = ("Tyler Banks", "tbanks.sparky@mail.example")
    start = t(2026, 10, 9, 12, 30, CHI, "Friday")
    end = t(2026, 10, 9, 13, 0, CHI)
    d1 = t(2026, 10, 8, 6, 12, CHI, "Thursday")
    desc = ("Rafa - sit in with me on this one, he'd be on your crew if we bring him on. Ask him field questions: "
            "bending, reading a panel schedule, how he'd make up a 4-11/16 box. I'll handle pay and schedule. "
            "Tyler is a 2nd-year from the ABC program, resume is in the shared folder.\n\nGil")
    subj = "Interview - Apprentice candidate Tyler Banks (2nd yr)"
    ics = exchange_ics(uid=exchange_uid("c18"), stamp=d1, organizer=gil,
                       attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (tyler[0], tyler[1], "REQ-PARTICIPANT", "ACCEPTED")],
                       summary=subj, description=desc, location="Jobsite trailer - Westchase office build",
                       start=start, end=end, tzid="Central Standard Time")
    plain = (outlook_when(start, end, "(UTC-06:00) Central Time (US & Canada)") +
             "\nWhere: Jobsite trailer - Westchase office build\n\n*~*~*~*~*~*~*~*~*~*\n\n" + desc + "\n")
    m1 = outlook_invite(seed="c18", organizer=gil, to=f"{addr(OWNER_NAME, OWNER)}, {addr(*tyler)}", date=d1,
                        subject=subj, plain=plain, ics=ics)
    case("owner-sits-in-apprentice-interview", [("01-invite-apprentice-interview.eml", m1)], [],
         "hard", "negative/user-is-interviewer",
         "Invite from the owner's current general foreman: the owner helps interview an apprentice candidate. The "
         "user is an interviewer, not the candidate.")


def c19():
    shop = ("Beltway Fleet & Upfit", "notifications@beltwayfleet.example")
    d1 = t(2026, 10, 26, 14, 3, CHI, "Monday")
    win_s = t(2026, 10, 29, 8, 0, CHI, "Thursday")
    win_e = t(2026, 10, 29, 10, 0, CHI)
    p1 = ("Appointment Confirmed\n\nHi Rafael,\n\nThanks for choosing Beltway Fleet & Upfit! Your appointment is "
          "scheduled.\n\n"
          f"Job #40112\n{long_date(win_s)}\nArrival window: {h12(win_s)} - {h12(win_e)}\n"
          "Technician: Hector M.\n\nVehicle: 2019 Ford F-250 XL (white, ladder rack)\n"
          "Services: brake noise inspection, A/C not cooling, ladder rack and toolbox mount re-torque\n\n"
          "Drop-off at 11200 S Sam Houston Pkwy E, Houston, TX 77089, or choose mobile service and the technician "
          "will come to your jobsite.\n\nNeed to reschedule? Reply R or call (713) 555-0111.\n\n"
          "We'll text you when your technician is on the way.\n\nBeltway Fleet & Upfit\n")
    m1 = eml(frm=addr(*shop), to=OWNER, subject="Your appointment is confirmed - Thu, Oct 29",
             date=d1.astimezone(UTC), msgid=gen_id("c19a", "beltwayfleet.example"), body=gmail_alt("c19a", p1),
             return_path="bounce@beltwayfleet.example", host="o2.ptr4412.beltwayfleet.example", ip="198.51.100.140")
    d2 = t(2026, 10, 28, 16, 0, CHI, "Wednesday")
    p2 = ("Reminder: Tomorrow\n\nHi Rafael, this is a reminder of your service appointment tomorrow, Thursday "
          f"October 29, arrival window {h12(win_s)} - {h12(win_e)}. Technician Hector M. will review the work order "
          "with you at drop-off.\n\nConfirm: reply C  |  Reschedule: reply R\n\nBeltway Fleet & Upfit\n")
    m2 = eml(frm=addr(*shop), to=OWNER, subject="Reminder: service appointment tomorrow", date=d2.astimezone(UTC),
             msgid=gen_id("c19b", "beltwayfleet.example"), body=gmail_alt("c19b", p2),
             return_path="bounce@beltwayfleet.example", host="o2.ptr4412.beltwayfleet.example", ip="198.51.100.140")
    case("truck-service-appointment",
         [("01-appointment-confirmed.eml", m1), ("02-reminder-tomorrow.eml", m2)], [],
         "easy", "negative/service-appointment",
         "Field-service-software style appointment confirmation and reminder for the owner's work truck.")


def c20():
    co = "Coastal Prairie Electric"
    d1 = t(2026, 11, 4, 8, 40, CHI, "Wednesday")
    slots = [t(2026, 11, 10, 9, 0, CHI, "Tuesday"), t(2026, 11, 10, 13, 0, CHI), t(2026, 11, 11, 10, 0, CHI, "Wednesday")]
    link = "https://www.indeed.com/interview/schedule/" + hsh("c20l", 24)
    p1 = (f"{co} wants to interview you\n\nHi Rafael,\n\n{co} would like to schedule a video interview with you "
          "for Commercial Electrical Foreman (Pasadena, TX).\n\nChoose a time that works for you:\n" +
          "".join(f"- {x:%a}, {x:%b} {x.day} at {h12(x)} CST\n" for x in slots) +
          f"\nSee all available times: {link}\n\nThe employer is waiting on your response. Times are not held "
          "until you select one.\n\n(c) 2026 Indeed\n")
    m1 = eml(frm=addr("Indeed", "no-reply@indeed.com"), to=addr(OWNER_NAME, OWNER),
             subject=f"{co} wants to interview you", date=d1.astimezone(UTC), msgid=gen_id("c20a", "indeed.com"),
             body=gmail_alt("c20a", p1), return_path="bounce-" + hsh("c20rp", 12) + "@indeed.com",
             host="mail-a.indeed.com", ip="169.45.12.101")
    d2 = t(2026, 11, 6, 8, 40, CHI, "Friday")
    p2 = (f"Reminder: pick an interview time\n\nHi Rafael, you haven't selected an interview time with {co} yet. "
          f"Employers often move forward with candidates who respond quickly.\n\nSelect a time: {link}\n\n"
          "(c) 2026 Indeed\n")
    m2 = eml(frm=addr("Indeed", "no-reply@indeed.com"), to=addr(OWNER_NAME, OWNER),
             subject=f"Reminder: {co} is waiting to schedule your interview", date=d2.astimezone(UTC),
             msgid=gen_id("c20b", "indeed.com"), body=gmail_alt("c20b", p2),
             return_path="bounce-" + hsh("c20rp2", 12) + "@indeed.com", host="mail-a.indeed.com", ip="169.45.12.101")
    case("indeed-pick-a-time-never-booked",
         [("01-indeed-wants-to-interview.eml", m1), ("02-indeed-reminder-pick-time.eml", m2)], [],
         "hard", "negative/availability-request",
         "Indeed availability request with three offered slots and a reminder; nothing was ever booked.")


def c21():
    org = ("Gulf States Craft Staffing", "events@gulfstatescraft.example")
    start = t(2026, 11, 7, 9, 0, CHI, "Saturday")
    end = t(2026, 11, 7, 13, 0, CHI)
    d1 = t(2026, 10, 30, 9, 0, CHI, "Friday")
    p1 = ("OPEN INTERVIEWS - ELECTRICIANS, FOREMEN & APPRENTICES\n\n"
          f"{long_date(start)}, {h12(start)} - {h12(end)}\nGulf States Craft Staffing - 6200 Hillcroft Ave, Houston TX\n\n"
          "Walk-ins welcome! Meet recruiters for 20+ commercial and industrial contractors. Journeymen $32-$40/hr, "
          "foremen up to $46/hr + per diem on out-of-town work.\n\n"
          "Bring your license, OSHA card and two references. Free kolaches and coffee.\n\n"
          "Add it to your calendar (attached) and forward this to a friend.\n\n"
          "You are receiving this because you signed up for job alerts at gulfstatescraft.example. Unsubscribe: "
          "https://gulfstatescraft.example/u/" + hsh("c21u", 16) + "\n")
    ics = ics_join(["BEGIN:VCALENDAR", "PRODID:-//Gulf States Craft Staffing//Events//EN", "VERSION:2.0",
                    "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:open-interviews-{hsh('c21', 12)}@gulfstatescraft.example",
                    f"DTSTAMP:{ics_utc(d1)}", f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}",
                    "SUMMARY:Open Interviews - Electricians & Foremen (walk-in)",
                    f"LOCATION:{esc('6200 Hillcroft Ave, Houston, TX')}",
                    "DESCRIPTION:Walk-in hiring event. No appointment needed.", "END:VEVENT", "END:VCALENDAR"])
    body = multipart("mixed", "=_" + hsh("c21m", 24), [
        gmail_alt("c21a", p1),
        part('text/calendar; charset=utf-8; name="open-interviews.ics"', ics, "base64",
             [("Content-Disposition", 'attachment; filename="open-interviews.ics"')])])
    m1 = eml(frm=addr(*org), to=OWNER, subject="OPEN INTERVIEWS Sat 11/7 - Electricians & Foremen wanted",
             date=d1.astimezone(UTC), msgid=gen_id("c21a", "gulfstatescraft.example"), body=body,
             return_path="bounce@gulfstatescraft.example", host="mta3.gulfstatescraft.example", ip="198.51.100.201",
             extra=[("List-Unsubscribe", "<https://gulfstatescraft.example/u/" + hsh("c21u", 16) + ">")])
    case("open-interviews-walk-in-hiring-event", [("01-open-interviews-flyer.eml", m1)], [],
         "hard", "negative/hiring-event",
         "Mass-mailed walk-in 'open interviews' hiring event with an .ics: no booked interview, like a career fair.")


def c22():
    co = "Desert Current Solar"
    d1 = t(2026, 11, 5, 10, 15, PHX, "Thursday")
    due = t(2026, 11, 10, 23, 59, PHX, "Tuesday")
    link = "https://app.reelhire.example/i/" + hsh("c22l", 20)
    p1 = (f"Hi Rafael,\n\n{co} has invited you to complete an on-demand video interview for Solar Electrical "
          "Foreman (Phoenix, AZ).\n\n- 4 questions, up to 2 minutes each\n- You can practise first; each answer is "
          "recorded once\n- No live interviewer - the hiring team reviews your recordings later\n\n"
          f"Please complete it by {long_date(due)} at {h12(due)} Arizona time.\n\nStart your interview: {link}\n\n"
          "Good luck!\nThe ReelHire team, on behalf of Desert Current Solar\n")
    m1 = eml(frm=addr(f"{co} via ReelHire", "invites@reelhire.example"), to=OWNER,
             subject=f"{co}: complete your video interview", date=d1.astimezone(UTC),
             msgid=gen_id("c22a", "reelhire.example"), body=gmail_alt("c22a", p1),
             return_path="bounce@reelhire.example", host="mail.reelhire.example", ip="198.51.100.66")
    case("one-way-video-interview-phoenix", [("01-reelhire-video-interview.eml", m1)], [],
         "medium", "negative/one-way-video",
         "One-way recorded video interview with a deadline, no live interviewer: not an interview per the rules.")


# ================================================================ main
def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22):
        f()
    for d in sorted(os.listdir(HERE)):
        if d.startswith(PREFIX + "-") and os.path.isdir(os.path.join(HERE, d)):
            shutil.rmtree(os.path.join(HERE, d))
    labels = {}
    for c in CASES:
        cdir = os.path.join(HERE, c["id"])
        os.makedirs(cdir)
        names = [n for n, _ in c["items"]]
        assert names == sorted(names) and len(set(names)) == len(names), names
        for name, content in c["items"]:
            with open(os.path.join(cdir, name), "wb") as fh:
                fh.write(content.encode("utf-8"))
        labels[c["id"]] = c["label"]
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Labels for blind269 (Houston commercial electrician). Schema: /work/shared/eval/README.md\n")
        fh.write(yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, default_flow_style=False, width=110))
    pos = sum(1 for c in CASES if c["label"]["interview"])
    ivs = [i for c in CASES for i in c["label"]["interviews"]]
    print(f"{len(CASES)} cases, {pos} positive, {len(CASES) - pos} negative, {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, {sum(i['status'] == 'cancelled' for i in ivs)} "
          "cancelled)")


if __name__ == "__main__":
    main()
