#!/usr/bin/env python3
"""Generate the blind324 evaluation set (Antananarivo; Malagasy/French/English mail).

Deletes and rewrites every b324-* case folder plus labels.yaml next to this script.
Output is byte-identical on every run (fixed dates; ids and boundaries are hashes of a seed).
"""
import base64
import datetime as dt
import hashlib
import html
import json
import quopri
import shutil
import textwrap
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind324-antananarivo"
OWNER = "hery.rakotomalala@example.com"
OWNER_NAME = "Hery Rakotomalala"

TANA = ZoneInfo("Indian/Antananarivo")
MRU = ZoneInfo("Indian/Mauritius")
PAR = ZoneInfo("Europe/Paris")
LAX = ZoneInfo("America/Los_Angeles")
NYC = ZoneInfo("America/New_York")
LON = ZoneInfo("Europe/London")
UTC = dt.timezone.utc

# ---------------------------------------------------------------- checks
WD = {
    0: ("monday", "lundi", "alatsinainy", "mon", "lun."),
    1: ("tuesday", "mardi", "talata", "tue", "mar."),
    2: ("wednesday", "mercredi", "alarobia", "wed", "mer."),
    3: ("thursday", "jeudi", "alakamisy", "thu", "jeu."),
    4: ("friday", "vendredi", "zoma", "fri", "ven."),
    5: ("saturday", "samedi", "sabotsy", "sat", "sam."),
    6: ("sunday", "dimanche", "alahady", "sun", "dim."),
}


def chk(y, m, d, name):
    """Assert that the weekday named in the text is the real weekday."""
    wd = dt.date(y, m, d).weekday()
    assert name.lower() in WD[wd], f"{y}-{m:02d}-{d:02d} is not {name}"


def off(x, hours):
    assert x.utcoffset() == dt.timedelta(hours=hours), (x, x.utcoffset(), hours)


def t(y, mo, d, hh, mi, tz, sec=0):
    return dt.datetime(y, mo, d, hh, mi, sec, tzinfo=tz)


def same(a, b):
    assert a == b, (a, b)


def global_tz_checks():
    # 2026 DST changes named in the brief
    off(t(2026, 3, 8, 1, 59, NYC), -5); off(t(2026, 3, 8, 3, 0, NYC), -4)
    off(t(2026, 10, 31, 12, 0, NYC), -4); off(t(2026, 11, 1, 3, 0, NYC), -5)
    off(t(2026, 3, 29, 0, 59, UTC).astimezone(PAR), 1); off(t(2026, 3, 29, 1, 0, UTC).astimezone(PAR), 2)
    off(t(2026, 3, 29, 1, 0, UTC).astimezone(LON), 1)
    off(t(2026, 10, 25, 0, 59, UTC).astimezone(PAR), 2); off(t(2026, 10, 25, 1, 0, UTC).astimezone(PAR), 1)
    off(t(2026, 10, 25, 1, 0, UTC).astimezone(LON), 0)
    off(t(2026, 10, 31, 12, 0, LAX), -7); off(t(2026, 11, 2, 12, 0, LAX), -8)
    # Madagascar and Mauritius: no DST, all year
    for mo in range(1, 13):
        off(t(2026, mo, 15, 12, 0, TANA), 3)
        off(t(2026, mo, 15, 12, 0, MRU), 4)


# ---------------------------------------------------------------- ids
def h(*parts, n=32):
    s = "|".join((SEED,) + tuple(str(p) for p in parts))
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def hnum(*parts, digits=9):
    return str(int(h(*parts), 16))[:digits]


# ---------------------------------------------------------------- mime
def b64wrap(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def hv(s):
    """Header value: RFC 2047 encode when not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def A(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset="utf-8")


def leaf(ctype, content, cte, extra=()):
    data = content.encode("utf-8") if isinstance(content, str) else content
    if cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        body = b64wrap(data)
    else:
        body = data.decode("ascii")
    headers = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)] + list(extra)
    return headers, body.rstrip("\n")


def multi(subtype, parts, key, style="google"):
    if style == "google":
        b = "000000000000" + h("bnd", key, n=16)
    elif style == "outlook":
        b = "_000_" + h("bnd", key, n=24).upper() + "prodoutlookcom_"
    else:
        b = "----=_Part_" + hnum("bnd", key, digits=7) + "_" + hnum("bnd2", key, digits=9) + "." + hnum("bnd3", key, digits=13)
    out = []
    for ph, pb in parts:
        out.append("--" + b)
        out.extend(f"{k}: {v}" for k, v in ph)
        out.append("")
        out.append(pb)
    out.append("--" + b + "--")
    return [("Content-Type", f'multipart/{subtype}; boundary="{b}"')], "\n".join(out)


def text_part(text, cte="quoted-printable"):
    return leaf('text/plain; charset="UTF-8"', text, cte)


def html_doc(paras, font="Arial,Helvetica,sans-serif"):
    body = "\n".join(paras)
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px;line-height:1.45">\n{body}\n</div></body></html>')


def paras_from_text(text):
    """Turn plain text into <p> paragraphs (lines joined with <br>)."""
    blocks = [b for b in text.strip("\n").split("\n\n")]
    return ["<p>" + "<br>".join(html.escape(l) for l in b.split("\n")) + "</p>" for b in blocks]


def html_part(text_or_html, cte="quoted-printable", raw=False):
    doc = text_or_html if raw else html_doc(paras_from_text(text_or_html))
    return leaf('text/html; charset="UTF-8"', doc, cte)


def D(s):
    return textwrap.dedent(s).strip("\n") + "\n"


RELAY = {
    "tsaratel.example": ("mail.tsaratel.example", "41.188.38.21"),
    "vatolampy-mining.example": ("smtp.vatolampy-mining.example", "41.204.101.7"),
    "feonaka-bpo.example": ("mx1.feonaka-bpo.example", "154.126.80.44"),
    "dodoridge.example": ("mail-sor-f41.dodoridge.example", "209.85.220.41"),
    "orvenne.example": ("PAVP264MB4612.FRAP264.PROD.OUTLOOK.COM", "40.107.162.93"),
}


def write_eml(folder, name, *, frm, to, subject, date, part, cc=None, reply_to=None, sender=None,
              irt=None, refs=None, mid=None, extra=(), relay=None, return_path=None):
    fdomain = frm.rsplit("@", 1)[1].rstrip(">")
    rhost, rip = relay or RELAY.get(fdomain, ("mail." + fdomain, "198.51.100." + str(int(h("ip", fdomain), 16) % 200 + 10)))
    recv_date = format_datetime((date + dt.timedelta(seconds=3)).astimezone(UTC))
    hdrs = [
        ("Delivered-To", OWNER),
        ("Received", f"from {rhost} ({rhost} [{rip}])\n        by mx.example.com with ESMTPS id {h('rcv', name, mid, n=12)}\n"
                     f"        for <{OWNER}>; {recv_date}"),
        ("Return-Path", f"<{return_path or frm.split('<')[-1].rstrip('>')}>"),
    ]
    hdrs.append(("From", frm))
    if sender:
        hdrs.append(("Sender", sender))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("To", to))
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Subject", hv(subject)))
    hdrs.append(("Date", format_datetime(date)))
    hdrs.append(("Message-ID", mid))
    if irt:
        hdrs.append(("In-Reply-To", irt))
        hdrs.append(("References", refs or irt))
    hdrs.extend(extra)
    hdrs.append(("MIME-Version", "1.0"))
    ph, pb = part
    hdrs.extend(ph)
    data = "\n".join(f"{k}: {v}" for k, v in hdrs) + "\n\n" + pb + "\n"
    (folder / name).write_bytes(data.encode("ascii"))
    return mid


def mid_for(case, n, domain, style="plain"):
    if style == "gmail":
        return f"<CA{h('mid', case, n, n=10).upper()}+{h('m2', case, n, n=22)}@mail.gmail.com>"
    if style == "outlook":
        return f"<PR3P264MB{h('mid', case, n, n=28).upper()}@PR3P264MB{h('m3', case, n, n=4).upper()}.FRAP264.PROD.OUTLOOK.COM>"
    if style == "google-cal":
        return f"<calendar-{h('mid', case, n, n=8)}-{h('m4', case, n, n=4)}-{h('m5', case, n, n=4)}-{h('m6', case, n, n=12)}@google.com>"
    return f"<{h('mid', case, n, n=20)}.{hnum('mid', case, n, digits=10)}@{domain}>"


# ---------------------------------------------------------------- iCalendar
def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        w = len(ch.encode("utf-8"))
        limit = 75 if not out else 74
        if n + w > limit:
            out.append(cur)
            cur, n = "", 0
        cur += ch
        n += w
    out.append(cur)
    return "\r\n ".join(out)


def ics_text(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def ical_utc(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ical_local(x):
    return x.strftime("%Y%m%dT%H%M%S")


VTZ = {
    "E. Africa Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:E. Africa Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "END:STANDARD", "END:VTIMEZONE"],
    "Romance Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Romance Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T030000",
        "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "Indian/Mauritius": [
        "BEGIN:VTIMEZONE", "TZID:Indian/Mauritius", "X-LIC-LOCATION:Indian/Mauritius", "BEGIN:STANDARD",
        "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "TZNAME:+04", "DTSTART:19700101T000000",
        "END:STANDARD", "END:VTIMEZONE"],
    "Indian/Antananarivo": [
        "BEGIN:VTIMEZONE", "TZID:Indian/Antananarivo", "X-LIC-LOCATION:Indian/Antananarivo",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "TZNAME:EAT",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
}


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};"
                f"CN={name};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}:mailto:{email}"


def exchange_ics(*, uid, seq, start, end, tzid, organizer, attendees, summary, description, location,
                 stamp, method="REQUEST", status="CONFIRMED", lang="fr-FR"):
    on, oe = organizer
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += VTZ[tzid]
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={on}:mailto:{oe}"]
    lines += [attendee(n, e) for n, e in attendees]
    lines += [f"DESCRIPTION;LANGUAGE={lang}:{ics_esc(description)}",
              f"UID:{uid}", f"SUMMARY;LANGUAGE={lang}:{ics_esc(summary)}",
              f"DTSTART;TZID={tzid}:{ical_local(start)}", f"DTEND;TZID={tzid}:{ical_local(end)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ical_utc(stamp)}", "TRANSP:OPAQUE",
              f"STATUS:{status}", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE={lang}:{ics_esc(location)}",
              "X-MICROSOFT-CDO-APPT-SEQUENCE:" + str(seq), "X-MICROSOFT-CDO-OWNERAPPTID:" + hnum("own", uid, digits=10),
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics_text(lines)


def exchange_uid(key):
    return "040000008200E00074C5B7101A82E00800000000" + h("uid", key, n=16).upper() + "0000000000000000100000000" + h("uid2", key, n=22).upper()


TEAMS_FR = """________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
ID de la réunion : {num}
Code secret : {pw}
Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Pour en savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""


def teams_block(key):
    n = hnum("teams", key, digits=12)
    return TEAMS_FR.format(mid=h("tm", key, n=32), num=f"{n[0:3]} {n[3:6]} {n[6:9]} {n[9:12]}",
                           pw=h("pw", key, n=6).upper())


def exchange_mail(folder, name, *, key, frm_name, frm, to_list, subject, date, when_line, where_line,
                  body, uid, seq, start, end, tzid, attendees, summary, location, cc_list=(), teams=True,
                  irt=None, refs=None):
    sep = "\n*~*~*~*~*~*~*~*~*~*\n\n"
    text = f"Quand : {when_line}\nOù : {where_line}\n{sep}{body.rstrip()}\n"
    if teams:
        text += "\n" + teams_block(key) + "\n"
    desc = text
    ics = exchange_ics(uid=uid, seq=seq, start=start, end=end, tzid=tzid, organizer=(frm_name, frm),
                       attendees=attendees, summary=summary, description=desc, location=location, stamp=date)
    alt = multi("alternative", [
        text_part(text),
        leaf('text/html; charset="UTF-8"', html_doc(paras_from_text(text), font="Aptos,Calibri,sans-serif"),
             "quoted-printable"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', ics, "base64"),
    ], key + name, style="outlook")
    to_hdr = ", ".join(A(n, e) for n, e in to_list)
    cc_hdr = ", ".join(A(n, e) for n, e in cc_list) or None
    extra = [("Thread-Topic", hv(subject.split(": ", 1)[-1] if subject.startswith(("Mis à jour", "Updated")) else subject)),
             ("Thread-Index", base64.b64encode(bytes.fromhex(h("ti", key, n=44))).decode()),
             ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("Content-class", "urn:content-classes:calendarmessage"),
             ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + h("ser", uid, n=20)),
             ("x-ms-publictraffictype", "Email")]
    return write_eml(folder, name, frm=A(frm_name, frm), to=to_hdr, cc=cc_hdr, subject=subject, date=date,
                     part=alt, mid=mid_for(key, name, None, "outlook"), extra=extra, irt=irt, refs=refs)


def google_ics(*, uid, seq, start, end, organizer, attendees, summary, description, location, stamp,
               created, method="REQUEST", status="CONFIRMED"):
    on, oe = organizer
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{ical_utc(start)}", f"DTEND:{ical_utc(end)}", f"DTSTAMP:{ical_utc(stamp)}",
             f"ORGANIZER;CN={on}:mailto:{oe}", f"UID:{uid}"]
    for n, e, ps in attendees:
        lines.append(attendee(n, e, partstat=ps, rsvp="TRUE" if ps == "NEEDS-ACTION" else "FALSE", google=True))
    lines += [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet_code(uid)}",
              f"CREATED:{ical_utc(created)}", f"DESCRIPTION:{ics_esc(description)}",
              f"LAST-MODIFIED:{ical_utc(stamp)}", f"LOCATION:{ics_esc(location)}",
              f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{ics_esc(summary)}", "TRANSP:OPAQUE",
              "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics_text(lines)


def meet_code(key):
    s = h("meet", key, n=20)
    letters = "".join(chr(ord("a") + int(c, 16) % 26) for c in s)
    return f"{letters[0:3]}-{letters[3:7]}-{letters[7:10]}"


def google_invite(folder, name, *, key, org_name, org, subject, date, text_intro, start, end, when_fr,
                  attendees, summary, description, location, seq=0, created=None):
    uid = h("guid", key, n=26) + "@google.com"
    meet = meet_code(uid)
    guests = "\n".join(f"{n} - organisateur" if e == org else f"{n}" for n, e, _ in attendees)
    parts = [text_intro.strip(), "", summary, when_fr, f"Lieu : {location}", "",
             "Rejoindre avec Google Meet", f"https://meet.google.com/{meet}", "",
             description.strip(), "", "Participants", guests, "",
             "Afficher tous les détails de l'invitation",
             f"https://calendar.google.com/calendar/event?action=VIEW&eid={h('eid', key, n=40)}", "",
             "Invitation de Google Agenda : https://calendar.google.com/calendar/", "",
             "Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de",
             "notifications pour cet événement, refusez-le."]
    if not text_intro.strip():
        parts = parts[2:]
    text = "\n".join(parts) + "\n"
    desc_html = "<br>".join(html.escape(l) for l in description.split("\n"))
    hparas = [f"<p>{html.escape(text_intro.strip())}</p>" if text_intro.strip() else "",
              f'<h2 style="font-size:18px;font-weight:400">{html.escape(summary)}</h2>',
              f"<p><b>Quand</b><br>{html.escape(when_fr)}</p>",
              f"<p><b>Lieu</b><br>{html.escape(location)}</p>",
              f'<p><a href="https://meet.google.com/{meet}">Rejoindre avec Google Meet</a></p>',
              f"<p>{desc_html}</p>",
              "<p><b>Participants</b><br>" + "<br>".join(html.escape(l) for l in guests.split("\n")) + "</p>",
              '<p style="color:#70757a;font-size:12px">Invitation de Google Agenda</p>']
    ics = google_ics(uid=uid, seq=seq, start=start, end=end, organizer=(org_name, org),
                     attendees=attendees, summary=summary, description=description, location=location,
                     stamp=date, created=created or date)
    alt = multi("alternative", [
        text_part(text),
        leaf('text/html; charset="UTF-8"', html_doc([p for p in hparas if p]), "quoted-printable"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', ics, "base64"),
    ], key + "alt")
    mixed = multi("mixed", [
        alt,
        leaf('application/ics; name="invite.ics"', ics, "base64",
             [("Content-Disposition", 'attachment; filename="invite.ics"')]),
    ], key + "mix")
    to_hdr = ", ".join(A(n, e) for n, e, _ in attendees if e != org)
    return write_eml(folder, name, frm=A(org_name, org), to=to_hdr, subject=subject, date=date, part=mixed,
                     reply_to=A(org_name, org), sender="Google Calendar <calendar-notification@google.com>",
                     mid=mid_for(key, name, None, "google-cal"), return_path=f"3{h('rp', key, n=20)}@calendar-server.bounces.google.com",
                     relay=("mail-sor-f69.google.com", "209.85.220.69")), uid


def gcal_event(*, key, summary, description, start, end, tzname, organizer, attendees, created, updated,
               location=None, status="confirmed", seq=0):
    eid = h("gcal", key, n=26)
    ev = {
        "kind": "calendar#event",
        "etag": f'"{hnum("etag", key, updated, digits=16)}"',
        "id": eid,
        "status": status,
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + hnum("ms", key, digits=3) + "Z",
        "summary": summary,
        "description": description,
    }
    if location:
        ev["location"] = location
    on, oe = organizer
    ev["creator"] = {"email": oe, "displayName": on}
    ev["organizer"] = {"email": oe, "displayName": on}
    ev["start"] = {"dateTime": start.isoformat(), "timeZone": tzname}
    ev["end"] = {"dateTime": end.isoformat(), "timeZone": tzname}
    ev["iCalUID"] = eid + "@google.com"
    ev["sequence"] = seq
    ev["attendees"] = attendees
    code = meet_code(key)
    ev["hangoutLink"] = f"https://meet.google.com/{code}"
    ev["conferenceData"] = {
        "entryPoints": [
            {"entryPointType": "video", "uri": f"https://meet.google.com/{code}", "label": f"meet.google.com/{code}"},
        ],
        "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
        "conferenceId": code,
    }
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return ev, eid


def write_json(folder, name, obj):
    (folder / name).write_bytes((json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))


# ---------------------------------------------------------------- labels
LABELS = {}
CASES = []


def new_case(nn, slug):
    cid = f"b324-{nn:02d}-{slug}"
    folder = OUT / cid
    folder.mkdir(parents=True)
    CASES.append(cid)
    return cid, folder


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def label(cid, interviews, difficulty, category, notes):
    LABELS[cid] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                   "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


HERY = (OWNER_NAME, OWNER)
HERY_A = A(OWNER_NAME, OWNER)

# companies / people
TSA = "Tsaratel Madagasikara"
TSA_ROLE = "Ingénieur Réseau IP/MPLS"
VOAHANGY = ("Voahangy Randrianarisoa", "voahangy.randrianarisoa@tsaratel.example")
FANIRY = ("Faniry Rakotondrabe", "faniry.rakotondrabe@tsaratel.example")
HAJA = ("Haja Andriamanantena", "haja.andriamanantena@tsaratel.example")
LOVA = ("Lova Rasoamanarivo", "lova.rasoamanarivo@tsaratel.example")
MIALY = ("Mialy Razafimahatratra", "mialy.razafimahatratra@tsaratel.example")
SOLOFO = ("Solofo Ratsimbazafy", "solofo.ratsimbazafy@tsaratel.example")
ONJA = ("Onja Rabearivelo", "onja.rabearivelo@tsaratel.example")

VAT = "Vatolampy Mining"
VAT_ROLE = "Ingénieur Télécoms Site"
NIRINA = ("Nirina Rasoanaivo", "nirina.rasoanaivo@vatolampy-mining.example")
TOJO = ("Tojo Rabemananjara", "tojo.rabemananjara@vatolampy-mining.example")
FANJA = ("Fanja Ramanantsoa", "fanja.ramanantsoa@vatolampy-mining.example")
PATRICK = ("Patrick Rakotovao", "patrick.rakotovao@vatolampy-mining.example")

FEO = "Feonaka BPO"
FEO_ROLE = "Administrateur Réseau & Téléphonie IP"
LALAO = ("Lalao Rakotoarison", "lalao.rakotoarison@feonaka-bpo.example")
RIVO = ("Rivo Andrianjafy", "rivo.andrianjafy@feonaka-bpo.example")

DODO = "Dodo Ridge Software"
DODO_ROLE = "Network Reliability Engineer"
ANJALI = ("Anjali Ramdin", "anjali.ramdin@dodoridge.example")
KEVIN = ("Kevin Li Kwong Ken", "kevin.likwongken@dodoridge.example")
JMB = ("Jean-Marc Bégué", "jeanmarc.begue@dodoridge.example")
NIRVAN = ("Nirvan Seeruttun", "nirvan.seeruttun@dodoridge.example")

ORV = "Orvenne Ingénierie"
ORV_ROLE = "Consultant Ingénieur Réseaux Télécom (H/F)"
CAMILLE = ("Camille Dufresne", "camille.dufresne@orvenne.example")
THIBAULT = ("Thibault Mercier", "thibault.mercier@orvenne.example")


def plain_ics(*, prodid, uid, seq, start, end, tzid, organizer, attendees, summary, description, location,
              stamp, method="REQUEST", floating=False, extra=()):
    on, oe = organizer
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tzid and not floating:
        lines += VTZ[tzid]
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{ical_utc(stamp)}"]
    if floating:
        lines += [f"DTSTART:{ical_local(start)}", f"DTEND:{ical_local(end)}"]
    else:
        lines += [f"DTSTART;TZID={tzid}:{ical_local(start)}", f"DTEND;TZID={tzid}:{ical_local(end)}"]
    lines += [f"SUMMARY:{ics_esc(summary)}", f"DESCRIPTION:{ics_esc(description)}", f"LOCATION:{ics_esc(location)}",
              f"ORGANIZER;CN={on}:mailto:{oe}"]
    lines += [attendee(n, e, partstat=ps) for n, e, ps in attendees]
    lines += [f"SEQUENCE:{seq}", "STATUS:CONFIRMED", "TRANSP:OPAQUE"] + list(extra) + ["END:VEVENT", "END:VCALENDAR"]
    return ics_text(lines)


GH_RELAY = ("o1.ptr4417.us.greenhouse-mail.io", "167.89.12.54")


# ================================================================ cases 01-11
def case01():
    cid, f = new_case(1, "tsaratel-antso-rahampitso")
    sent = t(2026, 10, 5, 16, 42, TANA, 10)
    chk(2026, 10, 5, "Alatsinainy")
    start = sent.replace(day=6, hour=14, minute=0, second=0)   # "rahampitso amin'ny 2 ora tolakandro"
    chk(2026, 10, 6, "Talata")
    end = start + dt.timedelta(minutes=30)
    body = D("""
    Manao ahoana tompoko,

    Misaotra anao nandefa ny antontan-taratasinao (CV sy taratasy fangatahana) ho an'ny toerana
    "Injeniera Tambajotra IP/MPLS" (Ingénieur Réseau IP/MPLS) eto amin'ny Tsaratel Madagasikara.

    Araka ny resaka fohy nifanaovantsika an-telefaonina androany maraina, dia hamafisiko fa hiantso anao
    aho rahampitso amin'ny 2 ora tolakandro (ora eto Madagasikara), amin'ny laharana 034 11 222 33 nomenao.
    Resadresaka voalohany an-telefaonina izany, mba hifampahafantarana sy hijerena ny traikefanao amin'ny
    tambajotra IP/MPLS sy ny fitantanana ny "backbone". Tsy hihoatra ny 30 minitra ny faharetany.

    Raha misy zavatra tsy ampoizina ka tsy ho afaka ianao amin'io fotoana io, dia mba ampahafantaro ahy
    alohan'ny 10 ora maraina rahampitso.

    Mirary soa,

    Voahangy Randrianarisoa
    Mpiandraikitra ny fandraisana mpiasa - Sampan-draharahan'ny Olombelona
    Tsaratel Madagasikara, Tranobe Tsaratel, Ankorondrano - Antananarivo 101
    Tel: +261 20 22 611 00
    """)
    write_eml(f, "01-voahangy-antso-an-telefaonina.eml", frm=A(*VOAHANGY), to=HERY_A,
              subject="Antso an-telefaonina - Injeniera Tambajotra IP/MPLS", date=sent,
              part=text_part(body), mid=mid_for(cid, 1, "tsaratel.example"),
              extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "mg")])
    label(cid, [iv(TSA, TSA_ROLE, start, end, "scheduled", [VOAHANGY[1]], [VOAHANGY[1]], "phone_screen")],
          "medium", "positive/email-body-relative-malagasy",
          "Malagasy body only: 'rahampitso amin'ny 2 ora tolakandro' resolved against the Date header "
          "(Mon 5 Oct 2026 +0300) = Tue 6 Oct 14:00 EAT; 30 minutes; the recruiter makes the call.")


def case02():
    cid, f = new_case(2, "dodoridge-greenhouse-screen")
    sent = t(2026, 10, 5, 7, 14, UTC, 52)
    start = t(2026, 10, 8, 11, 0, MRU)
    chk(2026, 10, 8, "Thursday")
    same(start, t(2026, 10, 8, 10, 0, TANA))
    end = start + dt.timedelta(minutes=30)
    meet = meet_code(cid)
    text = D(f"""
    Hi Hery,

    Thanks for making time to speak with us about the Network Reliability Engineer position! Here are the
    details of your call:

    Interview: Recruiter Phone Screen
    Date: Thursday, October 8, 2026
    Time: 11:00 AM - 11:30 AM (GMT+04:00) Port Louis
    Interviewer: Anjali Ramdin, Talent Partner
    Location: Google Meet - https://meet.google.com/{meet}

    A calendar invite is attached. If you need to reschedule, simply reply to this email.

    A quick note from me: we are in Ebène, one hour ahead of Antananarivo, so this is 10:00 AM your time.
    Looking forward to our chat!

    Best,
    Anjali Ramdin
    Talent Partner | Dodo Ridge Software
    Cybercity, Ebène, Mauritius
    """)
    uid = h("gh", cid, n=24) + "@greenhouse.io"
    ics = plain_ics(prodid="-//Greenhouse Software Inc//Greenhouse Interview//EN", uid=uid, seq=0, start=start,
                    end=end, tzid="Indian/Mauritius", organizer=ANJALI,
                    attendees=[(ANJALI[0], ANJALI[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                    summary="Recruiter Phone Screen - Dodo Ridge Software (Network Reliability Engineer)",
                    description=f"Phone screen with Anjali Ramdin.\nGoogle Meet: https://meet.google.com/{meet}",
                    location=f"https://meet.google.com/{meet}", stamp=sent)
    part = multi("mixed", [
        multi("alternative", [text_part(text), html_part(text)], cid + "a", style="java"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="interview.ics"', ics, "base64",
             [("Content-Disposition", 'attachment; filename="interview.ics"')]),
    ], cid + "m", style="java")
    write_eml(f, "01-greenhouse-phone-screen-confirmed.eml", frm="Dodo Ridge Software <no-reply@us.greenhouse-mail.io>",
              reply_to=A(*ANJALI), to=HERY_A, subject="Your phone screen with Dodo Ridge Software is confirmed",
              date=sent, part=part, mid=f"<{h('gh', cid, 1, n=22)}@ismtpd0041p1mdw1.sendgrid.net>", relay=GH_RELAY,
              return_path=f"bounces+{hnum('bn', cid, digits=7)}@us.greenhouse-mail.io")
    label(cid, [iv(DODO, DODO_ROLE, start, end, "scheduled", [ANJALI[1]], [ANJALI[1]], "phone_screen")],
          "medium", "positive/ats-email-with-ics-mauritius",
          "Greenhouse confirmation (UTC Date header) with .ics in Indian/Mauritius (UTC+4): 11:00 MUT = 10:00 in "
          "Antananarivo. Recruiter runs the screen; Reply-To is the human recruiter.")


def case03():
    cid, f = new_case(3, "orvenne-premier-echange")
    sent = t(2026, 10, 6, 10, 5, PAR, 22)
    off(sent, 2)
    start = t(2026, 10, 9, 11, 0, PAR)
    chk(2026, 10, 9, "vendredi")
    off(start, 2)
    same(start, t(2026, 10, 9, 12, 0, TANA))
    end = start + dt.timedelta(minutes=30)
    paras = [
        "<p>Bonjour Hery,</p>",
        "<p>Merci pour votre candidature au poste de <b>Consultant Ingénieur Réseaux Télécom (H/F)</b>, reçue via "
        "Welcome to the Jungle. Votre expérience sur les cœurs de réseau IP/MPLS d'un opérateur nous intéresse "
        "beaucoup, notamment pour nos missions auprès d'opérateurs en Afrique francophone.</p>",
        "<p>Comme convenu ce matin par message, je vous confirme notre <b>premier échange téléphonique le vendredi "
        "9 octobre à 11h (heure de Paris)</b>, soit 12h heure de Madagascar. Je vous appellerai via WhatsApp au "
        "+261 34 11 222 33. Prévoyez une demi-heure : nous parlerons de votre parcours, de vos attentes et de la "
        "mobilité vers Paris.</p>",
        "<p>En cas d'empêchement, n'hésitez pas à me répondre directement.</p>",
        "<p>Belle journée,</p>",
        "<p>Camille Dufresne<br>Chargée de recrutement<br>Orvenne Ingénierie<br>14 rue de Provence, 75009 Paris<br>"
        "+33 1 00 00 00 00</p>",
    ]
    write_eml(f, "01-camille-premier-echange.eml", frm=A(*CAMILLE), to=HERY_A,
              subject="Votre candidature Orvenne Ingénierie - premier échange téléphonique", date=sent,
              part=leaf('text/html; charset="UTF-8"', html_doc(paras, "Calibri,Arial,sans-serif"), "base64"),
              mid=mid_for(cid, 1, None, "outlook"),
              extra=[("Thread-Topic", hv("Votre candidature Orvenne Ingénierie - premier échange téléphonique")),
                     ("Content-Language", "fr-FR")])
    label(cid, [iv(ORV, ORV_ROLE, start, end, "scheduled", [CAMILLE[1]], [CAMILLE[1]], "phone_screen")],
          "medium", "positive/email-body-only-paris",
          "HTML-only (base64) French mail: vendredi 9 octobre 11h heure de Paris (CEST, UTC+2) = 12h Madagascar; "
          "'une demi-heure'. Recruiter calls the candidate herself.")


def case04():
    cid, f = new_case(4, "feonaka-gcal-preselection")
    start = t(2026, 10, 8, 15, 0, TANA)
    chk(2026, 10, 8, "Alakamisy")
    end = start + dt.timedelta(minutes=30)
    ev, _ = gcal_event(
        key=cid, summary="Entretien de présélection - Administrateur Réseau & Téléphonie IP (Hery Rakotomalala)",
        description=("Resadresaka voalohany (30 minitra) amin'ny Google Meet miaraka amin'i Lalao Rakotoarison, "
                     "mpiandraikitra ny olombelona.\n"
                     "Entretien de présélection : parcours, disponibilité, prétentions salariales.\n"
                     "Raha misy olana ara-teknika : +261 20 22 000 00"),
        start=start, end=end, tzname="Indian/Antananarivo", organizer=LALAO,
        attendees=[{"email": LALAO[1], "displayName": LALAO[0], "organizer": True, "responseStatus": "accepted"},
                   {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
        created=t(2026, 10, 6, 10, 12, TANA), updated=t(2026, 10, 6, 10, 41, TANA))
    write_json(f, "01-entretien-preselection.gcal.json", ev)
    label(cid, [iv(FEO, FEO_ROLE, start, end, "scheduled", [LALAO[1]], [LALAO[1]], "phone_screen")],
          "easy", "positive/gcal-json-only",
          "Calendar API event only (self: true), Indian/Antananarivo; HR officer runs the screening call.")


def case05():
    cid, f = new_case(5, "tsaratel-fanadinana-soratra")
    sent = t(2026, 10, 7, 14, 18, TANA, 40)
    chk(2026, 10, 12, "Alatsinainy")
    body = D("""
    Ry Andriamatoa Hery Rakotomalala,

    Taorian'ny resadresaka an-telefaonina nataonao tamin-dRamatoa Voahangy Randrianarisoa, dia faly izahay
    manasa anao hanatrika ny fanadinana an-tsoratra (test technique écrit) ho an'ny toerana Injeniera
    Tambajotra IP/MPLS.

    Daty: Alatsinainy 12 Oktobra 2026
    Ora: 8 ora maraina ka hatramin'ny 11 ora (adiny telo)
    Toerana: Tranobe Tsaratel Ankorondrano, efitrano fanofanana, rihana faha-2

    Ny fanadinana dia misy fanontaniana misafidy (QCM) sy fanazaran-tena amin'ny fandrafetana router
    (OSPF, BGP, MPLS L3VPN) amin'ny solosaina. Tsy misy resadresaka amin'ny mpitsara amin'io andro io:
    hampahafantarina anao amin'ny mailaka ny vokatra ao anatin'ny herinandro.

    Entina: karapanondro (CIN) sy penina manga. Tsy azo ampiasaina ny finday mandritra ny fanadinana.

    -----

    Monsieur,

    Nous avons le plaisir de vous convier au test technique écrit le lundi 12 octobre 2026 de 8h à 11h,
    dans nos locaux d'Ankorondrano (salle de formation, 2e étage). Il s'agit d'une épreuve individuelle sur
    table et sur poste (QCM + configuration), sans entretien ce jour-là. Les résultats vous seront
    communiqués par e-mail.

    Merci de vous présenter muni de votre CIN à 7h45.

    Faniry Rakotondrabe
    Assistante RH - Tsaratel Madagasikara
    """)
    part = multi("alternative", [text_part(body), html_part(body, cte="base64")], cid, style="outlook")
    write_eml(f, "01-fiantsoana-fanadinana-an-tsoratra.eml", frm=A(*FANIRY), to=HERY_A, cc=A(*VOAHANGY),
              subject="Fiantsoana: fanadinana an-tsoratra / Convocation test technique écrit", date=sent,
              part=part, mid=mid_for(cid, 1, "tsaratel.example"))
    label(cid, [], "hard", "negative/written-technical-test",
          "Convocation to a proctored written test (QCM + router configuration) on Mon 12 Oct 08:00-11:00; "
          "explicitly no conversation with a jury that day -> technical test, not an interview.")


def case06():
    cid, f = new_case(6, "vatolampy-teams-technique")
    sent1 = t(2026, 10, 9, 9, 20, TANA, 11)
    chk(2026, 10, 9, "Zoma")
    start = t(2026, 10, 15, 10, 0, TANA)
    chk(2026, 10, 15, "Alakamisy")
    end = start + dt.timedelta(hours=1)
    body = D("""
    Andriamatoa Hery,

    Isaorana anao noho ny fahalianao amin'ny toerana Ingénieur Télécoms Site eto amin'ny Vatolampy Mining SA,
    Toamasina.

    Manasa anao hanatrika resadresaka ara-teknika (entretien technique) amin'ny alalan'ny Microsoft Teams
    izahay, ny Alakamisy 15 Oktobra 2026, amin'ny 10 ora maraina (ora eto Madagasikara). Andriamatoa Tojo
    Rabemananjara, Lehiben'ny sampan-draharaha Fifandraisan-davitra sy IT eto amin'ny toby, no hiresaka
    aminao. Adiny iray eo ho eo ny faharetany.

    Ireto ny lohahevitra horesahina: ny tambajotra radio VHF/UHF sy ny LTE tsy miankina ampiasain'ny toby,
    ny fibre optique mampitohy ny seranana sy ny toeram-pitrandrahana, ary ny fitantanana ny fahatapahan'ny
    tambajotra.

    Hahazo fanasana Teams mitokana ianao afaka fotoana fohy. Raha misy fanontaniana dia aza misalasala.

    Misaotra tompoko,

    Nirina Rasoanaivo
    Mpiandraikitra ny Olombelona - Toby Toamasina
    Vatolampy Mining SA, Faritra seranana, Toamasina 501
    """)
    m1 = write_eml(f, "01-nirina-fanasana-resadresaka.eml", frm=A(*NIRINA), to=HERY_A,
                   subject="Fanasana hanatrika resadresaka ara-teknika - Ingénieur Télécoms Site", date=sent1,
                   part=text_part(body), mid=mid_for(cid, 1, "vatolampy-mining.example"))
    inv_body = D("""
    Andriamatoa Hery,

    Araka ny mailaka nalefa tany aminao androany maraina, ity ny fanasana Teams ho an'ny resadresaka
    ara-teknika miaraka amin'Andriamatoa Tojo Rabemananjara. Mba midira 5 minitra mialoha azafady.

    Nirina
    """)
    exchange_mail(f, "02-teams-entretien-technique.eml", key=cid + "inv", frm_name=NIRINA[0], frm=NIRINA[1],
                  to_list=[HERY, TOJO], subject="Entretien technique - Hery Rakotomalala - Ingénieur Télécoms Site",
                  date=t(2026, 10, 9, 9, 34, TANA, 52),
                  when_line="jeudi 15 octobre 2026 10:00-11:00 (UTC+03:00) Nairobi",
                  where_line="Réunion Microsoft Teams", body=inv_body, uid=exchange_uid(cid), seq=0,
                  start=start, end=end, tzid="E. Africa Standard Time", attendees=[HERY, TOJO],
                  summary="Entretien technique - Hery Rakotomalala - Ingénieur Télécoms Site",
                  location="Réunion Microsoft Teams")
    label(cid, [iv(VAT, VAT_ROLE, start, end, "scheduled", [TOJO[1]], [TOJO[1]], "technical")],
          "medium", "positive/dedupe-email-and-teams-invite",
          "Malagasy HR mail + Exchange/Teams invite (TZID 'E. Africa Standard Time', '(UTC+03:00) Nairobi') for "
          "the same interview -> one entry. Coordinator organises; Tojo interviews.")
    return m1


def case07():
    cid, f = new_case(7, "akademia-fiofanana-ccnp")
    sent = t(2026, 10, 12, 19, 2, TANA, 31)
    start = t(2026, 10, 17, 8, 0, TANA)
    chk(2026, 10, 17, "Sabotsy")
    end = t(2026, 10, 17, 12, 0, TANA)
    TAHINA = ("Tahina Andrianarivelo", "tahina.andrianarivelo@akademia-teknika.example")
    desc = ("Fiofanana CCNP Enterprise - vondrona faran'ny herinandro.\n"
            "Session de formation du samedi : OSPF multi-area, BGP (attributs, route-maps), labo sur EVE-NG.\n"
            "Entina : solosaina misy EVE-NG na GNS3. Misy quiz fohy 20 minitra amin'ny faran'ny fizarana.\n"
            "Akademia Teknika - Ivontoerana fanofanana ara-teknika")
    google_invite(f, "01-invitation-fiofanana-ccnp.eml", key=cid, org_name=TAHINA[0], org=TAHINA[1],
                  subject="Invitation: Fiofanana CCNP Enterprise - Fizarana 3 : OSPF & BGP @ sam. 17 oct. 2026 08:00 - 12:00 (EAT) (hery.rakotomalala@example.com)",
                  date=sent, text_intro="", start=start, end=end,
                  when_fr="samedi 17 oct. 2026 · 08:00 – 12:00 (heure normale d’Afrique de l’Est)",
                  attendees=[(TAHINA[0], TAHINA[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION"),
                             ("Rado Rakotobe", "rado.rakotobe@example.net", "ACCEPTED")],
                  summary="Fiofanana CCNP Enterprise - Fizarana 3 : OSPF & BGP", description=desc,
                  location="Akademia Teknika, Ankadifotsy, Antananarivo")
    label(cid, [], "easy", "negative/training-session",
          "Google invite to a Saturday CCNP training session (with a quiz) the owner attends as a trainee.")


def case08():
    cid, f = new_case(8, "feonaka-foanana-annule")
    sent1 = t(2026, 10, 9, 17, 10, TANA, 3)
    start = t(2026, 10, 20, 15, 0, TANA)
    chk(2026, 10, 20, "Talata"); chk(2026, 10, 20, "mardi")
    end = start + dt.timedelta(minutes=45)
    body1 = D("""
    Tompoko,

    Misaotra anao tamin'ny resadresaka nifanaovantsika omaly. Faly izahay mampahafantatra anao fa voafantina
    hanohy amin'ny dingana manaraka ianao: resadresaka ara-teknika miaraka amin'Andriamatoa Rivo Andrianjafy,
    IT Manager-nay, ny Talata 20 Oktobra 2026 amin'ny 3 ora tolakandro, eto amin'ny biraonay any Ivandry
    (Tranobe Fitaratra, rihana faha-4). Haharitra 45 minitra eo ho eo izany, ary horesahina ny Asterisk/3CX,
    ny SIP trunk, ny VLAN voix ary ny QoS eo amin'ny plateau-nay misy toerana 600.

    Version française : suite à notre échange d'hier, nous avons le plaisir de vous inviter à un entretien
    technique avec M. Rivo Andrianjafy, IT Manager, le mardi 20 octobre 2026 à 15h, dans nos bureaux
    d'Ivandry (Immeuble Fitaratra, 4e étage). Durée prévue : 45 minutes environ.

    Une invitation Google Agenda vous est également envoyée.

    Amin'ny manaraka,
    Lalao Rakotoarison
    Chargée RH - Feonaka BPO
    Ivandry, Antananarivo
    """)
    m1 = write_eml(f, "01-lalao-dingana-manaraka.eml", frm=A(*LALAO), to=HERY_A, cc=A(*RIVO),
                   subject="Dingana manaraka / Étape suivante - Administrateur Réseau & Téléphonie IP", date=sent1,
                   part=multi("alternative", [text_part(body1), html_part(body1, cte="base64")], cid + "1"),
                   mid=mid_for(cid, 1, None, "gmail"))
    ev, eid = gcal_event(
        key=cid, summary="Entretien technique - Hery Rakotomalala (Administrateur Réseau & Téléphonie IP)",
        description="Resadresaka ara-teknika miaraka amin'i Rivo Andrianjafy (IT Manager).\nEntretien technique, 45 min.",
        start=start, end=end, tzname="Indian/Antananarivo", organizer=LALAO,
        location="Feonaka BPO, Immeuble Fitaratra 4e étage, Ivandry, Antananarivo",
        attendees=[{"email": LALAO[1], "displayName": LALAO[0], "organizer": True, "responseStatus": "accepted"},
                   {"email": RIVO[1], "displayName": RIVO[0], "responseStatus": "accepted"},
                   {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
        created=t(2026, 10, 9, 17, 14, TANA), updated=t(2026, 10, 9, 20, 3, TANA))
    write_json(f, "02-entretien-technique.gcal.json", ev)
    body3 = D("""
    Tompoko,

    Miala tsiny indrindra aminao izahay fa voatery foanana ny resadresaka ara-teknika izay nokasaina ho
    amin'ny Talata 20 Oktobra 2026 amin'ny 3 ora tolakandro. Nofenoina tamin'ny alalan'ny fifindran'asa
    anatiny ny toerana ka tsy misokatra intsony ny fandraisana mpiasa amin'izao fotoana izao.

    Nous sommes au regret de vous informer que l'entretien du mardi 20 octobre à 15h est annulé : le poste
    a finalement été pourvu en interne. Nous conservons votre dossier et reviendrons vers vous si un poste
    similaire s'ouvre.

    Misaotra anao noho ny fotoana nomenao anay.

    Lalao Rakotoarison
    Chargée RH - Feonaka BPO
    """)
    write_eml(f, "03-lalao-foanana-annule.eml", frm=A(*LALAO), to=HERY_A, cc=A(*RIVO),
              subject="FOANANA - Resadresaka ny Talata 20 Oktobra / ANNULÉ - Entretien du mardi 20 octobre",
              date=t(2026, 10, 16, 11, 2, TANA, 47), part=text_part(body3), mid=mid_for(cid, 3, None, "gmail"),
              irt=m1)
    write_json(f, "04-entretien-technique-deleted.gcal.json",
               {"kind": "calendar#event", "etag": f'"{hnum("etag-del", cid, digits=16)}"', "id": eid,
                "status": "cancelled"})
    label(cid, [iv(FEO, FEO_ROLE, start, end, "cancelled", [RIVO[1]], [RIVO[1]], "technical")],
          "medium", "positive/cancellation",
          "Bilingual invite + Calendar API event, then 'foanana' / 'annulé' mail and a deleted API event with "
          "only id/status -> one cancelled interview at Tue 20 Oct 15:00 EAT.")


def case09():
    cid, f = new_case(9, "tsaratel-panel-outlook")
    sent = t(2026, 10, 14, 11, 27, TANA, 9)
    start = t(2026, 10, 21, 9, 0, TANA)
    chk(2026, 10, 21, "Alarobia"); chk(2026, 10, 21, "mercredi")
    end = t(2026, 10, 21, 10, 30, TANA)
    body = D("""
    Andriamatoa Hery,

    Arahabaina ianao fa nahomby tamin'ny fanadinana an-tsoratra natao ny Alatsinainy 12 Oktobra. Noho izany
    dia manasa anao hanatrika fanadinana am-bava eo anatrehan'ny komity izahay, ny Alarobia 21 Oktobra 2026,
    amin'ny 9 ora maraina ka hatramin'ny 10 ora sy sasany.

    Ny komity dia ahitana:
    - Andriamatoa Haja Andriamanantena, Talen'ny Teknika
    - Ramatoa Lova Rasoamanarivo, Lehiben'ny sampana Core IP
    - Ramatoa Mialy Razafimahatratra, Lefitry ny Talen'ny Olombelona

    Mitondrà dika mitovy amin'ny diplaomanao sy ny fanamarinana asa teo aloha. Tongava 15 minitra mialoha ny
    fotoana, any amin'ny fandraisana vahiny eo amin'ny rihana ambany.

    Faniry Rakotondrabe
    Assistante RH - Tsaratel Madagasikara
    """)
    exchange_mail(f, "01-panel-fanadinana-am-bava.eml", key=cid, frm_name=FANIRY[0], frm=FANIRY[1],
                  to_list=[HERY, HAJA, LOVA, MIALY],
                  subject="Fanadinana am-bava (panel) - Hery Rakotomalala - Injeniera Tambajotra IP/MPLS",
                  date=sent, when_line="mercredi 21 octobre 2026 09:00-10:30 (UTC+03:00) Nairobi",
                  where_line="Tsaratel Ankorondrano - Efitrano fivoriana Tsingy (rihana faha-3)", body=body,
                  uid=exchange_uid(cid), seq=0, start=start, end=end, tzid="E. Africa Standard Time",
                  attendees=[HERY, HAJA, LOVA, MIALY], teams=False,
                  summary="Fanadinana am-bava (panel) - Hery Rakotomalala - Injeniera Tambajotra IP/MPLS",
                  location="Tsaratel Ankorondrano - Efitrano fivoriana Tsingy (rihana faha-3)")
    ivs = [HAJA[1], LOVA[1], MIALY[1]]
    label(cid, [iv(TSA, TSA_ROLE, start, end, "scheduled", ivs, ivs, "onsite")],
          "medium", "positive/exchange-panel-windows-tzid",
          "In-person panel of three (Malagasy body, French Outlook labels, 'E. Africa Standard Time'); the HR "
          "assistant only organises. Mentions the past written test date as a distractor.")


def case10():
    cid, f = new_case(10, "orvenne-reporte-dst")
    s1 = t(2026, 10, 15, 14, 31, PAR, 7); off(s1, 2)
    old = t(2026, 10, 22, 14, 0, PAR); off(old, 2); chk(2026, 10, 22, "jeudi")
    same(old, t(2026, 10, 22, 15, 0, TANA))
    new = t(2026, 10, 27, 10, 0, PAR); off(new, 1); chk(2026, 10, 27, "mardi")
    same(new, t(2026, 10, 27, 12, 0, TANA))
    uid = exchange_uid(cid)
    body1 = D("""
    Bonjour Hery,

    Suite à notre premier échange, j'ai le plaisir de vous inviter à un entretien technique avec Thibault
    Mercier, manager du pôle Réseaux & Télécoms. L'entretien aura lieu sur Teams le jeudi 22 octobre à 14h,
    heure de Paris (15h heure de Madagascar), et durera une heure environ : architecture IP/MPLS, migration
    vers le Segment Routing et retour d'expérience sur vos projets opérateur.

    Je ne participerai pas à l'entretien mais reste disponible pour toute question.

    Camille Dufresne
    Chargée de recrutement - Orvenne Ingénierie
    """)
    m1 = exchange_mail(f, "01-invitation-entretien-technique.eml", key=cid + "1", frm_name=CAMILLE[0],
                       frm=CAMILLE[1], to_list=[HERY, THIBAULT],
                       subject="Entretien technique - Consultant Ingénieur Réseaux Télécom (H/F) - Hery Rakotomalala",
                       date=s1, when_line="jeudi 22 octobre 2026 14:00-15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris",
                       where_line="Réunion Microsoft Teams", body=body1, uid=uid, seq=0, start=old,
                       end=old + dt.timedelta(hours=1), tzid="Romance Standard Time", attendees=[HERY, THIBAULT],
                       summary="Entretien technique - Consultant Ingénieur Réseaux Télécom (H/F) - Hery Rakotomalala",
                       location="Réunion Microsoft Teams")
    s2 = t(2026, 10, 20, 9, 12, PAR, 40); off(s2, 2)
    body2 = D("""
    Bonjour Hery,

    Thibault est retenu toute la journée de jeudi chez un client et votre entretien technique doit être
    reporté. Nous vous proposons de le décaler au mardi 27 octobre à 10h, heure de Paris, toujours sur Teams
    et pour une heure.

    Attention au changement d'heure : la France passe à l'heure d'hiver dans la nuit du 24 au 25 octobre.
    L'écart avec Madagascar sera donc de deux heures, soit 12h pour vous à Antananarivo.

    Je vous envoie l'invitation mise à jour dans la foulée. Toutes nos excuses pour ce changement.

    Bien cordialement,
    Camille Dufresne
    """)
    m2 = write_eml(f, "02-camille-entretien-reporte.eml", frm=A(*CAMILLE), to=HERY_A, cc=A(*THIBAULT),
                   subject="Report de votre entretien technique - Orvenne Ingénierie", date=s2,
                   part=multi("alternative", [text_part(body2), html_part(body2)], cid + "2", style="outlook"),
                   mid=mid_for(cid, 2, None, "outlook"), irt=m1)
    body3 = D("""
    Bonjour Hery,

    Comme annoncé, l'entretien technique avec Thibault Mercier est reporté au mardi 27 octobre 2026 à 10h
    (heure de Paris, soit 12h heure de Madagascar). Le lien Teams reste le même.

    Camille Dufresne
    Chargée de recrutement - Orvenne Ingénierie
    """)
    exchange_mail(f, "03-invitation-mise-a-jour.eml", key=cid + "1", frm_name=CAMILLE[0], frm=CAMILLE[1],
                  to_list=[HERY, THIBAULT],
                  subject="Mis à jour : Entretien technique - Consultant Ingénieur Réseaux Télécom (H/F) - Hery Rakotomalala",
                  date=t(2026, 10, 20, 9, 15, PAR, 3),
                  when_line="mardi 27 octobre 2026 10:00-11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris",
                  where_line="Réunion Microsoft Teams", body=body3, uid=uid, seq=1, start=new,
                  end=new + dt.timedelta(hours=1), tzid="Romance Standard Time", attendees=[HERY, THIBAULT],
                  summary="Entretien technique - Consultant Ingénieur Réseaux Télécom (H/F) - Hery Rakotomalala",
                  location="Réunion Microsoft Teams", irt=m2, refs=f"{m1} {m2}")
    label(cid, [iv(ORV, ORV_ROLE, new, new + dt.timedelta(hours=1), "scheduled", [THIBAULT[1]], [THIBAULT[1]],
                   "technical")],
          "hard", "positive/reschedule-across-dst",
          "Teams invite Thu 22 Oct 14:00 Paris (CEST, +02:00) 'reporté' by mail, then SEQUENCE 1 same UID: Tue 27 Oct "
          "10:00 Paris after the 25 Oct change (CET, +01:00) = 12:00 Madagascar. Final time only.")


def case11():
    cid, f = new_case(11, "dodoridge-two-interviews")
    sent = t(2026, 10, 21, 6, 48, UTC, 10)
    a_s = t(2026, 10, 26, 14, 0, MRU); chk(2026, 10, 26, "Monday"); a_e = a_s + dt.timedelta(hours=1)
    same(a_s, t(2026, 10, 26, 13, 0, TANA))
    b_s = t(2026, 10, 29, 10, 0, MRU); chk(2026, 10, 29, "Thursday"); b_e = b_s + dt.timedelta(minutes=45)
    ma, mb = meet_code(cid + "a"), meet_code(cid + "b")
    text = D(f"""
    Hi Hery,

    Great news - you're moving forward! Below is the schedule for your next two conversations with the
    team. Both take place on Google Meet and times are shown in Mauritius time (GMT+4), one hour ahead of
    Antananarivo.

    Monday, October 26, 2026
    2:00 PM - 3:00 PM   Technical Interview: Networking & Automation
    with Kevin Li Kwong Ken, Lead Site Reliability Engineer
    https://meet.google.com/{ma}
    Expect a walkthrough of a BGP/anycast incident and a short Python/Ansible exercise, so please have a
    terminal ready.

    Thursday, October 29, 2026
    10:00 AM - 10:45 AM   Hiring Manager Interview
    with Jean-Marc Bégué, Head of Infrastructure
    https://meet.google.com/{mb}

    Calendar invitations for each session are attached. Reply to this email if anything needs to change.

    Cheers,
    Anjali Ramdin
    Talent Partner | Dodo Ridge Software
    """)
    ics_a = plain_ics(prodid="-//Greenhouse Software Inc//Greenhouse Interview//EN", uid=h("gh", cid, "a", n=24) + "@greenhouse.io",
                      seq=0, start=a_s, end=a_e, tzid="Indian/Mauritius", organizer=ANJALI,
                      attendees=[(KEVIN[0], KEVIN[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                      summary="Technical Interview: Networking & Automation - Hery Rakotomalala",
                      description=f"Interviewer: Kevin Li Kwong Ken\nGoogle Meet: https://meet.google.com/{ma}",
                      location=f"https://meet.google.com/{ma}", stamp=sent)
    ics_b = plain_ics(prodid="-//Greenhouse Software Inc//Greenhouse Interview//EN", uid=h("gh", cid, "b", n=24) + "@greenhouse.io",
                      seq=0, start=b_s, end=b_e, tzid="Indian/Mauritius", organizer=ANJALI,
                      attendees=[(JMB[0], JMB[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                      summary="Hiring Manager Interview - Hery Rakotomalala",
                      description=f"Interviewer: Jean-Marc Bégué\nGoogle Meet: https://meet.google.com/{mb}",
                      location=f"https://meet.google.com/{mb}", stamp=sent)
    part = multi("mixed", [
        multi("alternative", [text_part(text), html_part(text, cte="base64")], cid + "a", style="java"),
        leaf('text/calendar; charset="UTF-8"; name="technical-interview.ics"', ics_a, "base64",
             [("Content-Disposition", 'attachment; filename="technical-interview.ics"')]),
        leaf('text/calendar; charset="UTF-8"; name="hiring-manager-interview.ics"', ics_b, "base64",
             [("Content-Disposition", 'attachment; filename="hiring-manager-interview.ics"')]),
    ], cid + "m", style="java")
    write_eml(f, "01-greenhouse-interview-confirmation.eml", frm="Anjali Ramdin <no-reply@us.greenhouse-mail.io>",
              reply_to=A(*ANJALI), to=HERY_A,
              subject="Interview Confirmation: Network Reliability Engineer at Dodo Ridge Software", date=sent,
              part=part, mid=f"<{h('gh', cid, 1, n=22)}@ismtpd0017p1mdw1.sendgrid.net>", relay=GH_RELAY,
              return_path=f"bounces+{hnum('bn', cid, digits=7)}@us.greenhouse-mail.io")
    label(cid, [iv(DODO, DODO_ROLE, a_s, a_e, "scheduled", [KEVIN[1]], [KEVIN[1]], "technical"),
                iv(DODO, DODO_ROLE, b_s, b_e, "scheduled", [JMB[1]], [JMB[1]], "hiring_manager")],
          "medium", "positive/two-interviews-one-mail",
          "One Greenhouse mail with two .ics attachments: technical Mon 26 Oct and hiring-manager Thu 29 Oct, "
          "both in Mauritius time (UTC+4) -> two interviews on different days.")


# ================================================================ cases 12-22
def case12():
    cid, f = new_case(12, "ministera-fanamarinana-diplaoma")
    sent = t(2026, 10, 22, 10, 44, TANA, 9)
    chk(2026, 10, 29, "Alakamisy"); chk(2026, 10, 29, "jeudi")
    body = D("""
    Andriamatoa RAKOTOMALALA Hery,

    Voaray ny fangatahanao fanamarinana (authentification) ny Diplaoman'ny Injeniera momba ny
    fifandraisan-davitra (taona 2016), izay angatahan'ny mpampiasa any ivelany (Maorisy / Frantsa).

    Mba ho tonga manokana eto amin'ny biraon'ny Ministera, Tsimbazaza, Varavarana B, efitrano 12, ianao ny
    Alakamisy 29 Oktobra 2026 amin'ny 9 ora maraina, mitondra ny diplaoma tany am-boalohany sy ny
    karapanondro. Hisy resadresaka fohy amin'ny mpiasan'ny sampana mba hanamarinana ny antontan-taratasy.
    Sarany: 25 000 Ariary, aloa eo an-toerana.

    -----
    Convocation : veuillez vous présenter en personne le jeudi 29 octobre 2026 à 9h au Service de
    l'authentification des diplômes (Tsimbazaza, porte B, bureau 12), muni de l'original du diplôme et de
    votre CIN. Un bref entretien de vérification avec l'agent instructeur est prévu. Droits : 25 000 Ar.

    Dossier n° AUTH-2026-04417

    Sampan-draharahan'ny Fanamarinana ny Diplaoma
    Ministeran'ny Fampianarana Ambony - Tsimbazaza, Antananarivo
    """)
    write_eml(f, "01-fiantsoana-fanamarinana-diplaoma.eml",
              frm=A("Sampan-draharaha Fanamarinana Diplaoma", "fanamarinana.diplaoma@fampianarana-ambony.example"),
              to=HERY_A, subject="Fiantsoana - Fanamarinana diplaoma / Convocation authentification - AUTH-2026-04417",
              date=sent, part=text_part(body), mid=mid_for(cid, 1, "fampianarana-ambony.example"))
    label(cid, [], "hard", "negative/government-appointment",
          "Ministry convocation (diploma authentication for a job abroad) on Thu 29 Oct 09:00 with 'resadresaka "
          "fohy' / 'bref entretien de vérification' -> administrative appointment, not a job interview.")


def case13():
    cid, f = new_case(13, "asagasy-newsletter")
    sent = t(2026, 10, 26, 6, 0, TANA, 1)
    chk(2026, 10, 29, "jeudi")
    text = D("""
    ASAGASY HEBDO - Tolotr'asa sy torohevitra / Offres et conseils de la semaine

    TOLOTR'ASA VAOVAO
    - Ingénieur Radio 4G/5G (H/F) - Antananarivo - CDI
    - Technicien fibre optique FTTH - Toamasina - CDD 12 mois
    - Superviseur NOC 24/7 - Antananarivo (Ankorondrano)
    - Administrateur systèmes Linux - Fianarantsoa

    TOROHEVITRA: 7 conseils pour réussir votre entretien technique
    Préparez un schéma de réseau que vous maîtrisez, révisez BGP et OSPF, et entraînez-vous à expliquer une
    panne que vous avez résolue. Ary aza adino: tongava 10 minitra mialoha!

    WEBINAIRE GRATUIT
    « Réussir son entretien en visio avec un recruteur étranger »
    Jeudi 29 octobre à 18h (heure de Madagascar) - inscription sur asagasy.example/webinaire

    Vous recevez cette lettre car vous êtes inscrit sur AsaGasy. Se désabonner : https://asagasy.example/desabonnement
    """)
    part = multi("alternative", [text_part(text), html_part(text, cte="base64")], cid, style="java")
    write_eml(f, "01-asagasy-hebdo.eml", frm="AsaGasy Hebdo <newsletter@asagasy.example>", to=HERY_A,
              subject="AsaGasy Hebdo #42 : 4 offres télécom + 7 conseils pour votre entretien technique",
              date=sent, part=part, mid=mid_for(cid, 1, "mail.asagasy.example"),
              extra=[("List-Unsubscribe", "<https://asagasy.example/desabonnement>, <mailto:unsubscribe@asagasy.example>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    label(cid, [], "easy", "negative/newsletter",
          "Job-board newsletter with interview tips and a webinar on Thu 29 Oct 18:00.")


def case14():
    cid, f = new_case(14, "scam-dubai-whatsapp")
    DXB = ZoneInfo("Asia/Dubai")
    sent = t(2026, 10, 27, 22, 47, DXB, 30)
    off(sent, 4)
    body = D("""
    Cher candidat Hery Rakotomalala,

    FÉLICITATIONS !!! Après examen de votre CV trouvé dans notre base de données, vous avez été présélectionné
    pour le poste de SENIOR NETWORK ENGINEER à Dubaï (Émirats Arabes Unis). Salaire : 6 500 USD / mois,
    logement et billet d'avion pris en charge.

    Votre entretien en ligne se fera par WhatsApp demain à 10h (heure de Madagascar) avec notre directeur
    M. Khalid. Pour confirmer votre place, veuillez d'abord régler les frais de dossier et de visa de
    180 000 Ariary par MVola au 034 98 765 43 (nom : Agence Mirana Voyage) et envoyer la capture d'écran en
    réponse à ce mail avant minuit.

    Passé ce délai votre place sera attribuée à un autre candidat.

    Service Recrutement International
    Gulf Horizon Telecom
    """)
    write_eml(f, "01-felicitations-poste-dubai.eml",
              frm=A("Gulf Horizon Telecom Recrutement", "recrutement.gulfhorizon@freemail-box.example"),
              reply_to="hr.gulfhorizon.dubai@inbox-fast.example", to="undisclosed-recipients:;",
              subject="FÉLICITATIONS - Votre candidature retenue - Entretien WhatsApp", date=sent,
              part=text_part(body), mid=mid_for(cid, 1, "freemail-box.example"))
    label(cid, [], "medium", "negative/scam-recruiter",
          "Fake recruiter: 'entretien WhatsApp demain à 10h' conditioned on paying fees via MVola; bcc'd, free-mail "
          "sender with a different Reply-To.")


def case15():
    cid, f = new_case(15, "banky-vahatra-rendez-vous")
    sent = t(2026, 10, 28, 16, 5, TANA, 33)
    start = t(2026, 11, 2, 8, 30, TANA); chk(2026, 11, 2, "lundi")
    end = t(2026, 11, 2, 9, 15, TANA)
    MAMY = ("Mamy Ravelojaona", "mamy.ravelojaona@bankyvahatra.example")
    body = D("""
    Monsieur Rakotomalala,

    Nous vous confirmons votre rendez-vous avec votre conseiller clientèle, M. Mamy Ravelojaona, le lundi
    2 novembre 2026 à 8h30 à l'agence Analakely.

    Objet de l'entretien : simulation de prêt immobilier et ouverture d'un compte épargne.
    Pièces à apporter : CIN, trois derniers bulletins de salaire, certificat de résidence.

    Tsiahivina fa misokatra amin'ny 8 ora maraina ny biraonay. Mankasitraka anao nifidy ny Banky Vahatra.

    Agence Analakely - Banky Vahatra
    Ce message est généré automatiquement, merci de ne pas y répondre.
    """)
    ics = plain_ics(prodid="-//Banky Vahatra//Rendez-vous Agence//FR", uid=h("bank", cid, n=20) + "@bankyvahatra.example",
                    seq=0, start=start, end=end, tzid="Indian/Antananarivo", organizer=MAMY,
                    attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                    summary="Rendez-vous conseiller - M. Rakotomalala (prêt immobilier)",
                    description="Entretien avec votre conseiller clientèle, M. Mamy Ravelojaona.",
                    location="Banky Vahatra, Agence Analakely, Antananarivo", stamp=sent)
    part = multi("mixed", [text_part(body),
                           leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="rendez-vous.ics"', ics, "base64",
                                [("Content-Disposition", 'attachment; filename="rendez-vous.ics"')])], cid, style="java")
    write_eml(f, "01-confirmation-rendez-vous-conseiller.eml",
              frm="Banky Vahatra - Agence Analakely <no-reply@bankyvahatra.example>", to=HERY_A,
              subject="Confirmation de votre rendez-vous - entretien avec votre conseiller", date=sent, part=part,
              mid=mid_for(cid, 1, "bankyvahatra.example"))
    label(cid, [], "medium", "negative/bank-appointment",
          "Bank 'entretien avec votre conseiller' with .ics (Mon 2 Nov 08:30) -> not a job interview.")


def case16():
    cid, f = new_case(16, "tsaratel-dg-propose-confirme")
    s1 = t(2026, 10, 26, 11, 40, TANA, 18); chk(2026, 10, 26, "lundi")
    chk(2026, 11, 2, "lundi"); chk(2026, 11, 4, "mercredi")
    start = t(2026, 11, 4, 15, 0, TANA); end = start + dt.timedelta(hours=1)
    subj = "Entretien final avec le Directeur Général - Hery Rakotomalala"
    body1 = D("""
    Bonjour Monsieur Rakotomalala,

    J'ai le plaisir de vous annoncer que le comité a rendu un avis favorable à l'issue du panel du 21 octobre.
    La dernière étape du processus est un entretien avec notre Directeur Général, M. Solofo Ratsimbazafy.

    Il vous propose les créneaux suivants (heure de Madagascar) :
    - lundi 2 novembre à 9h
    - mercredi 4 novembre à 15h

    Merci de me faire part de votre préférence d'ici demain midi.

    Cordialement,
    Voahangy Randrianarisoa
    Chargée de recrutement - Tsaratel Madagasikara
    """)
    m1 = write_eml(f, "01-voahangy-creneaux-dg.eml", frm=A(*VOAHANGY), to=HERY_A, cc=A(*ONJA), subject=subj,
                   date=s1, part=multi("alternative", [text_part(body1), html_part(body1)], cid + "1", style="outlook"),
                   mid=mid_for(cid, 1, "tsaratel.example"))
    hery_mid = mid_for(cid, "hery", None, "gmail")
    body2 = D("""
    Bonjour Hery,

    C'est noté : votre entretien avec M. Ratsimbazafy est confirmé le mercredi 4 novembre à 15h, dans son
    bureau (Tranobe Tsaratel Ankorondrano, 6e étage). Comptez une heure environ. M. Ratsimbazafy est en copie ;
    Onja Rabearivelo, son assistante, vous accueillera à la réception.

    Mirary soa,
    Voahangy

    Le lun. 26 oct. 2026 à 18:03, Hery Rakotomalala <hery.rakotomalala@example.com> a écrit :
    > Bonjour Madame Randrianarisoa,
    >
    > Merci pour cette excellente nouvelle. Le mercredi 4 novembre à 15h me conviendrait mieux : j'ai déjà un
    > rendez-vous le lundi 2 novembre au matin.
    >
    > Bien cordialement,
    > Hery Rakotomalala
    >
    > Le lun. 26 oct. 2026 à 11:40, Voahangy Randrianarisoa a écrit :
    >> J'ai le plaisir de vous annoncer que le comité a rendu un avis favorable à l'issue du panel du 21 octobre.
    >> - lundi 2 novembre à 9h
    >> - mercredi 4 novembre à 15h
    """)
    write_eml(f, "02-voahangy-confirmation-dg.eml", frm=A(*VOAHANGY), to=HERY_A, cc=f"{A(*SOLOFO)}, {A(*ONJA)}",
              subject="RE: " + subj, date=t(2026, 10, 27, 8, 55, TANA, 2), part=text_part(body2),
              mid=mid_for(cid, 2, "tsaratel.example"), irt=hery_mid, refs=f"{m1} {hery_mid}")
    label(cid, [iv(TSA, TSA_ROLE, start, end, "scheduled", [SOLOFO[1]], [SOLOFO[1]], "hiring_manager")],
          "medium", "positive/thread-propose-then-confirm",
          "French thread: two slots proposed (Mon 2 Nov 09:00 / Wed 4 Nov 15:00), candidate's quoted reply picks Wed, "
          "HR confirms Wed 4 Nov 15:00 EAT, ~1 h, final with the DG (in Cc).")


def case17():
    cid, f = new_case(17, "orvenne-workday-directrice")
    sent = t(2026, 10, 29, 4, 12, LAX, 45); off(sent, -7)
    start = t(2026, 11, 5, 9, 30, PAR); off(start, 1); chk(2026, 11, 5, "jeudi")
    same(start, t(2026, 11, 5, 11, 30, TANA))
    end = t(2026, 11, 5, 10, 15, PAR)
    paras = [
        "<p>Bonjour Hery,</p>",
        "<p>Votre entretien pour le poste <b>Consultant Ingénieur Réseaux Télécom (H/F)</b> (R-2026-0418) a été planifié.</p>",
        "<table cellpadding=\"4\" style=\"border-collapse:collapse\">"
        "<tr><td><b>Date</b></td><td>jeudi 5 novembre 2026</td></tr>"
        "<tr><td><b>Heure</b></td><td>09:30 - 10:15 (heure de Paris, CET)</td></tr>"
        "<tr><td><b>Format</b></td><td>Microsoft Teams - le lien vous sera communiqué la veille</td></tr>"
        "<tr><td><b>Intervenante</b></td><td>Hélène Vasseur, Directrice du pôle Télécom</td></tr></table>",
        "<p>Pour toute question concernant cet entretien, contactez Camille Dufresne "
        "(camille.dufresne@orvenne.example).</p>",
        "<p>Vous pouvez consulter vos candidatures à tout moment depuis votre espace candidat.</p>",
        "<p>Cordialement,<br>L'équipe Recrutement Orvenne Ingénierie</p>",
        '<p style="font-size:11px;color:#777">Ceci est un message automatique envoyé par Workday. Merci de ne pas y répondre.</p>',
    ]
    write_eml(f, "01-workday-entretien-planifie.eml", frm=A("Orvenne Ingénierie", "orvenne@myworkday.com"), to=HERY_A,
              subject="Entretien planifié : Consultant Ingénieur Réseaux Télécom (H/F) - R-2026-0418", date=sent,
              part=leaf('text/html; charset="UTF-8"', html_doc(paras), "quoted-printable"),
              mid=f"<{hnum('wd', cid, digits=13)}.{h('wd', cid, n=12)}.JavaMail.wdprod@wd5-prod-mail.myworkday.com>",
              relay=("mta-out-2.myworkday.com", "198.51.100.77"))
    label(cid, [iv(ORV, ORV_ROLE, start, end, "scheduled", [], [CAMILLE[1]], "hiring_manager")],
          "medium", "positive/workday-body-only",
          "Workday mail with a US Date header (-0700, PDT) but the time is 'heure de Paris, CET' on Thu 5 Nov "
          "(+01:00, after the 25 Oct change) = 11:30 Madagascar. Interviewer has no address; follow-up to the recruiter.")


def case18():
    cid, f = new_case(18, "dodoridge-final-floating-ics")
    start = t(2026, 11, 6, 15, 0, MRU); chk(2026, 11, 6, "Friday"); end = t(2026, 11, 6, 15, 45, MRU)
    same(start, t(2026, 11, 6, 14, 0, TANA))
    stamp = t(2026, 11, 2, 9, 3, MRU, 12)
    zid = hnum("zoom", cid, digits=11)
    ics = plain_ics(prodid="-//Dodo Ridge Software//Interview Scheduler 2.3//EN", uid=h("final", cid, n=30),
                    seq=0, start=start, end=end, tzid=None, floating=True, organizer=NIRVAN,
                    attendees=[(NIRVAN[0], NIRVAN[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                    summary="Final conversation - Hery Rakotomalala / Nirvan Seeruttun (MD)",
                    description=("Final interview for the Network Reliability Engineer role with Nirvan Seeruttun, "
                                 "Managing Director of Dodo Ridge Software.\n"
                                 "Time: 15:00-15:45 Mauritius time (14:00-14:45 in Antananarivo).\n"
                                 f"Zoom: https://dodoridge.zoom.us/j/{zid}"),
                    location=f"https://dodoridge.zoom.us/j/{zid}", stamp=stamp)
    (f / "01-final-conversation-md.ics").write_bytes(ics.encode("utf-8"))
    label(cid, [iv(DODO, DODO_ROLE, start, end, "scheduled", [NIRVAN[1]], [NIRVAN[1]], "hiring_manager")],
          "hard", "positive/standalone-ics-floating",
          "Standalone .ics with floating DTSTART 15:00 (no TZID); the description says Mauritius time (UTC+4), "
          "i.e. 14:00 in Antananarivo. Final with the managing director.")


def case19():
    cid, f = new_case(19, "vatolampy-onsite-toamasina")
    s1 = t(2026, 11, 3, 10, 5, TANA, 40); chk(2026, 11, 3, "Talata")
    chk(2026, 11, 10, "Talata")
    slots = [(t(2026, 11, 10, 8, 30, TANA), t(2026, 11, 10, 9, 30, TANA), TOJO,
              "Resadresaka ara-teknika 1/3 : tambajotra radio sy fibre an'ny toby"),
             (t(2026, 11, 10, 9, 45, TANA), t(2026, 11, 10, 10, 45, TANA), FANJA,
              "Resadresaka 2/3 : fiarovana sy fitantanana ny tambajotra IT"),
             (t(2026, 11, 10, 11, 0, TANA), t(2026, 11, 10, 12, 0, TANA), PATRICK,
              "Resadresaka 3/3 : Talen'ny asa (Directeur des opérations)")]
    body = D("""
    Andriamatoa Hery,

    Araka ny efa nifanarahantsika an-telefaonina omaly, ho tonga eto Toamasina ianao ny Talata 10 Novambra
    2026 hanatrika ny dingana farany amin'ny fandraisana mpiasa (journée d'entretiens sur site). Ity ny
    fandaharam-potoana:

    - 8 ora sy sasany - 9 ora sy sasany: resadresaka ara-teknika miaraka amin'Andriamatoa Tojo Rabemananjara
      (tambajotra radio, LTE tsy miankina ary fibre an'ny toby)
    - 9 ora sy 45 - 10 ora sy 45: resadresaka miaraka amin-dRamatoa Fanja Ramanantsoa, Tompon'andraikitra
      amin'ny fotodrafitrasa IT sy ny fiarovana
    - 11 ora - 12 ora: resadresaka miaraka amin'ny Talen'ny asa, Andriamatoa Patrick Rakotovao

    Aorian'izay dia hisakafo atoandro miaraka amin'ny ekipa ianao, ary hitondra anao any amin'ny
    seranam-piaramanidina ny fiaran'ny orinasa ho an'ny sidina miverina any Antananarivo amin'ny 4 ora
    tolakandro. Zakain'ny orinasa ny tapakila fiaramanidina sy ny saran-dalana rehetra.

    Tongava eo amin'ny vavahady lehibe amin'ny 8 ora maraina, mitondra karapanondro sy kiraro fiarovana raha
    misy. Handefasako fanasana telo mitokana ao amin'ny Google Agenda ireo resadresaka ireo.

    Misaotra,
    Nirina Rasoanaivo
    Mpiandraikitra ny Olombelona - Toby Toamasina, Vatolampy Mining SA
    """)
    write_eml(f, "01-nirina-fandaharam-potoana.eml", frm=A(*NIRINA), to=HERY_A,
              cc=", ".join(A(*p) for p in (TOJO, FANJA, PATRICK)),
              subject="Fandaharam-potoana - Andro resadresaka eto Toamasina, Talata 10 Novambra 2026",
              date=s1, part=text_part(body), mid=mid_for(cid, 1, "vatolampy-mining.example"))
    for i, (a, b, who, summ) in enumerate(slots, start=2):
        when = f"mardi 10 nov. 2026 · {a:%H:%M} – {b:%H:%M} (heure normale d’Afrique de l’Est)"
        desc = (f"Andro resadresaka eto Toamasina - Hery Rakotomalala ({VAT_ROLE}).\n"
                f"Mpanao resadresaka : {who[0]}.\n"
                "Fihaonana eo amin'ny vavahady lehibe, Vatolampy Mining SA, Toamasina.")
        google_invite(f, f"{i:02d}-invitation-resadresaka-{i - 1}.eml", key=f"{cid}-{i}", org_name=NIRINA[0],
                      org=NIRINA[1],
                      subject=f"Invitation: {summ} @ mar. 10 nov. 2026 {a:%H:%M} - {b:%H:%M} (EAT) ({OWNER})",
                      date=s1 + dt.timedelta(minutes=5 + i, seconds=17 * i), text_intro="", start=a, end=b,
                      when_fr=when, attendees=[(NIRINA[0], NIRINA[1], "ACCEPTED"), (who[0], who[1], "ACCEPTED"),
                                               (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                      summary=summ, description=desc,
                      location="Vatolampy Mining SA - Toby Toamasina, efitrano fivoriana Ivoloina")
    ivs = [TOJO[1], FANJA[1], PATRICK[1]]
    label(cid, [iv(VAT, VAT_ROLE, slots[0][0], slots[-1][1], "scheduled", ivs, ivs, "onsite")],
          "hard", "positive/onsite-loop-several-invites",
          "Malagasy programme mail + three Google invites (UTC times) for back-to-back sessions on Tue 10 Nov in "
          "Toamasina -> one onsite 08:30-12:00 EAT; lunch and the return flight are not sessions; coordinator "
          "is on every invite but does not interview.")


def case20():
    cid, f = new_case(20, "tsaratel-tolotra-asa")
    sent = t(2026, 11, 9, 9, 12, TANA, 26); chk(2026, 11, 9, "Alatsinainy")
    start = t(2026, 11, 12, 10, 0, TANA); chk(2026, 11, 12, "Alakamisy"); end = t(2026, 11, 12, 11, 0, TANA)
    body = D("""
    Arahaba Andriamatoa Hery,

    Faly izahay mampahafantatra anao fa voafidy ho Injeniera Tambajotra IP/MPLS eto amin'ny Tsaratel
    Madagasikara ianao, taorian'ny resadresakao tamin'ny Tale Jeneraly.

    Manasa anao hiresaka momba ny tolotra asa (karama, tombontsoa, daty hanombohana ary ny fepetra ao amin'ny
    fifanarahana) izahay, ny Alakamisy 12 Novambra 2026 amin'ny 10 ora maraina, eto amin'ny biraon'ny
    Sampan-draharahan'ny Olombelona (rihana faha-5).

    Nous aurons le plaisir de vous présenter la proposition d'embauche et le projet de contrat lors de ce
    rendez-vous ; une invitation d'agenda suit ce message.

    Mialy Razafimahatratra
    Lefitry ny Talen'ny Olombelona - Tsaratel Madagasikara
    """)
    m1 = write_eml(f, "01-mialy-tolotra-asa.eml", frm=A(*MIALY), to=HERY_A, cc=A(*VOAHANGY),
                   subject="Tolotra asa / Proposition d'embauche - Injeniera Tambajotra IP/MPLS", date=sent,
                   part=multi("alternative", [text_part(body), html_part(body, cte="base64")], cid, style="outlook"),
                   mid=mid_for(cid, 1, "tsaratel.example"))
    google_invite(f, "02-invitation-tolotra-asa.eml", key=cid + "inv", org_name=MIALY[0], org=MIALY[1],
                  subject=f"Invitation: Fihaonana - Tolotra asa / Présentation de la proposition d'embauche @ jeu. 12 nov. 2026 10:00 - 11:00 (EAT) ({OWNER})",
                  date=sent + dt.timedelta(minutes=4), text_intro="", start=start, end=end,
                  when_fr="jeudi 12 nov. 2026 · 10:00 – 11:00 (heure normale d’Afrique de l’Est)",
                  attendees=[(MIALY[0], MIALY[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                  summary="Fihaonana - Tolotra asa / Présentation de la proposition d'embauche",
                  description="Fanazavana ny tolotra asa sy ny fifanarahana (karama, tombontsoa, daty hanombohana).",
                  location="Tsaratel Ankorondrano - Sampan-draharahan'ny Olombelona, rihana faha-5")
    label(cid, [], "hard", "negative/offer-discussion",
          "Offer presentation meeting (mail + Google invite, Thu 12 Nov 10:00) after the hiring decision -> offer, "
          "not an interview.")


def case21():
    cid, f = new_case(21, "dodoridge-rejection")
    sent = t(2026, 11, 12, 9, 30, UTC, 5)
    text = D("""
    Hi Hery,

    Thank you for the time you invested in our process for the Network Reliability Engineer role, and for
    the great conversations with Kevin, Jean-Marc and, last Friday, with Nirvan.

    After a lot of discussion, we have decided to move forward with another candidate whose experience with
    our cloud edge stack is a closer match for what the team needs right now. This was a difficult decision.

    We'd genuinely like to stay in touch, and I'll reach out if a role opens up on our Port Louis network team.

    All the best,
    Anjali Ramdin
    Talent Partner | Dodo Ridge Software
    """)
    write_eml(f, "01-update-on-your-application.eml", frm="Anjali Ramdin <no-reply@us.greenhouse-mail.io>",
              reply_to=A(*ANJALI), to=HERY_A,
              subject="Update on your application - Network Reliability Engineer at Dodo Ridge Software", date=sent,
              part=multi("alternative", [text_part(text), html_part(text)], cid, style="java"),
              mid=f"<{h('gh', cid, 1, n=22)}@ismtpd0025p1mdw1.sendgrid.net>", relay=GH_RELAY,
              return_path=f"bounces+{hnum('bn', cid, digits=7)}@us.greenhouse-mail.io")
    label(cid, [], "easy", "negative/rejection",
          "Greenhouse rejection after the final round; mentions past interviews only.")


def case22():
    cid, f = new_case(22, "orvenne-disponibilites-associe")
    sent = t(2026, 11, 9, 15, 20, PAR, 14); off(sent, 1)
    chk(2026, 11, 16, "lundi"); chk(2026, 11, 17, "mardi"); chk(2026, 11, 19, "jeudi")
    body = D("""
    Bonjour Hery,

    Hélène a eu un très bon ressenti après votre échange de jeudi dernier. La dernière étape est un entretien
    avec Bertrand Lemaire, associé en charge du secteur Télécom & Médias.

    Pourriez-vous m'indiquer vos disponibilités parmi les créneaux suivants (heure de Paris) ?
    - lundi 16 novembre, 10h-11h
    - mardi 17 novembre, 14h-15h
    - jeudi 19 novembre, 9h-10h

    Vous pouvez aussi réserver directement un créneau ici : https://calendly.com/orvenne-recrutement/entretien-associe
    Je vous enverrai l'invitation Teams dès que le créneau sera choisi.

    Bien à vous,
    Camille Dufresne
    Chargée de recrutement - Orvenne Ingénierie
    """)
    write_eml(f, "01-camille-disponibilites-associe.eml", frm=A(*CAMILLE), to=HERY_A,
              subject="Orvenne Ingénierie - dernière étape : vos disponibilités", date=sent,
              part=multi("alternative", [text_part(body), html_part(body)], cid, style="outlook"),
              mid=mid_for(cid, 1, None, "outlook"))
    label(cid, [], "hard", "negative/availability-request",
          "Three candidate slots with a partner plus a Calendly link; nothing booked yet -> no interview.")


# ================================================================ output
README_TZ = [
    ("02", "Greenhouse .ics in Indian/Mauritius (UTC+4): 11:00 MUT = 10:00 Antananarivo; Date header in UTC."),
    ("03", "'vendredi 9 octobre à 11h (heure de Paris)' = CEST +02:00 = 12:00 Madagascar (1 h gap before 25 Oct)."),
    ("06, 09", "Exchange invites with Windows TZID 'E. Africa Standard Time' and '(UTC+03:00) Nairobi' labels."),
    ("10", "Reschedule across the EU change on Sun 25 Oct 2026: Thu 22 Oct 14:00 Paris (+02:00, 15:00 EAT) -> "
           "Tue 27 Oct 10:00 Paris (+01:00, 12:00 EAT); 'Romance Standard Time' VTIMEZONE, SEQUENCE 0 -> 1. Outlook's "
           "'(UTC+01:00) Bruxelles, ...' label is shown even for the 22 Oct slot, which is really +02:00."),
    ("11", "Two Greenhouse .ics in Indian/Mauritius: 26 Oct 14:00 and 29 Oct 10:00 MUT (13:00 / 09:00 EAT)."),
    ("14", "Scam mail with an Asia/Dubai (+0400) Date header; 'demain à 10h (heure de Madagascar)'."),
    ("17", "Workday mail sent with a US Date header on 29 Oct (-0700, PDT, before the US 1 Nov change); "
           "interview Thu 5 Nov 09:30 'heure de Paris, CET' (+01:00) = 11:30 EAT."),
    ("18", "Standalone .ics with floating 15:00 (no TZID); description says Mauritius time -> +04:00 (14:00 EAT)."),
    ("19, 20, 07", "Google invites carry UTC times (05:30Z = 08:30 EAT)."),
    ("22", "Unbooked slots in 'heure de Paris' on 16-19 Nov (CET, +01:00)."),
]


def write_readme():
    pos = [c for c in CASES if LABELS[c]["interview"]]
    neg = [c for c in CASES if not LABELS[c]["interview"]]
    allv = [i for c in CASES for i in LABELS[c]["interviews"]]
    by_status, by_kind = {}, {}
    for i in allv:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    lines = [
        "# blind324: Antananarivo telecom engineer, Malagasy/French/English hiring mail (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, telecom network engineer in Antananarivo "
        "(Indian/Antananarivo, UTC+3, no DST).",
        "",
        "This set was written blind: only the eval README, the dev labels file and two dev items were read to check "
        "formats; no tool code, tests or other sets were consulted.",
        "",
        "## What it stresses",
        "- Malagasy HR wording ('fanadinana am-bava', 'resadresaka', 'rahampitso amin'ny 2 ora tolakandro', "
        "'Alakamisy 15 Oktobra 2026', 'foanana') next to French HR mail ('entretien', 'heure de Paris', 'reporté', "
        "'annulé') and English ATS templates.",
        "- Companies: Tsaratel Madagasikara (operator), Vatolampy Mining (Toamasina), Feonaka BPO (call centre), "
        "Dodo Ridge Software (Mauritius, UTC+4), Orvenne Ingénierie (Paris).",
        "- Three time zones against the owner's UTC+3, the EU DST change on 25 Oct 2026 and a US-hosted ATS Date header.",
        "- Hard negatives close to interviews: a proctored written technical test, a ministry convocation with a "
        "'bref entretien de vérification', a bank 'entretien avec votre conseiller', a training session with a quiz, "
        "an offer presentation meeting, unbooked slots, a WhatsApp scam, a newsletter, a rejection.",
        "",
        "## Counts",
        f"- Cases: {len(CASES)} ({len(pos)} positive, {len(neg)} negative)",
        f"- Labelled interviews: {len(allv)} (" + ", ".join(f"{k}: {v}" for k, v in sorted(by_status.items())) + ")",
        "- By kind: " + ", ".join(f"{k}: {v}" for k, v in sorted(by_kind.items())),
        "",
        "## Formats",
        "- Plain human mail (text/plain quoted-printable; HTML-only base64; multipart/alternative), threads with "
        "In-Reply-To/References and quoted replies.",
        "- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST, invite.ics).",
        "- Exchange/Teams invites (multipart/alternative, Windows TZIDs, X-MICROSOFT-CDO-*, '(UTC+03:00) Nairobi' and "
        "'(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' labels), one update with a higher SEQUENCE.",
        "- ATS mails: Greenhouse (greenhouse-mail.io) with .ics attachments, Workday (myworkday.com) HTML; a bank "
        "mail with an .ics attachment.",
        "- Standalone .ics (case 18) and Calendar API events (`.gcal.json`, cases 04 and 08, incl. a deleted event).",
        "",
        "## Time-zone / DST points",
    ]
    lines += [f"- Case {n}: {txt}" for n, txt in README_TZ]
    lines += ["", "## Cases", ""]
    for c in CASES:
        L = LABELS[c]
        tag = "POS" if L["interview"] else "neg"
        lines.append(f"- `{c}` ({tag}, {L['difficulty']}): {L['notes']}")
    (OUT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    global_tz_checks()
    for p in sorted(OUT.glob("b324-*")):
        if p.is_dir():
            shutil.rmtree(p)
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22):
        fn()
    head = "# Labels for blind324 (written blind). Schema: /work/shared/eval/README.md\n"
    body = yaml.safe_dump(LABELS, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    (OUT / "labels.yaml").write_text(head + body, encoding="utf-8")
    write_readme()
    npos = sum(1 for c in CASES if LABELS[c]["interview"])
    print(f"wrote {len(CASES)} cases ({npos} positive) to {OUT}")


if __name__ == "__main__":
    main()
