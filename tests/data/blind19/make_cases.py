#!/usr/bin/env python3
"""Deterministic generator for the blind19 (LIFECYCLE) evaluation set.

Rewrites every b19-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All names invented; all domains .example / example.com.
"""
import base64
import hashlib
import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
UTC = timezone.utc
CASES = {}
LABELS = {}


def T(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(d):
    return d.isoformat() if d is not None else None


def hid(*parts, n=24):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def msgid(case, name, domain):
    return f"<{hid(case, name, n=20)}@{domain}>"


# ---------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b" " + cb, 75
        else:
            cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n".join(out)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def u(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def lo(d):
    return d.strftime("%Y%m%dT%H%M%S")


def _off(td):
    s = int(td.total_seconds())
    sign = "+" if s >= 0 else "-"
    s = abs(s)
    return f"{sign}{s // 3600:02d}{(s % 3600) // 60:02d}"


# DST rules (RRULE text) per IANA zone; offsets themselves come from zoneinfo
RULES = {
    "Europe/Berlin": ("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "030000", "020000"),
    "Europe/Paris": ("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "030000", "020000"),
    "America/New_York": ("FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "020000", "020000"),
    "America/Los_Angeles": ("FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "020000", "020000"),
    "America/Denver": ("FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "020000", "020000"),
    "Australia/Sydney": ("FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "030000", "020000"),
}


def vtimezone(iana, tzid=None):
    tzid = tzid or iana
    z = ZoneInfo(iana)
    jan = datetime(2026, 1, 15, 12, tzinfo=z)
    jul = datetime(2026, 7, 15, 12, tzinfo=z)
    if iana not in RULES:
        off = _off(jan.utcoffset())
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T000000",
                f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", f"TZNAME:{jan.tzname()}", "END:STANDARD",
                "END:VTIMEZONE"]
    std, dst = (jan, jul) if jan.dst() == timedelta(0) else (jul, jan)
    srule, drule, stime, dtime = RULES[iana]
    so, do = _off(std.utcoffset()), _off(dst.utcoffset())
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", f"DTSTART:16010101T{stime}", f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}",
            f"RRULE:{srule}", f"TZNAME:{std.tzname()}", "END:STANDARD",
            "BEGIN:DAYLIGHT", f"DTSTART:16010101T{dtime}", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}",
            f"RRULE:{drule}", f"TZNAME:{dst.tzname()}", "END:DAYLIGHT",
            "END:VTIMEZONE"]


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT"):
    return f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}"


# ---------------------------------------------------------------- e-mail helpers
def base_msg(case, name, frm, to, subject, sent, delivered, domain, reply_to=None, cc=None,
             in_reply_to=None, refs=None, extra=None):
    m = EmailMessage(policy=POLICY)
    m["Delivered-To"] = delivered
    m["Return-Path"] = "<" + (frm.split("<")[-1].rstrip(">") if "<" in frm else frm) + ">"
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(sent)
    m["Message-ID"] = msgid(case, name, domain)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = refs or in_reply_to
    for k, v in (extra or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    return m


def html_of(text):
    import html as _h
    paras = "".join(f"<p>{_h.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
    return f'<html><head><meta charset="utf-8"></head><body><div style="font-family:Arial,sans-serif">{paras}</div></body></html>'


def plain(case, name, frm, to, subject, sent, delivered, domain, text, cte="quoted-printable", html=None, **kw):
    m = base_msg(case, name, frm, to, subject, sent, delivered, domain, **kw)
    m.set_content(text, cte=cte)
    if html:
        m.add_alternative(html, subtype="html", cte="quoted-printable")
    return m


def html_only(case, name, frm, to, subject, sent, delivered, domain, html, cte="quoted-printable", **kw):
    m = base_msg(case, name, frm, to, subject, sent, delivered, domain, **kw)
    m.set_content(html, subtype="html", cte=cte)
    return m


def add_ics_attachment(m, ics_text, filename="invite.ics", method=None):
    params = {"method": method} if method else {}
    m.add_attachment(ics_text.encode("utf-8"), maintype="text" if method else "application",
                     subtype="calendar" if method else "ics", filename=filename, params=params)


def gtime(d):
    h = d.hour % 12 or 12
    return f"{h}{':%02d' % d.minute if d.minute else ''}{'am' if d.hour < 12 else 'pm'}"


GNAME = {"Europe/London": "United Kingdom Time - London", "America/Los_Angeles": "Pacific Time - Los Angeles",
         "Asia/Kolkata": "India Standard Time - Kolkata", "America/Chicago": "Central Time - Chicago",
         "America/New_York": "Eastern Time - New York", "Europe/Berlin": "Central European Time - Berlin"}


def google_invite(case, name, owner, owner_tz, org, guests, summary, start, end, uid, seq, sent,
                  kind="new", description="", meet="abc-defg-hij", note=None, tz_event=None):
    """Google Calendar invitation e-mail. org=(name,email); guests=[(name,email)] (excluding owner)."""
    ls, le = start.astimezone(ZoneInfo(owner_tz)), end.astimezone(ZoneInfo(owner_tz))
    when_subj = f"{ls.strftime('%a %b')} {ls.day}, {ls.year} {gtime(ls)} - {gtime(le)} ({ls.tzname()})"
    when_body = f"{ls.strftime('%A %b')} {ls.day}, {ls.year} \u22c5 {gtime(ls)} \u2013 {gtime(le)}"
    prefix = {"new": "Invitation", "updated": "Updated invitation", "cancel": "Canceled event"}[kind]
    if kind == "cancel" and note:
        prefix = "Canceled event with note"
    subject = f"{prefix}: {summary} @ {when_subj} ({owner})"
    lines = []
    if kind == "updated":
        lines += ["This event has been updated", "Changed: time", ""]
    if kind == "cancel":
        lines += ["This event has been canceled and removed from your calendar.", ""]
        if note:
            lines += [note, ""]
    lines += [summary, when_body, GNAME.get(owner_tz, owner_tz), ""]
    if kind != "cancel":
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet}", ""]
    lines += ["Organizer", org[0], org[1], "", "Guests", f"{org[0]} - organizer", org[1]]
    for g in guests:
        lines += [g[0], g[1]]
    lines += [owner, ""]
    if description and kind != "cancel":
        lines += [description, ""]
    lines += ["~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event."]
    text = "\n".join(lines)
    method = "CANCEL" if kind == "cancel" else "REQUEST"
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
           f"DTSTART:{u(start)}", f"DTEND:{u(end)}", f"DTSTAMP:{u(sent)}",
           f"ORGANIZER;CN={org[0]}:mailto:{org[1]}", f"UID:{uid}",
           attendee(org[0], org[1], "ACCEPTED")]
    cal += [attendee(g[0], g[1]) for g in guests]
    cal += [attendee(owner, owner, "DECLINED" if kind == "cancel" else "NEEDS-ACTION")]
    if kind != "cancel":
        cal += [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}"]
    cal += [f"CREATED:{u(sent - timedelta(days=0))}",
            f"DESCRIPTION:{esc(description)}", f"LAST-MODIFIED:{u(sent)}", "LOCATION:",
            f"SEQUENCE:{seq}", f"STATUS:{'CANCELLED' if kind == 'cancel' else 'CONFIRMED'}",
            f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal_text = ics(cal)
    m = base_msg(case, name, f"{org[0]} <{org[1]}>", owner, subject, sent.astimezone(UTC), owner, "google.com",
                 reply_to=f"{org[0]} <{org[1]}>",
                 extra={"Sender": "Google Calendar <calendar-notification@google.com>"})
    m.set_content(text, cte="base64")
    m.add_alternative(html_of(text), subtype="html", cte="quoted-printable")
    m.add_alternative(cal_text.encode("utf-8"), maintype="text", subtype="calendar", cte="7bit" if False else "base64",
                      params={"method": method, "charset": "UTF-8"})
    m.add_attachment(cal_text.encode("utf-8"), maintype="application", subtype="ics",
                     filename="invite.ics" if kind != "cancel" else "invite.ics")
    return m


WIN = {"W. Europe Standard Time": "Europe/Berlin", "Romance Standard Time": "Europe/Paris",
       "Eastern Standard Time": "America/New_York", "Pacific Standard Time": "America/Los_Angeles"}


def outlook_invite(case, name, owner, org, attendees, subject, body_text, start, end, uid, seq, sent, wintz,
                   method="REQUEST", location="Microsoft Teams Meeting", lang="en-US", when_line=None):
    iana = WIN[wintz]
    cal = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    cal += vtimezone(iana, wintz)
    cal += ["BEGIN:VEVENT", f"ORGANIZER;CN={org[0]}:mailto:{org[1]}"]
    cal += [f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={a[0]}:mailto:{a[1]}" for a in attendees]
    cal += [f"DESCRIPTION;LANGUAGE={lang}:{esc(body_text)}", f"UID:{uid}",
            f"SUMMARY;LANGUAGE={lang}:{esc(subject)}",
            f"DTSTART;TZID={wintz}:{lo(start.astimezone(ZoneInfo(iana)))}",
            f"DTEND;TZID={wintz}:{lo(end.astimezone(ZoneInfo(iana)))}",
            "CLASS:PUBLIC", "PRIORITY:5" if method == "REQUEST" else "PRIORITY:1", f"DTSTAMP:{u(sent)}",
            "TRANSP:OPAQUE" if method == "REQUEST" else "TRANSP:TRANSPARENT",
            f"STATUS:{'CONFIRMED' if method == 'REQUEST' else 'CANCELLED'}", f"SEQUENCE:{seq}",
            f"LOCATION;LANGUAGE={lang}:{esc(location)}",
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
            f"X-MICROSOFT-CDO-BUSYSTATUS:{'TENTATIVE' if method == 'REQUEST' else 'FREE'}",
            "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
            "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "END:VEVENT", "END:VCALENDAR"]
    cal_text = ics(cal)
    to = ", ".join(f"{a[0]} <{a[1]}>" for a in attendees)
    m = base_msg(case, name, f"{org[0]} <{org[1]}>", to, subject, sent, owner,
                 "prod.outlook.example",
                 extra={"Thread-Topic": subject.split(": ", 1)[-1], "Accept-Language": lang,
                        "X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": ""})
    m.set_content(body_text, cte="quoted-printable")
    m.add_alternative(html_of(body_text), subtype="html", cte="quoted-printable")
    m.add_alternative(cal_text.encode("utf-8"), maintype="text", subtype="calendar", cte="base64",
                      params={"method": method, "charset": "UTF-8"})
    m["Content-Language"] = lang
    m["Content-class"] = "urn:content-classes:calendarmessage"
    return m


def gcal_event(eid, summary, start, end, tz, organizer, attendees, self_email, status="confirmed",
               description=None, created=None, updated=None, seq=0, extra=None):
    ev = {"kind": "calendar#event", "etag": f"\"{int(hid(eid, seq, n=12), 16)}\"", "id": eid,
          "status": status,
          "htmlLink": f"https://www.google.com/calendar/event?eid={base64.b64encode(eid.encode()).decode().rstrip('=')}",
          "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "summary": summary}
    if description:
        ev["description"] = description
    ev["creator"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["start"] = {"dateTime": start.astimezone(ZoneInfo(tz)).isoformat(), "timeZone": tz}
    ev["end"] = {"dateTime": end.astimezone(ZoneInfo(tz)).isoformat(), "timeZone": tz}
    ev["iCalUID"] = f"{eid}@google.com"
    ev["sequence"] = seq
    att = [{"email": organizer[1], "displayName": organizer[0], "organizer": True, "responseStatus": "accepted"}]
    att += [{"email": a[1], "displayName": a[0], "responseStatus": "needsAction"} for a in attendees]
    att += [{"email": self_email, "self": True, "responseStatus": "accepted"}]
    ev["attendees"] = att
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    if extra:
        ev.update(extra)
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


def case(cid, items, label):
    CASES[cid] = items
    LABELS[cid] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


def lab(user, interviews, difficulty, category, notes):
    return {"user": user, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


# ==================================================================================== CASES
# ---- case definitions (executed inside make_cases.py) ----

# ------------------------------------------------------------------ 01: Google updates out of order
def c01():
    cid = "b19-01-google-updates-arrive-out-of-order"
    owner, otz = "noor.haddad@mail.example", "Europe/London"
    org = ("Mara Ekholm", "mara.ekholm@feldkamp-mobility.example")
    jonas = ("Jonas Reuter", "jonas.reuter@feldkamp-mobility.example")
    uid = "7k2m9qv4r1c8tx0ph3wz5ls6bd@google.com"
    summ = "Feldkamp Mobility - Technical Interview (Noor Haddad) - Senior Android Engineer"
    desc = ("Technical interview for the Senior Android Engineer role (Mobility Apps team).\n"
            "Interviewer: Jonas Reuter, Engineering Manager. Expect 45 min of Kotlin/architecture "
            "discussion and 15 min for your questions.\n\nRecruiting contact: Mara Ekholm")
    s0, e0 = T(2026, 5, 7, 14, 0, "Europe/Berlin"), T(2026, 5, 7, 15, 0, "Europe/Berlin")
    s1, e1 = T(2026, 5, 7, 16, 0, "Europe/Berlin"), T(2026, 5, 7, 17, 0, "Europe/Berlin")
    s2, e2 = T(2026, 5, 8, 10, 30, "Europe/Berlin"), T(2026, 5, 8, 11, 30, "Europe/Berlin")
    m0 = google_invite(cid, "0", owner, otz, org, [jonas], summ, s0, e0, uid, 0,
                       T(2026, 5, 4, 9, 12, "Europe/Berlin"), "new", desc, "fkm-rqxa-tzo")
    m1 = google_invite(cid, "1", owner, otz, org, [jonas], summ, s1, e1, uid, 1,
                       T(2026, 5, 4, 17, 40, "Europe/Berlin"), "updated", desc, "fkm-rqxa-tzo")
    m2 = google_invite(cid, "2", owner, otz, org, [jonas], summ, s2, e2, uid, 2,
                       T(2026, 5, 5, 8, 55, "Europe/Berlin"), "updated", desc, "fkm-rqxa-tzo")
    items = [("01-updated-invitation-fri.eml", m2), ("02-invitation-thu-2pm.eml", m0),
             ("03-updated-invitation-thu-4pm.eml", m1)]
    case(cid, items, lab(owner, [iv("Feldkamp Mobility", "Senior Android Engineer", s2, e2, "scheduled",
                                    [jonas[1]], [jonas[1]], "technical")], "hard", "positive/reschedule-sequence",
                         "Three Google invites for one UID; file order is SEQUENCE 2, 0, 1 (late delivery). "
                         "Highest SEQUENCE wins: Fri 8 May 10:30-11:30 Berlin (shown as 9:30am BST to the owner)."))


# ------------------------------------------------------------------ 02: Exchange cancel + rebook as new event (German)
def c02():
    cid = "b19-02-exchange-abgesagt-then-new-invite"
    owner = "lena.vogt@example.com"
    org = ("Sabine Krüger", "s.krueger@brunnhalde.example")
    alb = ("Dr. Henrik Albers", "h.albers@brunnhalde.example")
    me = ("Lena Vogt", owner)
    s0, e0 = T(2026, 3, 12, 14, 0, "Europe/Berlin"), T(2026, 3, 12, 15, 0, "Europe/Berlin")
    s1, e1 = T(2026, 3, 31, 10, 0, "Europe/Berlin"), T(2026, 3, 31, 11, 0, "Europe/Berlin")
    sig = ("Mit freundlichen Grüßen\nSabine Krüger\nPersonalreferentin Recruiting\n"
           "Brunnhalde Versicherung AG | Am Lindenring 14 | 50667 Köln\nTel. +49 221 5550 3187")
    body0 = ("Wann: Donnerstag, 12. März 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.\n"
             "Wo: Microsoft Teams-Besprechung\n\n*~*~*~*~*~*~*~*~*~*\n\n"
             "Liebe Frau Vogt,\n\nwie telefonisch besprochen lade ich Sie hiermit zum Gespräch mit "
             "Herrn Dr. Albers (Leiter Data & Analytics) für die Position Data Scientist (m/w/d) ein. "
             "Das Gespräch beginnt um 14:00 Uhr und dauert ca. 60 Minuten.\n\n" + sig +
             "\n\n________________________________________________________________________________\n"
             "Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_BrH1>\n"
             "Besprechungs-ID: 351 902 774 118\nKennung: q7Ls2P")
    uid0 = "040000008200E00074C5B7101A82E0080000000080D1A4C2B9A9DC01000000000000000010000000B19A0201"
    m0 = outlook_invite(cid, "0", owner, org, [me, alb], "Gespräch Data Scientist (m/w/d) - Lena Vogt", body0,
                        s0, e0, uid0, 0, T(2026, 3, 2, 10, 21, "Europe/Berlin"), "W. Europe Standard Time",
                        lang="de-DE")
    body1 = ("Liebe Frau Vogt,\n\nleider muss ich unseren Termin am Donnerstag absagen - Herr Dr. Albers ist "
             "kurzfristig verhindert. Es tut mir sehr leid! Ich melde mich in den nächsten Tagen mit einem "
             "neuen Terminvorschlag.\n\n" + sig)
    m1 = outlook_invite(cid, "1", owner, org, [me, alb], "Abgesagt: Gespräch Data Scientist (m/w/d) - Lena Vogt",
                        body1, s0, e0, uid0, 1, T(2026, 3, 10, 16, 2, "Europe/Berlin"), "W. Europe Standard Time",
                        method="CANCEL", lang="de-DE")
    body2 = ("Wann: Dienstag, 31. März 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.\n"
             "Wo: Microsoft Teams-Besprechung\n\n*~*~*~*~*~*~*~*~*~*\n\n"
             "Liebe Frau Vogt,\n\nwie heute am Telefon vereinbart, hier der neue Termin mit Herrn Dr. Albers: "
             "Dienstag, 31.03., 10:00 Uhr (bitte beachten: ab dem 29.03. gilt die Sommerzeit). "
             "Ich freue mich, dass es so schnell geklappt hat.\n\n" + sig +
             "\n\n________________________________________________________________________________\n"
             "Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_Qx88>\n"
             "Besprechungs-ID: 318 440 207 963\nKennung: 9hVn4e")
    uid1 = "040000008200E00074C5B7101A82E00800000000C0F3E8E0E4B3DC01000000000000000010000000B19A0202"
    m2 = outlook_invite(cid, "2", owner, org, [me, alb], "Gespräch Data Scientist (m/w/d) - Lena Vogt (neuer Termin)",
                        body2, s1, e1, uid1, 0, T(2026, 3, 16, 11, 48, "Europe/Berlin"), "W. Europe Standard Time",
                        lang="de-DE")
    items = [("01-einladung-gespraech.eml", m0), ("02-abgesagt-gespraech.eml", m1), ("03-neuer-termin.eml", m2)]
    ivs = [iv("Brunnhalde Versicherung", "Data Scientist", s0, e0, "cancelled", [alb[1]], [alb[1]], "hiring_manager"),
           iv("Brunnhalde Versicherung", "Data Scientist", s1, e1, "scheduled", [alb[1]], [alb[1]], "hiring_manager")]
    case(cid, items, lab(owner, ivs, "hard", "positive/cancel-and-rebook",
                         "German Exchange invite, METHOD:CANCEL 'Abgesagt', then a NEW event (new UID) on 31 Mar, "
                         "after EU DST start (+02:00) although the body label says UTC+01:00. Two entries."))


# ------------------------------------------------------------------ 03: phone screen cancelled by prose
def c03():
    cid = "b19-03-phone-screen-cancelled-in-prose"
    owner = "dev.okonkwo@mail.example"
    car = "carys.whitfield@tamarackfreight.example"
    s, e = T(2026, 4, 16, 11, 0, "America/Toronto"), T(2026, 4, 16, 11, 30, "America/Toronto")
    sig = ("Carys Whitfield\nTalent Partner | Tamarack Freight\n200 Bay Street, Suite 1410, Toronto ON M5J 2J3\n"
           "o: 416-555-0142 | m: 647-555-0199")
    t1 = ("Hi Dev,\n\nThanks for applying to the Logistics Analyst role. I'd like to set up a 30-minute phone "
          "screen with you to go over your background and the role.\n\nDoes Thursday, April 16 at 11am ET work? "
          "I'll call you at the number on your resume (ending 4471).\n\nBest,\n" + sig)
    id1 = msgid(cid, "1", "tamarackfreight.example")
    m1 = plain(cid, "1", f"Carys Whitfield <{car}>", f"Dev Okonkwo <{owner}>",
               "Tamarack Freight - Logistics Analyst phone screen", T(2026, 4, 13, 9, 4, "America/Toronto"),
               owner, "tamarackfreight.example", t1)
    t2 = ("Hi Carys,\n\nThursday at 11 works great - talk to you then.\n\nDev\n\n"
          "On Mon, Apr 13, 2026 at 9:04 AM Carys Whitfield <" + car + "> wrote:\n" +
          "\n".join("> " + l for l in t1.splitlines()))
    id2 = msgid(cid, "2", "mail.example")
    m2 = plain(cid, "2", f"Dev Okonkwo <{owner}>", f"Carys Whitfield <{car}>",
               "Re: Tamarack Freight - Logistics Analyst phone screen", T(2026, 4, 13, 10, 37, "America/Toronto"),
               owner, "mail.example", t2, in_reply_to=id1)
    t3 = ("Hi Dev,\n\nI'm sorry to do this on short notice, but something came up and we'll have to cancel "
          "Thursday. Leadership has put the Logistics Analyst req on hold for the rest of the quarter, so I "
          "don't want to take up your time until I know it's moving again.\n\nI'll reach out directly if it "
          "reopens - and apologies again.\n\nCarys\n\n" + sig)
    m3 = plain(cid, "3", f"Carys Whitfield <{car}>", f"Dev Okonkwo <{owner}>",
               "Re: Tamarack Freight - Logistics Analyst phone screen", T(2026, 4, 15, 16, 20, "America/Toronto"),
               owner, "tamarackfreight.example", t3, in_reply_to=id2, refs=f"{id1} {id2}")
    items = [("01-carys-phone-screen.eml", m1), ("02-re-confirm.eml", m2), ("03-re-cancel-thursday.eml", m3)]
    case(cid, items, lab(owner, [iv("Tamarack Freight", "Logistics Analyst", s, e, "cancelled", [car], [car],
                                    "phone_screen")], "medium", "positive/cancel-prose",
                         "Recruiter proposes Thu 16 Apr 11am ET (30 min), candidate confirms, recruiter cancels in "
                         "prose ('something came up ... cancel Thursday'), req on hold -> cancelled."))


# ------------------------------------------------------------------ 04: candidate withdrawal after ATS confirmation
def c04():
    cid = "b19-04-ats-confirmation-then-candidate-withdraws"
    owner = "wei.lin.tan@example.com"
    pri = ("Priscilla Ong", "priscilla.ong@merantidata.example")
    ravi = ("Ravi Shankar", "ravi.shankar@merantidata.example")
    s, e = T(2026, 4, 22, 15, 0, "Asia/Singapore"), T(2026, 4, 22, 16, 0, "Asia/Singapore")
    sent = T(2026, 4, 14, 10, 15, "Asia/Singapore")
    cal = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Talentloop//Scheduling 4.2//EN", "METHOD:REQUEST"]
    cal += vtimezone("Asia/Singapore")
    cal += ["BEGIN:VEVENT", "UID:tl-iv-88412-3091@talentloop.example", f"DTSTAMP:{u(sent)}",
            f"DTSTART;TZID=Asia/Singapore:{lo(s)}", f"DTEND;TZID=Asia/Singapore:{lo(e)}",
            "SUMMARY:Interview with Meranti Data - Site Reliability Engineer",
            "DESCRIPTION:" + esc("Technical interview (systems & incident response) with Ravi Shankar, "
                                 "Platform Lead.\nJoin: https://meet.merantidata.example/sre-ravi\n"
                                 "Questions? Contact Priscilla Ong, priscilla.ong@merantidata.example"),
            f"ORGANIZER;CN=Meranti Data Recruiting:mailto:no-reply@talentloop.example",
            attendee(ravi[0], ravi[1]), attendee("Wei Lin Tan", owner),
            "LOCATION:Video call", "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    t1 = ("Hi Wei Lin,\n\nYour interview with Meranti Data has been scheduled.\n\n"
          "Position: Site Reliability Engineer\nInterview: Technical interview\n"
          "Date: Wednesday, 22 April 2026\nTime: 3:00 PM - 4:00 PM (GMT+08:00) Singapore\n"
          "Interviewer: Ravi Shankar, Platform Lead\nLocation: Video call (link in the attached invite)\n\n"
          "If you need to reschedule, simply reply to this email and Priscilla Ong will help.\n\n"
          "Good luck!\nMeranti Data Recruiting\n\n--\nSent via Talentloop. Please do not forward this email.")
    m1 = plain(cid, "1", "Meranti Data Recruiting <no-reply@talentloop.example>", owner,
               "Interview confirmed: Site Reliability Engineer at Meranti Data", sent, owner, "talentloop.example",
               t1, reply_to=f"{pri[0]} <{pri[1]}>")
    add_ics_attachment(m1, ics(cal), "interview.ics")
    t2 = ("Dear Priscilla,\n\nThank you for arranging the interview on Wednesday. After a lot of thought I have "
          "decided to accept another offer, so I'd like to withdraw my application for the Site Reliability "
          "Engineer role. Could you please cancel the interview with Ravi and pass on my thanks?\n\n"
          "It was a pleasure speaking with you and I hope our paths cross again.\n\nKind regards,\nWei Lin Tan\n+65 8555 0193")
    id2 = msgid(cid, "2", "example.com")
    m2 = plain(cid, "2", f"Wei Lin Tan <{owner}>", f"{pri[0]} <{pri[1]}>",
               "Withdrawing my application - Site Reliability Engineer", T(2026, 4, 19, 21, 5, "Asia/Singapore"),
               owner, "example.com", t2)
    t3 = ("Hi Wei Lin,\n\nThanks for letting us know, and congratulations on the new role! I've cancelled "
          "Wednesday's interview and let Ravi know. Your application has been withdrawn on our side.\n\n"
          "All the best,\nPriscilla\n\nPriscilla Ong | Talent Acquisition, Meranti Data Pte. Ltd.\n"
          "8 Kallang Avenue #09-02, Singapore 339509\n\n> " + t2.splitlines()[2][:60] + "...")
    m3 = plain(cid, "3", f"{pri[0]} <{pri[1]}>", f"Wei Lin Tan <{owner}>",
               "RE: Withdrawing my application - Site Reliability Engineer", T(2026, 4, 20, 9, 41, "Asia/Singapore"),
               owner, "merantidata.example", t3, in_reply_to=id2, cte="base64")
    items = [("01-talentloop-interview-confirmed.eml", m1), ("02-withdrawal.eml", m2), ("03-re-withdrawal.eml", m3)]
    case(cid, items, lab(owner, [iv("Meranti Data", "Site Reliability Engineer", s, e, "cancelled", [ravi[1]],
                                    [ravi[1]], "technical")], "medium", "positive/candidate-withdrawal",
                         "ATS confirmation with .ics (Singapore, +08:00); candidate withdraws, coordinator confirms "
                         "cancellation in prose; no CANCEL .ics -> cancelled at the last scheduled time."))


# ------------------------------------------------------------------ 05: moved by prose (push to 3pm)
def c05():
    cid = "b19-05-thread-push-to-3pm-same-day"
    owner = "sam.whitaker@mail.example"
    jade = ("Jade Morales", "jade.morales@ospreylane.example")
    pri = ("Priyanka Desai", "priyanka.desai@ospreylane.example")
    s, e = T(2026, 5, 13, 15, 0, "America/New_York"), T(2026, 5, 13, 15, 45, "America/New_York")
    t1 = ("Hi Sam,\n\nGreat news - Priyanka Desai (Head of Product Design) would like to meet you for the "
          "Senior Product Designer role. You're confirmed for Wednesday, May 13 at 2pm ET for 45 minutes over "
          "Zoom:\nhttps://ospreylane.zoom.example/j/88120045511\n\nPlease bring one case study you're proud of.\n\n"
          "Jade Morales\nRecruiting Coordinator, Osprey Lane Studios\n55 Water St, 9th Fl, Brooklyn NY 11201 | (718) 555-0163")
    id1 = msgid(cid, "1", "ospreylane.example")
    m1 = plain(cid, "1", f"{jade[0]} <{jade[1]}>", f"Sam Whitaker <{owner}>",
               "Interview with Priyanka - Senior Product Designer", T(2026, 5, 8, 12, 30, "America/New_York"),
               owner, "ospreylane.example", t1)
    t2 = ("Hi Sam - Priyanka here, looking forward to Wednesday. I've got a conflict that just landed at 2, "
          "can we push to 3pm same day? Same Zoom link.\n\nThanks!\nP.\n\nSent from my iPhone")
    id2 = msgid(cid, "2", "ospreylane.example")
    m2 = plain(cid, "2", f"{pri[0]} <{pri[1]}>", f"Sam Whitaker <{owner}>",
               "Re: Interview with Priyanka - Senior Product Designer", T(2026, 5, 12, 18, 2, "America/New_York"),
               owner, "ospreylane.example", t2 + "\n\n> " + "\n> ".join(t1.splitlines()), cc=f"{jade[0]} <{jade[1]}>",
               in_reply_to=id1)
    t3 = ("Sure, 3pm works for me. See you then!\n\nSam\n\nOn Tue, May 12, 2026 at 6:02 PM Priyanka Desai <"
          + pri[1] + "> wrote:\n> " + "\n> ".join(t2.splitlines()))
    m3 = plain(cid, "3", f"Sam Whitaker <{owner}>", f"{pri[0]} <{pri[1]}>",
               "Re: Interview with Priyanka - Senior Product Designer", T(2026, 5, 12, 18, 19, "America/New_York"),
               owner, "mail.example", t3, cc=f"{jade[0]} <{jade[1]}>", in_reply_to=id2, refs=f"{id1} {id2}")
    items = [("01-jade-confirmation.eml", m1), ("02-priyanka-push.eml", m2), ("03-sam-sure.eml", m3)]
    case(cid, items, lab(owner, [iv("Osprey Lane Studios", "Senior Product Designer", s, e, "scheduled",
                                    [pri[1]], [pri[1]], "hiring_manager")], "medium", "positive/reschedule-prose",
                         "Confirmed Wed 13 May 2pm ET (45 min); interviewer asks to push to 3pm same day, candidate "
                         "agrees -> 15:00-15:45 EDT."))


# ------------------------------------------------------------------ 06: ATS mail + .ics + gcal json = one
def c06():
    cid = "b19-06-ats-mail-ics-and-gcal-json-one-interview"
    owner = "mia.nguyen@example.com"
    bea = ("Bea Lacson", "bea.lacson@quokkaledger.example")
    tom = ("Tom Castellano", "tom.castellano@quokkaledger.example")
    s, e = T(2026, 4, 7, 9, 30, "Australia/Sydney"), T(2026, 4, 7, 10, 15, "Australia/Sydney")
    sent = T(2026, 4, 1, 14, 3, "Australia/Sydney")
    t1 = ("Hi Mia,\n\nYou're all set! Here are the details of your interview with Quokka Ledger.\n\n"
          "Role: Full-Stack Engineer\nStage: Technical interview (pairing)\nWith: Tom Castellano, Engineering Lead\n"
          "When: Tuesday 7 April, 9:30am - 10:15am (Sydney time)\nWhere: Google Meet - link in your calendar invite\n\n"
          "Heads up: daylight saving ends in NSW on Sunday 5 April, so double-check your calendar if you're "
          "joining from another state.\n\nAdd to calendar: https://app.rolebase.example/c/ql-7731.ics\n\n"
          "Questions? Reply to this email to reach Bea Lacson.\n\nRolebase on behalf of Quokka Ledger")
    m1 = plain(cid, "1", "Quokka Ledger via Rolebase <notifications@rolebase.example>", owner,
               "Interview confirmed - Full-Stack Engineer at Quokka Ledger", sent, owner, "rolebase.example", t1,
               html=html_of(t1), reply_to=f"{bea[0]} <{bea[1]}>")
    cal = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Rolebase//Interview Scheduler//EN", "CALSCALE:GREGORIAN",
           "METHOD:PUBLISH"]
    cal += vtimezone("Australia/Sydney")
    cal += ["BEGIN:VEVENT", "UID:rb-ql-7731@rolebase.example", f"DTSTAMP:{u(sent)}",
            f"DTSTART;TZID=Australia/Sydney:{lo(s)}", f"DTEND;TZID=Australia/Sydney:{lo(e)}",
            "SUMMARY:Quokka Ledger - Technical interview (Full-Stack Engineer)",
            "DESCRIPTION:" + esc("Pairing interview with Tom Castellano.\nMeet: https://meet.google.com/qlx-pair-wmd"),
            f"ORGANIZER;CN={bea[0]}:mailto:{bea[1]}", attendee(tom[0], tom[1]), attendee("Mia Nguyen", owner),
            "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    g = gcal_event("rbql7731ab9s2k4q0v", "Quokka Ledger - Technical interview (Full-Stack Engineer)", s, e,
                   "Australia/Sydney", bea, [tom], owner, description="Pairing interview with Tom Castellano.",
                   created=sent + timedelta(minutes=2), updated=sent + timedelta(minutes=2),
                   extra={"hangoutLink": "https://meet.google.com/qlx-pair-wmd"})
    items = [("01-rolebase-interview-confirmed.eml", m1), ("02-quokka-ledger-interview.ics", ics(cal)),
             ("03-calendar-event.gcal.json", g)]
    case(cid, items, lab(owner, [iv("Quokka Ledger", "Full-Stack Engineer", s, e, "scheduled", [tom[1]], [tom[1]],
                                    "technical")], "medium", "positive/dedupe-three-channels",
                         "Same interview as ATS mail, standalone .ics (TZID Australia/Sydney) and Calendar API event. "
                         "Tue 7 Apr 9:30 AEST (+10:00) - two days after Sydney DST ended; mail sent under +11:00."))


# ------------------------------------------------------------------ 07: two interviews, same company, one week
def c07():
    cid = "b19-07-two-interviews-same-company-same-week"
    owner, otz = "alex.moreau@mail.example", "America/Chicago"
    dana = ("Dana Pruitt", "dana.pruitt@cinderridge.example")
    marc = ("Marcus Bell", "marcus.bell@cinderridge.example")
    s1, e1 = T(2026, 5, 18, 12, 0, otz), T(2026, 5, 18, 12, 30, otz)
    s2, e2 = T(2026, 5, 21, 9, 0, otz), T(2026, 5, 21, 10, 0, otz)
    m1 = google_invite(cid, "1", owner, otz, dana, [], "Cinder Ridge Energy - Recruiter screen (Alex Moreau)",
                       s1, e1, "3hq8v0zt6n1m4y2kx7ps5cr9wa@google.com", 0, T(2026, 5, 13, 15, 10, otz), "new",
                       "30 min intro call for the Energy Data Analyst role. I'll call your cell.", "crx-scrn-hjk")
    m2 = google_invite(cid, "2", owner, otz, dana, [marc],
                       "Cinder Ridge Energy - Technical interview: Grid Analytics (Alex Moreau)",
                       s2, e2, "9ta2d5wq1e7x0kj3mbh6vn4zfu@google.com", 0, T(2026, 5, 13, 15, 14, otz), "new",
                       "SQL + forecasting discussion with Marcus Bell (Manager, Grid Analytics).", "crx-tech-pqr")
    t3 = ("Hi Alex,\n\nJust sent two separate invites so they're easy to find: our intro call is Monday at noon "
          "(Central), and assuming that goes well, you'll meet Marcus on Thursday morning at 9. If Thursday "
          "needs to move, just let me know rather than declining the invite.\n\nTalk soon,\nDana\n\n"
          "Dana Pruitt | Sr. Recruiter | Cinder Ridge Energy\n312-555-0178 | 141 W Jackson Blvd, Chicago IL 60604")
    m3 = plain(cid, "3", f"{dana[0]} <{dana[1]}>", f"Alex Moreau <{owner}>", "Next week - two calendar invites",
               T(2026, 5, 13, 15, 20, otz), owner, "cinderridge.example", t3)
    items = [("01-invitation-recruiter-screen.eml", m1), ("02-invitation-technical.eml", m2),
             ("03-dana-two-invites.eml", m3)]
    ivs = [iv("Cinder Ridge Energy", "Energy Data Analyst", s1, e1, "scheduled", [dana[1]], [dana[1]], "phone_screen"),
           iv("Cinder Ridge Energy", "Energy Data Analyst", s2, e2, "scheduled", [marc[1]], [marc[1]], "technical")]
    case(cid, items, lab(owner, ivs, "medium", "positive/two-interviews",
                         "Two distinct Google invites (different UIDs) from the same recruiter in one week: "
                         "Mon noon CT screen with the recruiter, Thu 9am CT technical with Marcus."))


# ------------------------------------------------------------------ 08: recurring holds with one RECURRENCE-ID override
def c08():
    cid = "b19-08-recurring-holds-one-override-is-interview"
    owner = "priya.venkat@example.com"
    tz = "America/New_York"
    rosa = ("Rosa Jimenez", "rosa.jimenez@haldenbio.example")
    ele = ("Dr. Elena Sokolova", "elena.sokolova@haldenbio.example")
    hs, he = T(2026, 6, 2, 13, 0, tz), T(2026, 6, 2, 15, 0, tz)
    rid = T(2026, 6, 4, 13, 0, tz)
    s, e = T(2026, 6, 4, 13, 30, tz), T(2026, 6, 4, 14, 30, tz)
    sent1, sent2 = T(2026, 5, 27, 10, 5, tz), T(2026, 5, 29, 16, 40, tz)
    uid = "F3B19D20-7C41-4E5A-9A0B-HOLD-HALDEN-0601@haldenbio.example"
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15.3//EN", "CALSCALE:GREGORIAN"]
    master = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{u(sent1)}", f"DTSTART;TZID={tz}:{lo(hs)}",
              f"DTEND;TZID={tz}:{lo(he)}", "RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TU,TH",
              "SUMMARY:HOLD - Halden Bio interview (tentative)",
              "DESCRIPTION:" + esc("Placeholder while we confirm the panel. Not a confirmed interview."),
              f"ORGANIZER;CN={rosa[0]}:mailto:{rosa[1]}", attendee("Priya Venkataraman", owner),
              "STATUS:TENTATIVE", "TRANSP:OPAQUE", "SEQUENCE:0", "END:VEVENT"]
    cal1 = head + ["METHOD:REQUEST"] + vtimezone(tz) + master + ["END:VCALENDAR"]
    t1 = ("Hi Priya,\n\nSo we don't lose the time while Elena's team finalises the panel, I've put holds on your "
          "calendar for Tuesday and Thursday afternoons over the next two weeks (1-3pm ET). These are just "
          "placeholders - we'll convert one of them into the actual interview and release the rest.\n\n"
          "Rosa Jimenez\nRecruiting Coordinator, Halden Biotech\n1 Kendall Sq, Bldg 400, Cambridge MA 02139 | 617-555-0127")
    id1 = msgid(cid, "1", "haldenbio.example")
    m1 = plain(cid, "1", f"{rosa[0]} <{rosa[1]}>", f"Priya Venkataraman <{owner}>",
               "Calendar holds - Scientist II interview", sent1, owner, "haldenbio.example", t1)
    add_ics_attachment(m1, ics(cal1), "holds.ics", method="REQUEST")
    override = ["BEGIN:VEVENT", f"UID:{uid}", f"RECURRENCE-ID;TZID={tz}:{lo(rid)}", f"DTSTAMP:{u(sent2)}",
                f"DTSTART;TZID={tz}:{lo(s)}", f"DTEND;TZID={tz}:{lo(e)}",
                "SUMMARY:Interview: Priya Venkataraman / Dr. Elena Sokolova (Scientist II)",
                "DESCRIPTION:" + esc("Hiring manager interview with Dr. Elena Sokolova, Director of Assay "
                                     "Development. Halden Biotech, 1 Kendall Sq, Bldg 400, 4th floor."),
                f"ORGANIZER;CN={rosa[0]}:mailto:{rosa[1]}", attendee(ele[0], ele[1]),
                attendee("Priya Venkataraman", owner), "LOCATION:Halden Biotech - 1 Kendall Sq\\, Bldg 400\\, 4th fl",
                "STATUS:CONFIRMED", "TRANSP:OPAQUE", "SEQUENCE:1", "END:VEVENT"]
    cal2 = head + ["METHOD:REQUEST"] + vtimezone(tz) + override + ["END:VCALENDAR"]
    t2 = ("Hi Priya,\n\nWe're locked in: Thursday June 4, 1:30-2:30pm ET, in person with Dr. Elena Sokolova "
          "(Director, Assay Development) for the Scientist II role. I've updated that one slot on your calendar; "
          "the other holds can be ignored and will drop off.\n\nAsk for me at reception on the 4th floor.\n\nRosa")
    m2 = plain(cid, "2", f"{rosa[0]} <{rosa[1]}>", f"Priya Venkataraman <{owner}>",
               "Re: Calendar holds - Scientist II interview", sent2, owner, "haldenbio.example", t2, in_reply_to=id1)
    add_ics_attachment(m2, ics(cal2), "interview.ics", method="REQUEST")
    items = [("01-rosa-holds.eml", m1), ("02-rosa-locked-in.eml", m2)]
    case(cid, items, lab(owner, [iv("Halden Biotech", "Scientist II", s, e, "scheduled", [ele[1]], [ele[1]],
                                    "hiring_manager")], "hard", "positive/recurring-override",
                         "Weekly TU/TH tentative HOLD series (not interviews) plus a RECURRENCE-ID override that "
                         "becomes the real interview: Thu 4 Jun 13:30-14:30 EDT."))


# ------------------------------------------------------------------ 09: moved across US DST change, owner in London
def c09():
    cid = "b19-09-moved-across-us-dst-owner-in-london"
    owner, otz = "oliver.grant@mail.example", "Europe/London"
    lau = ("Lauren Pike", "lauren.pike@pellucid.example")
    ken = ("Kenji Watanabe", "kenji.watanabe@pellucid.example")
    la = "America/Los_Angeles"
    s0, e0 = T(2026, 3, 6, 10, 0, la), T(2026, 3, 6, 11, 0, la)
    s1, e1 = T(2026, 3, 10, 10, 0, la), T(2026, 3, 10, 11, 0, la)
    uid = "5pd2lq8x3w0r7vn1kz6hb4mc9t@google.com"
    summ = "Pellucid Games - Gameplay Engineer - Technical Interview w/ Kenji"
    desc = "Gameplay programming interview (C++/Unreal) with Kenji Watanabe, Lead Gameplay Engineer."
    m0 = google_invite(cid, "0", owner, otz, lau, [ken], summ, s0, e0, uid, 0, T(2026, 2, 27, 9, 30, la), "new",
                       desc, "plc-game-kwt")
    m1 = google_invite(cid, "1", owner, otz, lau, [ken], summ, s1, e1, uid, 1, T(2026, 3, 4, 14, 12, la),
                       "updated", desc, "plc-game-kwt")
    t = ("Hi Oliver,\n\nKenji had to move to Tuesday - same 10am Pacific slot, you should have the updated invite.\n\n"
         "One thing to watch: US clocks spring forward this Sunday (Mar 8) but the UK doesn't change until the "
         "29th, so for that one week we're only 7 hours apart. 10am Pacific on Tuesday is 5pm for you, not 6pm.\n\n"
         "Cheers,\nLauren Pike\nTalent Acquisition | Pellucid Games\n8800 Sunset Blvd, Los Angeles CA 90069 | +1 310 555 0117")
    m2 = plain(cid, "2", f"{lau[0]} <{lau[1]}>", f"Oliver Grant <{owner}>", "Tuesday time - heads up on the clocks",
               T(2026, 3, 4, 14, 20, la), owner, "pellucid.example", t)
    items = [("01-invitation-fri-6-mar.eml", m0), ("02-updated-invitation-tue-10-mar.eml", m1),
             ("03-lauren-dst-heads-up.eml", m2)]
    case(cid, items, lab(owner, [iv("Pellucid Games", "Gameplay Engineer", s1, e1, "scheduled", [ken[1]], [ken[1]],
                                    "technical")], "hard", "positive/reschedule-dst",
                         "Moved from Fri 6 Mar 10am PST (-08:00) to Tue 10 Mar 10am PDT (-07:00); owner calendar in "
                         "London shows 6pm GMT then 5pm GMT."))


# ------------------------------------------------------------------ 10: cancelled by mistake, reinstated with higher SEQUENCE
def c10():
    cid = "b19-10-google-cancel-then-reinstated"
    owner, otz = "aditi.rao@example.com", "Asia/Kolkata"
    shr = ("Shreya Menon", "shreya.menon@neelgiripay.example")
    roh = ("Rohan Pillai", "rohan.pillai@neelgiripay.example")
    s0, e0 = T(2026, 6, 10, 16, 0, otz), T(2026, 6, 10, 16, 45, otz)
    s2, e2 = T(2026, 6, 12, 10, 30, otz), T(2026, 6, 12, 11, 15, otz)
    uid = "2ne8r4kq7d1v0ys5mx3tb9wgzh@google.com"
    summ = "Neelgiri Payments | Product Analyst | Hiring Manager Round"
    desc = "Hiring manager conversation with Rohan Pillai (Head of Product Analytics)."
    m0 = google_invite(cid, "0", owner, otz, shr, [roh], summ, s0, e0, uid, 0, T(2026, 6, 5, 11, 0, otz), "new",
                       desc, "ngp-hmr-akq")
    m1 = google_invite(cid, "1", owner, otz, shr, [roh], summ, s0, e0, uid, 1, T(2026, 6, 9, 18, 22, otz),
                       "cancel", desc, note="Rohan's calendar is being moved, will update shortly.")
    m2 = google_invite(cid, "2", owner, otz, shr, [roh], summ, s2, e2, uid, 2, T(2026, 6, 9, 18, 51, otz), "new",
                       desc, "ngp-hmr-akq")
    t = ("Hi Aditi,\n\nSorry for the confusing emails last evening! The cancellation went out by mistake while I "
         "was moving Rohan's slot. We are very much on - Friday at half past ten (IST), 45 minutes, same Meet "
         "link. Please ignore the cancellation.\n\nRegards,\nShreya Menon\nTalent Acquisition, Neelgiri Payments\n"
         "Prestige Tech Park, Marathahalli, Bengaluru 560103 | +91 80 5555 0141")
    m3 = plain(cid, "3", f"{shr[0]} <{shr[1]}>", f"Aditi Rao <{owner}>", "Friday 10:30 - please ignore the cancellation",
               T(2026, 6, 10, 9, 5, otz), owner, "neelgiripay.example", t)
    items = [("01-invitation-wed-4pm.eml", m0), ("02-canceled-event.eml", m1), ("03-invitation-fri-1030.eml", m2),
             ("04-shreya-ignore-cancellation.eml", m3)]
    case(cid, items, lab(owner, [iv("Neelgiri Payments", "Product Analyst", s2, e2, "scheduled", [roh[1]], [roh[1]],
                                    "hiring_manager")], "hard", "positive/cancel-then-reinstated",
                         "Google invite (SEQ 0) -> 'Canceled event' METHOD:CANCEL (SEQ 1) -> same UID re-sent "
                         "(SEQ 2) for Fri 12 Jun 10:30 IST; recruiter confirms it is on. Final = scheduled."))


# ------------------------------------------------------------------ 11: Paris onsite, several Outlook invites, update first
def c11():
    cid = "b19-11-paris-onsite-invites-update-first"
    owner = "camille.roux@mail.example"
    tz, w = "Europe/Paris", "Romance Standard Time"
    elo = ("Élodie Garnier", "elodie.garnier@ardent.example")
    jul = ("Julien Marchand", "julien.marchand@ardent.example")
    ine = ("Inès Belkacem", "ines.belkacem@ardent.example")
    tho = ("Thomas Lefèvre", "thomas.lefevre@ardent.example")
    me = ("Camille Roux", owner)
    S1 = (T(2026, 4, 23, 9, 30, tz), T(2026, 4, 23, 10, 30, tz))
    S2 = (T(2026, 4, 23, 10, 45, tz), T(2026, 4, 23, 11, 45, tz))
    S3o = (T(2026, 4, 23, 14, 0, tz), T(2026, 4, 23, 15, 0, tz))
    S3 = (T(2026, 4, 23, 15, 0, tz), T(2026, 4, 23, 16, 0, tz))
    loc = "Maison Ardent - 12 rue de Paradis, 75010 Paris - salle Opéra"
    sig = "Élodie Garnier\nTalent Acquisition - Maison Ardent\n12 rue de Paradis, 75010 Paris\n+33 1 55 55 01 84"

    def body(when, who, what):
        return (f"Quand : {when} (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\nOù : {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
                f"Bonjour Camille,\n\n{what} avec {who}.\n\n{sig}")
    uid3 = "040000008200E00074C5B7101A82E00800000000AD11F7C0B19B0B19030000000000000010000000B19B0303"
    m3u = outlook_invite(cid, "3u", owner, elo, [me, tho], "Mis à jour : Entretien CTO - Camille Roux",
                         body("jeudi 23 avril 2026 15:00-16:00", "Thomas Lefèvre (CTO)",
                              "Petit changement : l'entretien de l'après-midi est décalé à 15h (au lieu de 14h)"),
                         S3[0], S3[1], uid3, 1, T(2026, 4, 17, 11, 2, tz), w, location=loc, lang="fr-FR")
    m1 = outlook_invite(cid, "1", owner, elo, [me, jul], "Entretien technique - Camille Roux",
                        body("jeudi 23 avril 2026 09:30-10:30", "Julien Marchand (Lead Backend)",
                             "Première étape de votre journée sur site : entretien technique (architecture, Go/PostgreSQL)"),
                        S1[0], S1[1], "040000008200E00074C5B7101A82E00800000000AD11F7C0B19B0B19010000000000000010000000B19B0301",
                        0, T(2026, 4, 15, 15, 30, tz), w, location=loc, lang="fr-FR")
    m2 = outlook_invite(cid, "2", owner, elo, [me, ine], "Entretien produit - Camille Roux",
                        body("jeudi 23 avril 2026 10:45-11:45", "Inès Belkacem (Product Manager)",
                             "Deuxième étape : échange produit"),
                        S2[0], S2[1], "040000008200E00074C5B7101A82E00800000000AD11F7C0B19B0B19020000000000000010000000B19B0302",
                        0, T(2026, 4, 15, 15, 31, tz), w, location=loc, lang="fr-FR")
    m3 = outlook_invite(cid, "3", owner, elo, [me, tho], "Entretien CTO - Camille Roux",
                        body("jeudi 23 avril 2026 14:00-15:00", "Thomas Lefèvre (CTO)",
                             "Dernière étape, après le déjeuner avec l'équipe : entretien"),
                        S3o[0], S3o[1], uid3, 0, T(2026, 4, 15, 15, 32, tz), w, location=loc, lang="fr-FR")
    t = ("Bonjour Camille,\n\nVoici le programme de votre journée d'entretiens sur site pour le poste de "
         "Développeur·se Backend Senior, jeudi 23 avril :\n\n"
         "- 9h30 - 10h30 : entretien technique avec Julien Marchand\n"
         "- 10h45 - 11h45 : entretien produit avec Inès Belkacem\n"
         "- 12h - 13h30 : déjeuner avec l'équipe (informel)\n"
         "- 15h - 16h : entretien avec Thomas Lefèvre, CTO (décalé, initialement prévu à 14h)\n\n"
         "Merci d'arriver 10 minutes en avance et de vous présenter à l'accueil.\n\nÀ jeudi !\n" + sig)
    m4 = plain(cid, "4", f"{elo[0]} <{elo[1]}>", f"Camille Roux <{owner}>",
               "Votre journée d'entretiens chez Maison Ardent - jeudi 23 avril", T(2026, 4, 17, 11, 10, tz), owner,
               "ardent.example", t, cte="quoted-printable")
    items = [("01-mis-a-jour-entretien-cto.eml", m3u), ("02-entretien-technique.eml", m1),
             ("03-entretien-produit.eml", m2), ("04-entretien-cto.eml", m3), ("05-programme-journee.eml", m4)]
    case(cid, items, lab(owner, [iv("Maison Ardent", "Développeur·se Backend Senior", S1[0], S3[1], "scheduled",
                                    [jul[1], ine[1], tho[1]], [jul[1], ine[1], tho[1]], "onsite")],
                         "hard", "positive/onsite-update-first",
                         "French onsite as three Outlook invites (Romance Standard Time); the SEQUENCE 1 update of "
                         "the last session (14h->15h) arrives first. One onsite 09:30-16:00 CEST (+02:00)."))


# ------------------------------------------------------------------ 12: scheduling vendor booking then reschedule
def c12():
    cid = "b19-12-slotwise-booking-then-rescheduled"
    owner = "jordan.ellis@example.com"
    tz = "America/Denver"
    nad = ("Nadia Petrova", "nadia.petrova@fernhollow.example")
    s0, e0 = T(2026, 3, 11, 14, 0, tz), T(2026, 3, 11, 14, 30, tz)
    s1, e1 = T(2026, 3, 12, 15, 30, tz), T(2026, 3, 12, 16, 0, tz)
    uid = "sw-bk-55fe02c1a9@slotwise.example"

    def cal(st, en, seq, sent):
        c = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Slotwise//Booking//EN", "METHOD:REQUEST",
             "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{u(sent)}", f"DTSTART:{u(st)}", f"DTEND:{u(en)}",
             "SUMMARY:Recruiter call: Jordan Ellis <> Nadia Petrova (Fernhollow Health)",
             "DESCRIPTION:" + esc("30 min recruiter call - Clinical Data Coordinator.\nNadia will call +1 720-555-0166."),
             f"ORGANIZER;CN={nad[0]}:mailto:{nad[1]}", attendee("Jordan Ellis", owner),
             f"SEQUENCE:{seq}", "STATUS:CONFIRMED", "LOCATION:Phone call", "END:VEVENT", "END:VCALENDAR"]
        return ics(c)
    sent0, sent1 = T(2026, 3, 5, 8, 44, tz), T(2026, 3, 9, 7, 58, tz)
    t1 = ("Hi Jordan,\n\nA new event has been scheduled.\n\nEvent: Recruiter call - Fernhollow Health\n"
          "Invitee: Jordan Ellis\nHost: Nadia Petrova\nWhen: Wed 3/11 @ 2:00p - 2:30p MDT (America/Denver)\n"
          "Where: Nadia will call you at +1 720-555-0166\n\nNeed to make changes? Reschedule or cancel: "
          "https://slotwise.example/r/55fe02c1a9\n\nPowered by Slotwise")
    m1 = plain(cid, "1", "Slotwise <notifications@slotwise.example>", owner,
               "Confirmed: Recruiter call - Fernhollow Health on Wed 3/11", sent0, owner, "slotwise.example", t1,
               html=html_of(t1), reply_to=f"{nad[0]} <{nad[1]}>")
    add_ics_attachment(m1, cal(s0, e0, 0, sent0), "invite.ics")
    t2 = ("Hi Jordan,\n\nYour event has been rescheduled.\n\nEvent: Recruiter call - Fernhollow Health\n"
          "Host: Nadia Petrova\nNew time: Thu 3/12 @ 3:30p - 4:00p MDT (America/Denver)\n"
          "Former time: Wed 3/11 @ 2:00p MDT\nReason: \"Conflict with a class - thanks for the flexibility!\"\n\n"
          "Reschedule or cancel: https://slotwise.example/r/55fe02c1a9\n\nPowered by Slotwise")
    m2 = plain(cid, "2", "Slotwise <notifications@slotwise.example>", owner,
               "Rescheduled: Recruiter call - Fernhollow Health is now Thu 3/12 @ 3:30p", sent1, owner,
               "slotwise.example", t2, html=html_of(t2), reply_to=f"{nad[0]} <{nad[1]}>")
    add_ics_attachment(m2, cal(s1, e1, 1, sent1), "invite.ics")
    items = [("01-slotwise-confirmed.eml", m1), ("02-slotwise-rescheduled.eml", m2)]
    case(cid, items, lab(owner, [iv("Fernhollow Health", "Clinical Data Coordinator", s1, e1, "scheduled", [nad[1]],
                                    [nad[1]], "phone_screen")], "medium", "positive/scheduling-vendor-reschedule",
                         "Booking-tool confirmation then 'Rescheduled' mail (same UID, SEQUENCE 1, UTC .ics). "
                         "Thu 12 Mar 3:30p MDT (-06:00), four days after US DST start."))


# ------------------------------------------------------------------ 13: Portuguese HTML-only reschedule
def c13():
    cid = "b19-13-portuguese-html-only-remarcada"
    owner = "rafael.souza@mail.example"
    tz = "America/Sao_Paulo"
    jul = ("Juliana Campos", "juliana.campos@ipelog.example")
    mar = ("Marcelo Tavares", "marcelo.tavares@ipelog.example")
    s, e = T(2026, 4, 16, 15, 30, tz), T(2026, 4, 16, 16, 30, tz)
    sig = ("<p style=\"color:#555\">Juliana Campos<br>Analista de Atração de Talentos | Ipê Logística<br>"
           "Av. Paulista, 1842 - 12º andar - São Paulo/SP<br>+55 11 5555-0137</p>")
    h1 = ("<html><body style=\"font-family:Verdana\"><p>Olá, Rafael!</p>"
          "<p>Que bom avançar com você no processo para <b>Analista de BI Pleno</b>. Sua entrevista com o gestor "
          "da área, <b>Marcelo Tavares</b> (Gerente de Dados), está marcada para:</p>"
          "<table border=\"0\"><tr><td>Data:</td><td>terça-feira, 14/04</td></tr>"
          "<tr><td>Horário:</td><td>10h às 11h (horário de Brasília)</td></tr>"
          "<tr><td>Local:</td><td>Google Meet - meet.google.com/ipe-bi-rfs</td></tr></table>"
          "<p>Qualquer dúvida, estou à disposição.</p>" + sig + "</body></html>")
    id1 = msgid(cid, "1", "ipelog.example")
    m1 = html_only(cid, "1", f"{jul[0]} <{jul[1]}>", f"Rafael Souza <{owner}>",
                   "Entrevista com gestor - Analista de BI Pleno", T(2026, 4, 8, 17, 12, tz), owner, "ipelog.example", h1)
    h2 = ("<html><body style=\"font-family:Verdana\"><p>Oi, Rafael, tudo bem?</p>"
          "<p>Peço desculpas, mas precisaremos <b>remarcar</b> sua entrevista de terça: o Marcelo estará em "
          "viagem. A nova data ficou assim:</p>"
          "<p style=\"font-size:15px\"><b>Quinta-feira, 16/04, às 15h30</b> (horário de Brasília), mesma "
          "duração (1 hora) e mesmo link do Meet.</p>"
          "<p>Consegue confirmar?</p>" + sig + "</body></html>")
    id2 = msgid(cid, "2", "ipelog.example")
    m2 = html_only(cid, "2", f"{jul[0]} <{jul[1]}>", f"Rafael Souza <{owner}>",
                   "Re: Entrevista com gestor - Analista de BI Pleno (remarcação)", T(2026, 4, 10, 11, 3, tz), owner,
                   "ipelog.example", h2, cte="base64", in_reply_to=id1, cc=f"{mar[0]} <{mar[1]}>")
    t3 = ("Oi Juliana,\n\nPerfeito, confirmado para quinta às 15h30.\n\nObrigado,\nRafael\n\n"
          "Em sex., 10 de abr. de 2026 às 11:03, Juliana Campos <" + jul[1] + "> escreveu:\n"
          "> Peço desculpas, mas precisaremos remarcar sua entrevista de terça...")
    m3 = plain(cid, "3", f"Rafael Souza <{owner}>", f"{jul[0]} <{jul[1]}>",
               "Re: Entrevista com gestor - Analista de BI Pleno (remarcação)", T(2026, 4, 10, 11, 40, tz), owner,
               "mail.example", t3, in_reply_to=id2, refs=f"{id1} {id2}", cc=f"{mar[0]} <{mar[1]}>")
    items = [("01-entrevista-gestor.eml", m1), ("02-remarcacao.eml", m2), ("03-confirmado.eml", m3)]
    case(cid, items, lab(owner, [iv("Ipê Logística", "Analista de BI Pleno", s, e, "scheduled", [mar[1]], [mar[1]],
                                    "hiring_manager")], "medium", "positive/reschedule-prose-portuguese",
                         "HTML-only Portuguese mails (QP then base64): Tue 14/04 10h moved to Thu 16/04 15h30 "
                         "Brasília (-03:00, no DST), 1 hour."))


# ==================================================================== NEGATIVES
def n14():
    cid = "b19-14-neg-user-is-interviewer-updated-then-cancelled"
    owner = "hannah.berg@example.com"
    coord = ("Marisol Ortega", "marisol.ortega@example.com")
    me = ("Hannah Berg", owner)
    tz, w = "America/New_York", "Eastern Standard Time"
    s0, e0 = T(2026, 4, 28, 13, 0, tz), T(2026, 4, 28, 14, 0, tz)
    s1, e1 = T(2026, 4, 29, 11, 0, tz), T(2026, 4, 29, 12, 0, tz)
    uid = "040000008200E00074C5B7101A82E00800000000FFEE11B19C0E14010000000000000010000000B19C1401"
    b = ("Hi Hannah,\n\nThank you for interviewing! You're on the loop for Tomasz Wójcik (candidate) - Senior QA "
         "Engineer, focus area: test strategy. Resume and scorecard are in Greenhouse; please submit feedback "
         "within 24 hours of the interview.\n\nMarisol Ortega | Recruiting Coordinator")
    m0 = outlook_invite(cid, "0", owner, coord, [me], "Interview: Tomasz Wójcik - Senior QA Engineer (Interviewer: Hannah Berg)",
                        "When: Tuesday, April 28, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time (US & Canada).\n\n" + b,
                        s0, e0, uid, 0, T(2026, 4, 21, 10, 0, tz), w)
    m1 = outlook_invite(cid, "1", owner, coord, [me], "Updated: Interview: Tomasz Wójcik - Senior QA Engineer (Interviewer: Hannah Berg)",
                        "When: Wednesday, April 29, 2026 11:00 AM-12:00 PM (UTC-05:00) Eastern Time (US & Canada).\n\n"
                        "The candidate asked to move - new time below.\n\n" + b, s1, e1, uid, 1,
                        T(2026, 4, 24, 9, 15, tz), w)
    m2 = outlook_invite(cid, "2", owner, coord, [me], "Canceled: Interview: Tomasz Wójcik - Senior QA Engineer (Interviewer: Hannah Berg)",
                        "The candidate has withdrawn from the process. No feedback needed - thanks for your time!\n\n"
                        "Marisol Ortega | Recruiting Coordinator", s1, e1, uid, 2, T(2026, 4, 27, 16, 30, tz), w,
                        method="CANCEL")
    items = [("01-interview-you-are-interviewer.eml", m0), ("02-updated.eml", m1), ("03-canceled.eml", m2)]
    case(cid, items, lab(owner, [], "hard", "negative/user-is-interviewer",
                         "Owner is on the interview panel at her own employer; invite, update and cancellation all "
                         "concern a candidate she would interview."))


def n15():
    cid = "b19-15-neg-podcast-interview-pushed"
    owner, otz = "femi.adebayo@mail.example", "America/Los_Angeles"
    host = ("Rachel Okafor-Lind", "rachel@buildlog-podcast.example")
    s0 = T(2026, 5, 20, 14, 0, otz)
    s1, e1 = T(2026, 5, 20, 15, 0, otz), T(2026, 5, 20, 16, 0, otz)
    t1 = ("Hey Femi! Super excited to have you on The Build Log to talk about your open-source scheduling library. "
          "We're set for Wed 5/20 at 2pm PT, recording runs about an hour. I'll send a Riverside link.\n\nRachel")
    id1 = msgid(cid, "1", "buildlog-podcast.example")
    m1 = plain(cid, "1", f"{host[0]} <{host[1]}>", f"Femi Adebayo <{owner}>", "Build Log podcast interview - Wed 5/20",
               T(2026, 5, 11, 10, 0, otz), owner, "buildlog-podcast.example", t1)
    t2 = ("Hi Femi - my co-host is stuck in another session, can we push the interview to 3pm same day? "
          "Sorry for the shuffle!\n\nRachel\n\n> " + "\n> ".join(t1.splitlines()))
    id2 = msgid(cid, "2", "buildlog-podcast.example")
    m2 = plain(cid, "2", f"{host[0]} <{host[1]}>", f"Femi Adebayo <{owner}>", "Re: Build Log podcast interview - Wed 5/20",
               T(2026, 5, 19, 9, 30, otz), owner, "buildlog-podcast.example", t2, in_reply_to=id1)
    m3 = google_invite(cid, "3", owner, otz, host, [("Theo Marsh", "theo@buildlog-podcast.example")],
                       "The Build Log - recording w/ Femi Adebayo", s1, e1, "0bl9pod4r8c2xw6nq1vk5tm3zy@google.com", 1,
                       T(2026, 5, 19, 9, 34, otz), "updated",
                       "Podcast recording (guest interview). Riverside studio link to follow.", "bld-logp-rec")
    t4 = ("Sure, 3pm works! See you then.\n\nFemi\n\n> " + "\n> ".join(t2.splitlines()[:2]))
    m4 = plain(cid, "4", f"Femi Adebayo <{owner}>", f"{host[0]} <{host[1]}>", "Re: Build Log podcast interview - Wed 5/20",
               T(2026, 5, 19, 9, 41, otz), owner, "mail.example", t4, in_reply_to=id2, refs=f"{id1} {id2}")
    items = [("01-podcast-invite.eml", m1), ("02-push-to-3pm.eml", m2), ("03-updated-invitation.eml", m3),
             ("04-sure.eml", m4)]
    _ = s0
    case(cid, items, lab(owner, [], "hard", "negative/podcast-reschedule",
                         "Podcast guest interview moved by prose ('push to 3pm same day') + Google update; not a job."))


def n16():
    cid = "b19-16-neg-coaching-series-mock-interview-override"
    owner = "lucas.ferreira@example.com"
    tz = "Europe/Berlin"
    coach = ("Ingrid Solberg", "ingrid@ascentcoach.example")
    s, e = T(2026, 6, 1, 18, 0, tz), T(2026, 6, 1, 19, 0, tz)
    rid = T(2026, 6, 15, 18, 0, tz)
    os_, oe = T(2026, 6, 16, 19, 0, tz), T(2026, 6, 16, 20, 30, tz)
    uid = "ascent-series-lf-2026@ascentcoach.example"
    sent = T(2026, 5, 26, 12, 0, tz)
    cal = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Fastmail/2020.5/EN", "METHOD:REQUEST"] + vtimezone(tz)
    cal += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{u(sent)}", f"DTSTART;TZID={tz}:{lo(s)}",
            f"DTEND;TZID={tz}:{lo(e)}", "RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=MO",
            "SUMMARY:Career coaching - Lucas F. (package: Interview Ready, 6 sessions)",
            f"ORGANIZER;CN={coach[0]}:mailto:{coach[1]}", attendee("Lucas Ferreira", owner, "ACCEPTED"),
            "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT",
            "BEGIN:VEVENT", f"UID:{uid}", f"RECURRENCE-ID;TZID={tz}:{lo(rid)}", f"DTSTAMP:{u(sent)}",
            f"DTSTART;TZID={tz}:{lo(os_)}", f"DTEND;TZID={tz}:{lo(oe)}",
            "SUMMARY:Mock interview - system design final round (90 min)",
            "DESCRIPTION:" + esc("Full mock final-round interview. I'll play the hiring manager; recorded for review."),
            f"ORGANIZER;CN={coach[0]}:mailto:{coach[1]}", attendee("Lucas Ferreira", owner, "ACCEPTED"),
            "SEQUENCE:1", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    t = ("Hallo Lucas,\n\nanbei die Serie für dein \"Interview Ready\"-Paket: jeden Montag 18-19 Uhr. Session 3 "
         "verschiebe ich auf Dienstag, 16.6., 19:00-20:30 Uhr - das wird unser Mock Interview (System Design, "
         "Final Round). Bezahlung wie besprochen per Rechnung (EUR 540).\n\nViele Grüße\nIngrid Solberg\n"
         "Ascent Career Coaching | Torstraße 140, 10119 Berlin | +49 30 5555 0162")
    m = plain(cid, "1", f"{coach[0]} <{coach[1]}>", f"Lucas Ferreira <{owner}>",
              "Deine Coaching-Termine + Mock Interview", sent, owner, "ascentcoach.example", t)
    add_ics_attachment(m, ics(cal), "coaching.ics", method="REQUEST")
    case(cid, [("01-coaching-series.eml", m)], lab(owner, [], "hard", "negative/mock-interview-recurring",
                                                  "Paid coaching series (RRULE) with a RECURRENCE-ID override titled "
                                                  "'Mock interview'; coaching, not a hiring process."))


def n17():
    cid = "b19-17-neg-availability-then-role-filled"
    owner = "grace.kim@mail.example"
    tz = "America/Chicago"
    rec = ("Owen Castillo", "owen.castillo@bramblewoodfoods.example")
    t1 = ("Hi Grace,\n\nThanks for your interest in the Supply Planning Manager role! I'd love to schedule a "
          "30-minute interview with our VP of Operations. Could you send me 3-4 windows that work next week, "
          "or grab a time here: https://meet.slotwise.example/owen-castillo/30min\n\nOwen Castillo\n"
          "Talent Acquisition, Bramblewood Foods | 414-555-0139")
    id1 = msgid(cid, "1", "bramblewoodfoods.example")
    m1 = plain(cid, "1", f"{rec[0]} <{rec[1]}>", f"Grace Kim <{owner}>", "Scheduling an interview - Supply Planning Manager",
               T(2026, 6, 3, 11, 12, tz), owner, "bramblewoodfoods.example", t1)
    t2 = ("Hi Owen,\n\nThanks! I'm available Tue 6/9 10am-1pm CT, Wed 6/10 after 2pm, or Thu 6/11 any time "
          "before noon.\n\nBest,\nGrace\n\n> " + "\n> ".join(t1.splitlines()[:3]))
    id2 = msgid(cid, "2", "mail.example")
    m2 = plain(cid, "2", f"Grace Kim <{owner}>", f"{rec[0]} <{rec[1]}>", "Re: Scheduling an interview - Supply Planning Manager",
               T(2026, 6, 3, 14, 40, tz), owner, "mail.example", t2, in_reply_to=id1)
    t3 = ("Hi Grace,\n\nI'm sorry to come back with this - we'll have to cancel our plans to schedule the "
          "interview. The Supply Planning Manager role was filled internally this morning, so we won't be "
          "moving forward with external candidates.\n\nI really appreciated your quick reply and will keep your "
          "profile in mind.\n\nOwen")
    m3 = plain(cid, "3", f"{rec[0]} <{rec[1]}>", f"Grace Kim <{owner}>", "Re: Scheduling an interview - Supply Planning Manager",
               T(2026, 6, 5, 9, 2, tz), owner, "bramblewoodfoods.example", t3, in_reply_to=id2, refs=f"{id1} {id2}")
    case(cid, [("01-owen-availability.eml", m1), ("02-grace-windows.eml", m2), ("03-owen-cancel-role-filled.eml", m3)],
         lab(owner, [], "hard", "negative/availability-then-cancelled",
             "Availability request, candidate offers windows, then 'cancel our plans to schedule' - nothing was ever booked."))


def n18():
    cid = "b19-18-neg-visa-interview-rescheduled"
    owner = "arjun.bhat@example.com"
    tz = "Asia/Kolkata"
    s0, e0 = T(2026, 7, 8, 9, 15, tz), T(2026, 7, 8, 9, 45, tz)
    s1, e1 = T(2026, 7, 14, 8, 30, tz), T(2026, 7, 14, 9, 0, tz)
    uid = "appt-HYD-552019@consular-appointments.example"

    def cal(st, en, seq, sent):
        return ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Consular Appointments//EN", "METHOD:PUBLISH",
                    "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{u(sent)}", f"DTSTART:{u(st)}", f"DTEND:{u(en)}",
                    "SUMMARY:Visa interview - Consular Section (F-1)",
                    "DESCRIPTION:" + esc("Bring passport, DS-160 confirmation, I-20 and appointment letter."),
                    "LOCATION:Consular Section\\, Hitech City\\, Hyderabad", f"SEQUENCE:{seq}", "STATUS:CONFIRMED",
                    "END:VEVENT", "END:VCALENDAR"])
    sent0, sent1 = T(2026, 6, 20, 10, 0, tz), T(2026, 7, 1, 15, 30, tz)
    t0 = ("Dear ARJUN BHAT,\n\nYour visa interview appointment has been scheduled.\nDate: 08 July 2026\n"
          "Time: 09:15 (local time)\nApplicant: ARJUN BHAT (F-1 student visa)\n\nPlease arrive 15 minutes early.")
    m0 = plain(cid, "0", "Appointment Services <no-reply@consular-appointments.example>", owner,
               "Appointment Confirmation - Visa Interview", sent0, owner, "consular-appointments.example", t0)
    add_ics_attachment(m0, cal(s0, e0, 0, sent0), "appointment.ics")
    t1 = ("Dear ARJUN BHAT,\n\nDue to operational reasons your visa interview has been RESCHEDULED.\n"
          "New date: 14 July 2026\nNew time: 08:30 (local time)\nPrevious appointment (08 July 2026 09:15) is cancelled.\n\n"
          "Do not reply to this message.")
    m1 = plain(cid, "1", "Appointment Services <no-reply@consular-appointments.example>", owner,
               "Rescheduled: Visa Interview Appointment", sent1, owner, "consular-appointments.example", t1)
    add_ics_attachment(m1, cal(s1, e1, 1, sent1), "appointment.ics")
    case(cid, [("01-visa-appointment.eml", m0), ("02-visa-rescheduled.eml", m1)],
         lab(owner, [], "medium", "negative/visa-interview",
             "Consular visa interview scheduled then rescheduled with .ics updates; not a job interview."))


def n19():
    cid = "b19-19-neg-one-way-video-deadline-moved"
    owner = "nora.lindqvist@mail.example"
    tz = "Europe/Stockholm"
    h = ("<html><body><h2>Your video interview deadline has been extended</h2>"
         "<p>Hi Nora,</p><p><b>Vattenfjord Bank</b> has moved the deadline for your one-way video interview for "
         "<b>Graduate Risk Analyst</b>.</p>"
         "<p>New deadline: <b>Friday 12 June 2026, 23:59 CEST</b> (was Monday 8 June)</p>"
         "<p>You'll answer 5 pre-recorded questions on your own schedule - no interviewer will be live on the call. "
         "Each answer can be up to 2 minutes.</p>"
         "<p><a href=\"https://app.cliphire.example/i/vfb-3381\">Start your interview</a></p>"
         "<p style=\"color:#888\">ClipHire - on behalf of Vattenfjord Bank. Questions? talent@vattenfjord.example</p>"
         "</body></html>")
    m = html_only(cid, "1", "Vattenfjord Bank via ClipHire <no-reply@cliphire.example>", owner,
                  "Deadline extended: your video interview for Graduate Risk Analyst", T(2026, 6, 5, 8, 30, tz), owner,
                  "cliphire.example", h, cte="base64")
    h0 = h.replace("has been extended", "is waiting").replace("has moved the deadline for", "invites you to complete") \
          .replace("Friday 12 June 2026, 23:59 CEST</b> (was Monday 8 June)", "Monday 8 June 2026, 23:59 CEST</b>")
    m0 = html_only(cid, "0", "Vattenfjord Bank via ClipHire <no-reply@cliphire.example>", owner,
                   "Invitation: video interview for Graduate Risk Analyst", T(2026, 6, 1, 8, 30, tz), owner,
                   "cliphire.example", h0)
    case(cid, [("01-video-interview-invite.eml", m0), ("02-deadline-extended.eml", m)],
         lab(owner, [], "medium", "negative/one-way-video",
             "Asynchronous one-way video interview invitation and deadline change; no live conversation."))


def n20():
    cid = "b19-20-neg-user-research-interview-rescheduled"
    owner = "diego.alvarez@example.com"
    tz = "America/New_York"
    res = ("Keisha Warren", "keisha.warren@lumenbank.example")
    s, e = T(2026, 5, 27, 16, 0, tz), T(2026, 5, 27, 16, 45, tz)
    t = ("Hi Diego,\n\nThanks for agreeing to join a research interview about how you use Lumen Bank's mobile app! "
         "Our original slot got bumped, so I've moved us to Wednesday May 27 at 4pm ET (45 min) - you'll see the "
         "updated calendar event. As a thank-you you'll receive a $75 gift card after the session.\n\n"
         "This is a user research session, not a sales call, and there are no right or wrong answers.\n\n"
         "Keisha Warren\nUX Researcher, Lumen Bank")
    m = plain(cid, "1", f"{res[0]} <{res[1]}>", f"Diego Alvarez <{owner}>",
              "Rescheduled: Lumen Bank research interview", T(2026, 5, 21, 13, 0, tz), owner, "lumenbank.example", t)
    g = gcal_event("lmnuxr52719diego", "Lumen Bank research interview (45 min) - rescheduled", s, e, tz, res, [],
                   owner, description="Customer research interview - mobile app. $75 gift card.",
                   created=T(2026, 5, 14, 9, 0, tz), updated=T(2026, 5, 21, 12, 58, tz), seq=1)
    case(cid, [("01-research-rescheduled.eml", m), ("02-research-event.gcal.json", g)],
         lab(owner, [], "medium", "negative/user-research",
             "Paid user-research 'interview' rescheduled (mail + Calendar API event, sequence 1); not hiring."))


def n21():
    cid = "b19-21-neg-webinar-updated-invitation"
    owner = "yuki.tanaka@mail.example"
    tz = "Asia/Tokyo"
    s, e = T(2026, 6, 18, 19, 0, tz), T(2026, 6, 18, 20, 0, tz)
    sent = T(2026, 6, 12, 12, 0, tz)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Eventra//Webinars//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", "UID:evt-88302-yt@eventra.example", f"DTSTAMP:{u(sent)}",
               f"DTSTART:{u(s)}", f"DTEND:{u(e)}",
               "SUMMARY:Live webinar: Nailing the final-round interview (and what to do when it gets rescheduled)",
               "DESCRIPTION:" + esc("Hosted by CareerPath Japan. Q&A with two recruiters."),
               "ORGANIZER;CN=Eventra:mailto:invites@eventra.example", attendee("Yuki Tanaka", owner),
               "SEQUENCE:1", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    t = ("Updated: the time for this webinar has changed.\n\nNailing the final-round interview (and what to do when "
         "it gets rescheduled)\nThursday, June 18 - 19:00-20:00 JST (was 18:00)\n\nTwo senior recruiters share how "
         "they run interview loops and how candidates should handle cancellations.\n\nJoin link: "
         "https://eventra.example/w/88302\n\nYou registered with " + owner + ".")
    m = plain(cid, "1", "CareerPath Japan via Eventra <invites@eventra.example>", owner,
              "Updated invitation: Nailing the final-round interview - Thu Jun 18 19:00 JST", sent, owner,
              "eventra.example", t)
    add_ics_attachment(m, cal, "invite.ics", method="REQUEST")
    case(cid, [("01-webinar-updated.eml", m)], lab(owner, [], "medium", "negative/webinar",
                                                    "Webinar about interviews sent as 'Updated invitation' with .ics SEQUENCE 1."))


def n22():
    cid = "b19-22-neg-coop-board-interview-moved"
    owner = "ben.ashworth@example.com"
    tz = "America/New_York"
    pm = ("Lorraine Diaz", "ldiaz@parkslope-mgmt.example")
    t1 = ("Dear Mr. Ashworth,\n\nThe Board of 418 Garfield Place Owners Corp. would like to invite you and "
          "Ms. Chen for the board interview regarding the purchase of unit 5B on Tuesday, June 9 at 7:30 PM in "
          "the building's community room.\n\nBest regards,\nLorraine Diaz\nPark Slope Property Management\n"
          "(718) 555-0150")
    id1 = msgid(cid, "1", "parkslope-mgmt.example")
    m1 = plain(cid, "1", f"{pm[0]} <{pm[1]}>", f"Ben Ashworth <{owner}>", "Board interview - 418 Garfield Pl, unit 5B",
               T(2026, 6, 1, 10, 0, tz), owner, "parkslope-mgmt.example", t1)
    t2 = ("Dear Mr. Ashworth,\n\nTwo board members are unavailable on the 9th, so we'll have to cancel Tuesday. "
          "The board has proposed Thursday, June 11 at 7pm instead - please confirm.\n\nLorraine")
    id2 = msgid(cid, "2", "parkslope-mgmt.example")
    m2 = plain(cid, "2", f"{pm[0]} <{pm[1]}>", f"Ben Ashworth <{owner}>", "Re: Board interview - 418 Garfield Pl, unit 5B",
               T(2026, 6, 5, 15, 30, tz), owner, "parkslope-mgmt.example", t2, in_reply_to=id1)
    t3 = "Thursday at 7 works for both of us. Thank you!\n\nBen\n\n> " + "\n> ".join(t2.splitlines())
    m3 = plain(cid, "3", f"Ben Ashworth <{owner}>", f"{pm[0]} <{pm[1]}>", "Re: Board interview - 418 Garfield Pl, unit 5B",
               T(2026, 6, 5, 18, 2, tz), owner, "example.com", t3, in_reply_to=id2, refs=f"{id1} {id2}")
    case(cid, [("01-board-interview.eml", m1), ("02-cancel-tuesday.eml", m2), ("03-confirm-thursday.eml", m3)],
         lab(owner, [], "hard", "negative/coop-board-interview",
             "Co-op board interview cancelled and moved in prose; not a job interview."))


for _f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
           n14, n15, n16, n17, n18, n19, n20, n21, n22):
    _f()


def write():
    for p in OUT.iterdir():
        if p.is_dir() and p.name.startswith("b19-"):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        d = OUT / cid
        d.mkdir()
        for fname, obj in items:
            if isinstance(obj, EmailMessage):
                for i, part in enumerate(p for p in obj.walk() if p.is_multipart()):
                    part.set_boundary(f"000000000000{hid(cid, fname, i, n=16)}")
                data = obj.as_bytes(policy=POLICY.clone(max_line_length=None))
            elif isinstance(obj, bytes):
                data = obj
            else:
                data = obj.encode("utf-8")
            (d / fname).write_bytes(data)
    with open(OUT / "labels.yaml", "w", encoding="utf-8") as f:
        f.write("# blind19 (LIFECYCLE) labels - generated by make_cases.py; schema as shared/eval/README.md\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)


if __name__ == "__main__":
    write()
    print(f"wrote {len(CASES)} cases")
