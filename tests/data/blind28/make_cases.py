#!/usr/bin/env python3
"""Deterministic generator for the blind28 evaluation set.

Theme: real inbox noise and calendar-only evidence.  Rewrites every b28-* case
folder and labels.yaml next to this file.  stdlib + PyYAML + zoneinfo only.
All people, companies and domains are invented (.example / example.com).
"""
import json
import os
import shutil
from datetime import datetime, date, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = ZoneInfo("UTC")

# ---------------------------------------------------------------- helpers

def T(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(dt):
    return dt.isoformat()


def stamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    parts, first = [], True
    while b:
        lim = 75 if first else 74
        if len(b) <= lim:
            parts.append(b)
            break
        cut = lim
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut])
        b = b[cut:]
        first = False
    return "\r\n ".join(p.decode("utf-8") for p in parts)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


# VTIMEZONE definitions (rule data, not per-event offsets)
US = ("0101T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU")
EU = ("0101T010000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
TZDEF = {
    "Pacific Standard Time": ("-0800", "-0700", US, "PST", "PDT"),
    "Eastern Standard Time": ("-0500", "-0400", US, "EST", "EDT"),
    "America/New_York": ("-0500", "-0400", US, "EST", "EDT"),
    "America/Los_Angeles": ("-0800", "-0700", US, "PST", "PDT"),
    "GMT Standard Time": ("+0000", "+0100", EU, "GMT", "BST"),
    "Europe/London": ("+0000", "+0100", EU, "GMT", "BST"),
    "Europe/Berlin": ("+0100", "+0200", EU, "CET", "CEST"),
    "AUS Eastern Standard Time": ("+1000", "+1100", ("0101T030000", "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU",
                                                      "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"), "AEST", "AEDT"),
    "Asia/Tokyo": ("+0900", None, None, "JST", None),
    "America/Sao_Paulo": ("-0300", None, None, "-03", None),
    "America/Chicago": ("-0600", "-0500", US, "CST", "CDT"),
}


def vtimezone(tzid):
    std, dst, rules, sn, dn = TZDEF[tzid]
    out = ["BEGIN:VTIMEZONE", "TZID:" + tzid]
    if dst is None:
        out += ["BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:" + std,
                "TZOFFSETTO:" + std, "TZNAME:" + sn, "END:STANDARD"]
    else:
        t, dst_rule, std_rule = rules
        out += ["BEGIN:STANDARD", "DTSTART:1970" + t, "TZOFFSETFROM:" + dst, "TZOFFSETTO:" + std,
                "RRULE:" + std_rule, "TZNAME:" + sn, "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:1970" + t, "TZOFFSETFROM:" + std, "TZOFFSETTO:" + dst,
                "RRULE:" + dst_rule, "TZNAME:" + dn, "END:DAYLIGHT"]
    out.append("END:VTIMEZONE")
    return out


def ics(events, method="REQUEST", prodid="-//Example Corp//Calendar 1.0//EN", extra=()):
    """events: list of dicts.  start/end: (naive datetime, tzid) | date | aware datetime (UTC)."""
    lines = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append("METHOD:" + method)
    lines += list(extra)
    tzids = []
    for e in events:
        for k in ("start", "end"):
            v = e.get(k)
            if isinstance(v, tuple) and v[1] not in tzids:
                tzids.append(v[1])
    for tz in tzids:
        lines += vtimezone(tz)
    for e in events:
        lines.append("BEGIN:VEVENT")
        for k, prop in (("start", "DTSTART"), ("end", "DTEND")):
            v = e.get(k)
            if v is None:
                continue
            if isinstance(v, tuple):
                lines.append(f'{prop};TZID={v[1]}:{v[0]:%Y%m%dT%H%M%S}')
            elif isinstance(v, datetime):
                lines.append(f"{prop}:{stamp(v)}")
            else:
                lines.append(f"{prop};VALUE=DATE:{v:%Y%m%d}")
        lines.append("DTSTAMP:" + stamp(e["dtstamp"]))
        if e.get("organizer"):
            n, m = e["organizer"]
            lines.append(f'ORGANIZER;CN="{n}":mailto:{m}')
        lines.append("UID:" + e["uid"])
        if e.get("rrule"):
            lines.append("RRULE:" + e["rrule"])
        for a in e.get("attendees", []):
            n, m = a[0], a[1]
            ps = a[2] if len(a) > 2 else "NEEDS-ACTION"
            role = a[3] if len(a) > 3 else "REQ-PARTICIPANT"
            lines.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN="{n}":mailto:{m}')
        lines.append("SEQUENCE:%d" % e.get("seq", 0))
        lines.append("STATUS:" + e.get("status", "CONFIRMED"))
        lines.append("SUMMARY:" + esc(e["summary"]))
        if e.get("description"):
            lines.append("DESCRIPTION:" + esc(e["description"]))
        if e.get("location"):
            lines.append("LOCATION:" + esc(e["location"]))
        lines.append("TRANSP:" + e.get("transp", "OPAQUE"))
        lines += e.get("extra", [])
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


_mid = [0]


def eml(owner, frm, subject, dt, text=None, html=None, to=None, cc=None, cal=None, cal_method="REQUEST",
        attach_ics=None, cte="quoted-printable", html_cte="quoted-printable", reply_to=None, sender=None,
        in_reply_to=None, references=None, headers=(), msgid_domain="mail.example", cal_inline=True,
        cal_cte="base64"):
    _mid[0] += 1
    m = EmailMessage()
    m["Delivered-To"] = owner
    m["Return-Path"] = "<%s>" % (sender or frm).split("<")[-1].rstrip(">")
    for k, v in headers:
        m[k] = v
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    if reply_to:
        m["Reply-To"] = reply_to
    m["To"] = to or owner
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(dt)
    m["Message-ID"] = "<b28.%04d.%s@%s>" % (_mid[0], dt.strftime("%Y%m%d%H%M"), msgid_domain)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = references
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte)
    if cal is not None and cal_inline:
        m.add_alternative(cal, subtype="calendar", params={"method": cal_method}, cte=cal_cte)
    if attach_ics is not None:
        name, body = attach_ics
        m.add_attachment(body.encode("utf-8"), maintype="application", subtype="ics", filename=name)
    k = 0
    for part in m.walk():
        if part.is_multipart():
            k += 1
            part.set_boundary("----=_Part_%04d_%d.%s" % (_mid[0], k, dt.strftime("%Y%m%d%H%M")))
    return m.as_bytes(policy=policy.default)


def mid_of(raw):
    for line in raw.decode("utf-8", "replace").splitlines():
        if line.lower().startswith("message-id:"):
            return line.split(":", 1)[1].strip()


def gcal(id_, summary, start, end, organizer, attendees, created, seq=0, description=None, status="confirmed",
         location=None, hangout=True, all_day=False, tz=None, recurrence=None, creator=None):
    ev = {"kind": "calendar#event", "etag": '"%d"' % (3100000000000000 + sum(map(ord, id_)) * 7919),
          "id": id_, "status": status,
          "htmlLink": "https://calendar.google.example/event?eid=" + id_,
          "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": (created + timedelta(minutes=3)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "summary": summary}
    if description:
        ev["description"] = description
    if location:
        ev["location"] = location
    ev["creator"] = {"email": (creator or organizer)[1], "displayName": (creator or organizer)[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    if len(organizer) > 2 and organizer[2] == "self":
        ev["organizer"]["self"] = True
        ev["creator"]["self"] = True
    if all_day:
        ev["start"] = {"date": start.isoformat()}
        ev["end"] = {"date": end.isoformat()}
    else:
        ev["start"] = {"dateTime": start.isoformat(), "timeZone": tz}
        ev["end"] = {"dateTime": end.isoformat(), "timeZone": tz}
    if recurrence:
        ev["recurrence"] = recurrence
    ev["iCalUID"] = id_ + "@google.com"
    ev["sequence"] = seq
    if attendees:
        al = []
        for a in attendees:
            d = {"email": a[1]}
            if a[0]:
                d["displayName"] = a[0]
            if "org" in a[3:]:
                d["organizer"] = True
            if "self" in a[3:]:
                d["self"] = True
            if "optional" in a[3:]:
                d["optional"] = True
            d["responseStatus"] = a[2]
            al.append(d)
        ev["attendees"] = al
    if hangout:
        code = "".join(c for c in id_ if c.isalpha())[:10].ljust(10, "q")
        code = f"{code[:3]}-{code[3:7]}-{code[7:10]}"
        ev["hangoutLink"] = "https://meet.google.example/" + code
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- noise mail

def n_receipt(owner, name, dt, shop="Northwind Goods", dom="northwind-goods.example", item="USB-C dock", total="$89.99"):
    first = name.split()[0]
    body = (f"Hi {first},\n\nThanks for your order! We've received it and will confirm when it ships.\n\n"
            f"Order #NW-{dt:%m%d}-{len(item) * 131}\n  1 x {item} .......... {total}\n\n"
            f"Estimated delivery: 3-5 business days. Questions? Call us at 1-800-555-0199 "
            f"(Mon-Fri 8am-8pm ET) or reply to schedule a return.\n\n{shop}\n")
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in body.split("\n\n")) + "</body></html>"
    return eml(owner, f"{shop} <orders@{dom}>", f"Your {shop} order is confirmed", dt, text=body, html=html,
               msgid_domain=dom)


def n_shipping(owner, dt, carrier="Parcelwise", dom="parcelwise.example", window="2pm - 6pm"):
    day = (dt + timedelta(days=2)).strftime("%A, %B ") + str((dt + timedelta(days=2)).day)
    body = (f"Good news! Your package is scheduled for delivery on {day} between {window}.\n\n"
            "Tracking number: PW4815162342US\n\nNot going to be home? Reschedule your delivery or "
            "choose a pickup point in the app. A signature may be required.\n\n"
            f"-- {carrier} Delivery Updates (do not reply)\n")
    return eml(owner, f"{carrier} <updates@{dom}>", f"Your delivery is scheduled for {day.split(',')[0]}", dt,
               text=body, msgid_domain=dom)


def n_bank(owner, name, dt, bank="Harborline Bank", dom="harborline-bank.example", amount="$412.60", merchant="SKYJET AIR"):
    body = (f"Dear {name},\n\nWe noticed a card transaction that needs your attention:\n\n"
            f"  Merchant: {merchant}\n  Amount: {amount}\n  Card ending: 4471\n\n"
            "Please confirm whether you made this purchase in the app. If you don't recognise it, "
            "call us on the number on the back of your card - we're available 24/7.\n\n"
            "For your security we will never ask for your PIN or one-time passcode.\n\n"
            f"{bank} Fraud Prevention\n")
    return eml(owner, f"{bank} Alerts <alerts@{dom}>", "Action needed: please confirm a recent transaction", dt,
               text=body, cte="base64", msgid_domain=dom)


def n_newsletter(owner, dt, brand="The Career Compass", dom="careercompass.example", topic=None):
    topic = topic or "5 questions to ask at the end of every interview"
    html = (f"<html><body style='font-family:Georgia,serif'><h1>{brand}</h1>"
            f"<h2>This week: {topic}</h2>"
            "<p>Plus: how one reader scheduled three final-round interviews in a week, and why you should "
            "always confirm the time zone when a recruiter says \"let's do a call at 2\".</p>"
            "<p><b>Reader Q&amp;A:</b> &ldquo;My phone interview was moved twice - is that a red flag?&rdquo;</p>"
            "<p>Join our live webinar on Thursday at 1pm ET: <a href='https://careercompass.example/live'>"
            "Register</a></p>"
            f"<p style='font-size:11px'>You are receiving this because you subscribed. "
            f"<a href='https://{dom}/unsub'>Unsubscribe</a> &middot; 1200 Harbor Blvd, Suite 4, Oakland CA</p>"
            "</body></html>")
    return eml(owner, f"{brand} <hello@{dom}>", f"{brand}: {topic}", dt, html=html, msgid_domain=dom,
               headers=[("List-Unsubscribe", f"<https://{dom}/unsub>")])


def n_dentist(owner, name, dt, appt, practice="Brightsmile Dental", dom="brightsmile-dental.example"):
    first = name.split()[0]
    body = (f"Hi {first},\n\nThis is a reminder of your appointment with {practice}:\n\n"
            f"  {appt:%A, %B} {appt.day} at {appt:%I:%M %p}\n  Hygienist: Carla\n\n"
            "Please reply C to confirm or call 555-0133 to reschedule. Appointments cancelled with less "
            "than 24 hours' notice may incur a fee.\n\nSee you soon!\n" + practice + "\n")
    return eml(owner, f"{practice} <reminders@{dom}>", f"Appointment reminder: {appt:%a %b} {appt.day}", dt,
               text=body, msgid_domain=dom)


def n_dinner(owner, name, dt, friend, fmail, when_text):
    first = name.split()[0]
    body = (f"hey {first}!!\n\nwe're finally doing the dumpling night - {when_text} at ours. "
            "can you confirm if you're coming + if you're bringing anyone? i need to schedule the "
            "grocery run lol\n\ncall me if you get lost, the buzzer is still broken\n\n"
            f"{friend.split()[0].lower()}\n\nSent from my phone\n")
    return eml(owner, f"{friend} <{fmail}>", "dumpling night??", dt, text=body, msgid_domain="mail.example")


def n_conference(owner, name, dt, conf="DevHarbor Summit 2026", dom="devharbor.example", when="May 20-21, 2026"):
    body = (f"Hi {name},\n\nYou're in! Here is your ticket for {conf}.\n\nDates: {when}\n"
            "Venue: Pier 9 Convention Centre\nTicket type: General Admission\nOrder: DH-22871\n\n"
            "The full schedule (talks, workshops and a live 'founder interview' on the main stage) is "
            "now online. Add the sessions you want to your personal agenda in the app.\n\n"
            f"See you there,\nThe {conf} team\n")
    return eml(owner, f"{conf} <tickets@{dom}>", f"Your ticket: {conf}", dt, text=body, msgid_domain=dom)


def n_standup_eml(owner, name, dt, boss, bmail, start_local, tzid, uid, company):
    cal = ics([{"uid": uid, "dtstamp": dt, "start": (start_local, tzid),
                "end": (start_local + timedelta(minutes=15), tzid), "rrule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                "organizer": (boss, bmail),
                "attendees": [(name, owner), ("Platform Team", "platform-team@" + bmail.split("@")[1])],
                "summary": "Daily standup - Platform", "description":
                "Quick sync: yesterday / today / blockers. Please keep it to 15 min; longer discussions "
                "-> schedule a follow-up call.", "location": "Microsoft Teams Meeting",
                "extra": ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"]}],
              prodid="Microsoft Exchange Server 2010")
    text = (f"Daily standup for the Platform team at {company}. Recurring, weekdays.\n\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            "Meeting ID: 318 442 907 115\nPasscode: Zt8kQw\n"
            "________________________________________________________________________________\n")
    return eml(owner, f"{boss} <{bmail}>", "Daily standup - Platform", dt, text=text, cal=cal,
               headers=[("Content-class", "urn:content-classes:calendarmessage")],
               msgid_domain=bmail.split("@")[1])


# ---------------------------------------------------------------- cases

CASES = {}
LABELS = {}


def case(cid, user, items, interviews, difficulty, category, notes):
    CASES[cid] = items
    LABELS[cid] = {"user": user, "interview": bool(interviews), "interviews": interviews,
                   "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}

# ---- b28-01  Apple iCloud .ics: update (SEQUENCE 2) arrives before the original; London DST edge
def c01():
    o, on = "maren.holt@mail.example", "Maren Holt"
    D = "brightwater-analytics.example"
    rec, tob = ("Ines Parekh", "ines.parekh@" + D), ("Tobias Greer", "tobias.greer@" + D)
    uid = "6F1C2A9E-3B7D-4E21-9C55-0A8D4B7E1F02"
    desc = ("Hi Maren - Tobias (Lead Data Engineer) will run a 60-minute live pairing session: a small "
            "batch pipeline in Python + SQL, no prep needed beyond a working laptop. I'm just coordinating "
            "and won't join. Any problems, call me on +44 20 7946 0321. - Ines")
    def ev(seq, start, stampdt, note=""):
        return ics([{"uid": uid, "seq": seq, "dtstamp": stampdt, "start": (start, "Europe/London"),
                     "end": (start + timedelta(hours=1), "Europe/London"), "organizer": rec,
                     "attendees": [(on, o, "NEEDS-ACTION"), (tob[0], tob[1], "ACCEPTED"), (rec[0], rec[1], "ACCEPTED", "NON-PARTICIPANT")],
                     "summary": "Technical interview - Brightwater Analytics (Data Engineer)",
                     "description": note + desc, "location": "https://whereby.example/brightwater-tech"}],
                   prodid="-//Apple Inc.//macOS 15.3//EN")
    items = [
        ("01-career-compass-newsletter.eml", n_newsletter(o, T(2026, 3, 18, 7, 0, "Europe/London"))),
        ("02-brightwater-technical-interview-updated.ics",
         ev(2, datetime(2026, 3, 31, 14, 0), T(2026, 3, 20, 9, 41, "Europe/London"),
            "UPDATED: moved to Tuesday 31 March, same time. ")),
        ("03-parcel-delivery.eml", n_shipping(o, T(2026, 3, 20, 11, 5, "Europe/London"))),
        ("04-brightwater-technical-interview.ics",
         ev(0, datetime(2026, 3, 26, 14, 0), T(2026, 3, 17, 16, 12, "Europe/London"))),
        ("05-bank-alert.eml", n_bank(o, on, T(2026, 3, 21, 8, 30, "Europe/London"), amount="£212.40", merchant="RAILCARD ONLINE")),
    ]
    s = T(2026, 3, 31, 14, 0, "Europe/London")
    case("b28-01-icloud-ics-update-before-original", o, items,
         [iv("Brightwater Analytics", "Data Engineer", s, s + timedelta(hours=1), "scheduled", [tob[1]], [tob[1]], "technical")],
         "hard", "positive/calendar-only-sequence-order",
         "Two iCloud .ics copies of one UID; SEQUENCE:2 (31 Mar, after UK DST -> +01:00) arrives before SEQUENCE:0 (26 Mar, GMT). Higher sequence wins.")


# ---- b28-02  Exchange invite, update adds a second interviewer; Windows TZID; standup invite noise
def c02():
    o, on = "chidi.okafor@example.com", "Chidi Okafor"
    D = "larchmont-health.example"
    rec, raj, oli = ("Hannah Voss", "hvoss@" + D), ("Raj Menon", "rmenon@" + D), ("Olivia Brandt", "obrandt@" + D)
    uid = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6D901000000000000000010000000F4C1B2A3"
    start = datetime(2026, 3, 12, 10, 0)
    def inv(seq, atts, dt, subj_prefix, note):
        cal = ics([{"uid": uid, "seq": seq, "dtstamp": dt, "start": (start, "Pacific Standard Time"),
                    "end": (start + timedelta(hours=1), "Pacific Standard Time"), "organizer": rec,
                    "attendees": atts, "summary": "Interview: Chidi Okafor - Senior Site Reliability Engineer",
                    "description": note, "location": "Microsoft Teams Meeting",
                    "extra": ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE"]}],
                  prodid="Microsoft Exchange Server 2010")
        text = ("When: Thursday, March 12, 2026 10:00 AM-11:00 AM (UTC-08:00) Pacific Time (US & Canada).\n"
                "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + note +
                "\n\nHannah Voss\nSenior Recruiter | Larchmont Health Systems\n"
                "m: +1 (206) 555-0148 | 1400 Westlake Ave N, Seattle, WA 98109\n\n"
                "________________________________________________________________________________\n"
                "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                "Meeting ID: 247 981 330 562\nPasscode: 9hRtxE\n"
                "________________________________________________________________________________\n")
        return eml(o, f"{rec[0]} <{rec[1]}>", subj_prefix + "Interview: Chidi Okafor - Senior Site Reliability Engineer",
                   dt, text=text, to=", ".join(f"{a[0]} <{a[1]}>" for a in atts), cal=cal,
                   headers=[("Content-class", "urn:content-classes:calendarmessage"),
                            ("Thread-Topic", "Interview: Chidi Okafor - Senior Site Reliability Engineer")],
                   msgid_domain="namprd07.prod.outlook.example")
    n1 = ("Hi Chidi,\n\nAs discussed, here is the invite for your incident-response deep dive with Raj Menon "
          "(Principal SRE). Plan for 60 minutes; Raj will walk through a past outage with you. I'm only "
          "scheduling this one and won't be on the call.")
    n2 = n1 + ("\n\nUPDATE: Olivia Brandt (Engineering Manager, Reliability) will now join Raj for this "
               "session, so it becomes a short panel. Same time, same link.")
    items = [
        ("01-invite-larchmont-sre.eml", inv(0, [(on, o, "NEEDS-ACTION"), (raj[0], raj[1], "NEEDS-ACTION")],
                                            T(2026, 3, 4, 13, 20, "America/Los_Angeles"), "", n1)),
        ("02-standup-invite-current-job.eml", n_standup_eml(o, on, T(2026, 3, 5, 8, 2, "America/Los_Angeles"),
            "Marta Ilves", "marta.ilves@tidewaterlabs.example", datetime(2026, 3, 9, 9, 30), "Pacific Standard Time",
            "040000008200E00074C5B7101A82E0080000000077AA11BB22CC33DD0000000000000000100000009ABCDEF0", "Tidewater Labs")),
        ("03-order-confirmation.eml", n_receipt(o, on, T(2026, 3, 6, 19, 45, "America/Los_Angeles"), item="Noise-cancelling headset", total="$129.00")),
        ("04-updated-invite-larchmont-sre.eml", inv(1, [(on, o, "ACCEPTED"), (raj[0], raj[1], "ACCEPTED"), (oli[0], oli[1], "NEEDS-ACTION")],
                                                    T(2026, 3, 9, 10, 5, "America/Los_Angeles"), "Updated: ", n2)),
        ("05-bank-alert.eml", n_bank(o, on, T(2026, 3, 10, 6, 50, "America/Los_Angeles"))),
    ]
    s = T(2026, 3, 12, 10, 0, "America/Los_Angeles")
    case("b28-02-exchange-update-adds-interviewer", o, items,
         [iv("Larchmont Health Systems", "Senior Site Reliability Engineer", s, s + timedelta(hours=1), "scheduled",
             [raj[1], oli[1]], [raj[1], oli[1]], "onsite")],
         "medium", "positive/exchange-attendee-change",
         "Exchange invite (Pacific Standard Time TZID; display label says UTC-08:00 but 12 Mar is after US DST -> -07:00) updated to add a second interviewer; a recurring Teams standup from the user's current employer is noise.")


# ---- b28-03  Zoho: two tentative holds, user declines one, other confirmed
def c03():
    o, on = "sana.mirza@mail.example", "Sana Mirza"
    D = "quillfeather.example"
    leo, amara = ("Leo Duarte", "leo.duarte@" + D), ("Amara Lewis", "amara.lewis@" + D)
    P = "-//Zoho Corporation//Zoho Calendar//EN"
    desc = ("Portfolio review with Amara Lewis (Design Director), 45 minutes over Zoho Meeting. "
            "Please accept ONE of the two holds and decline the other. - Leo")
    def hold(uid, start, seq, status, ps, method, dt, summary):
        return ics([{"uid": uid, "seq": seq, "dtstamp": dt, "start": (start, "America/New_York"),
                     "end": (start + timedelta(minutes=45), "America/New_York"), "organizer": leo,
                     "attendees": [(on, o, ps), (amara[0], amara[1], "ACCEPTED")], "status": status,
                     "summary": summary, "description": desc, "location": "Zoho Meeting (link to follow)"}],
                   method=method, prodid=P)
    u1, u2 = "zc-7731984400012345@zoho.example", "zc-7731984400012346@zoho.example"
    mail = ("Hi Sana,\n\nThanks for sending over your portfolio - the team loved the wayfinding project.\n\n"
            "Next step is a portfolio review with Amara Lewis, our Design Director (about 45 minutes). I've put "
            "two tentative holds on your calendar - Tuesday 4/21 at 11am or Wednesday 4/22 at 3pm, both "
            "Eastern. Just accept the one that suits you and decline the other, and I'll lock it in.\n\n"
            "Best,\nLeo\n\n--\nLeo Duarte | Talent Partner\nQuillfeather Press\n"
            "T: +1 617 555 0119 | 88 Summer Street, 5th floor, Boston MA 02110\n")
    items = [
        ("01-quillfeather-next-steps.eml", eml(o, f"{leo[0]} <{leo[1]}>", "Quillfeather Press - portfolio review holds",
                                               T(2026, 4, 14, 16, 22, "America/New_York"), text=mail, msgid_domain=D)),
        ("02-hold-1-tue.ics", hold(u1, datetime(2026, 4, 21, 11, 0), 0, "TENTATIVE", "NEEDS-ACTION", "REQUEST",
                                   T(2026, 4, 14, 16, 25, "America/New_York"), "HOLD 1 - Portfolio review (Quillfeather Press)")),
        ("03-hold-2-wed.ics", hold(u2, datetime(2026, 4, 22, 15, 0), 0, "TENTATIVE", "NEEDS-ACTION", "REQUEST",
                                   T(2026, 4, 14, 16, 26, "America/New_York"), "HOLD 2 - Portfolio review (Quillfeather Press)")),
        ("04-dentist-reminder.eml", n_dentist(o, on, T(2026, 4, 15, 9, 0, "America/New_York"),
                                              T(2026, 4, 21, 8, 30, "America/New_York"))),
        ("05-hold-1-declined.ics", hold(u1, datetime(2026, 4, 21, 11, 0), 0, "TENTATIVE", "DECLINED", "REPLY",
                                        T(2026, 4, 15, 12, 3, "America/New_York"), "HOLD 1 - Portfolio review (Quillfeather Press)")),
        ("06-portfolio-review-confirmed.ics", hold(u2, datetime(2026, 4, 22, 15, 0), 1, "CONFIRMED", "ACCEPTED", "REQUEST",
                                                   T(2026, 4, 15, 14, 40, "America/New_York"), "Portfolio review - Sana Mirza / Product Designer (Quillfeather Press)")),
    ]
    s = T(2026, 4, 22, 15, 0, "America/New_York")
    case("b28-03-zoho-two-holds-one-declined", o, items,
         [iv("Quillfeather Press", "Product Designer", s, s + timedelta(minutes=45), "scheduled", [amara[1]], [amara[1]], "hiring_manager")],
         "hard", "positive/tentative-holds-declined",
         "Two Zoho TENTATIVE holds; user's REPLY declines Tue hold; Wed hold re-sent CONFIRMED with SEQUENCE:1. Only Wed 22 Apr 15:00 EDT is an interview. Dentist reminder on the Tue morning is noise.")


# ---- b28-04  Fastmail all-day "Interview day" with timed sessions in the description (calendar only)
def c04():
    o, on = "jonas.eriksen@example.com", "Jonas Eriksen"
    D = "kestrel-robotics.example"
    fenna = ("Fenna de Wit", "fenna.dewit@" + D)
    ppl = [("Lena Vogt", "lena.vogt@" + D), ("Piotr Zielinski", "piotr.zielinski@" + D),
           ("Ayumi Sato", "ayumi.sato@" + D), ("Marco Bellini", "marco.bellini@" + D)]
    desc = ("Your on-site interview day for the Embedded Software Engineer role. All times Berlin time (CEST).\n\n"
            "09:30-10:15  Welcome & team intro - Lena Vogt (lena.vogt@kestrel-robotics.example)\n"
            "10:30-11:30  Embedded C deep dive - Piotr Zielinski (piotr.zielinski@kestrel-robotics.example)\n"
            "11:45-12:30  System design: motor controller firmware - Ayumi Sato (ayumi.sato@kestrel-robotics.example)\n"
            "12:30-13:30  Lunch with the team (not an interview!)\n"
            "13:30-14:15  Wrap-up with our CTO - Marco Bellini (marco.bellini@kestrel-robotics.example)\n\n"
            "Ask for Fenna at reception. Questions: fenna.dewit@kestrel-robotics.example / +49 30 5557 2210")
    cal = ics([{"uid": "a3f0c1d2-5e6b-4c7d-8e9f-kestrel-interview-day", "seq": 1, "dtstamp": T(2026, 4, 2, 15, 10, "Europe/Berlin"),
                "start": date(2026, 4, 16), "end": date(2026, 4, 17), "organizer": fenna,
                "attendees": [(on, o, "ACCEPTED")] + [(p[0], p[1], "ACCEPTED") for p in ppl],
                "summary": "Interview day - Kestrel Robotics", "description": desc,
                "location": "Kestrel Robotics, Torstrasse 140, 10119 Berlin", "transp": "TRANSPARENT"}],
              prodid="-//Fastmail/2020.5/EN")
    items = [
        ("01-conference-ticket.eml", n_conference(o, on, T(2026, 4, 1, 10, 0, "Europe/Berlin"))),
        ("02-interview-day-kestrel.ics", cal),
        ("03-dentist-reminder.eml", n_dentist(o, on, T(2026, 4, 9, 8, 0, "Europe/Berlin"), T(2026, 4, 17, 16, 0, "Europe/Berlin"),
                                              practice="Zahnarztpraxis am Kanal", dom="zahnarzt-kanal.example")),
        ("04-newsletter.eml", n_newsletter(o, T(2026, 4, 12, 7, 30, "Europe/Berlin"), brand="Firmware Weekly", dom="firmwareweekly.example",
                                           topic="an interview with the team behind an open-source RTOS")),
    ]
    s, e = T(2026, 4, 16, 9, 30, "Europe/Berlin"), T(2026, 4, 16, 14, 15, "Europe/Berlin")
    case("b28-04-fastmail-allday-interview-day", o, items,
         [iv("Kestrel Robotics", "Embedded Software Engineer", s, e, "scheduled", [p[1] for p in ppl], [p[1] for p in ppl], "onsite")],
         "hard", "positive/calendar-only-all-day",
         "Fastmail all-day VALUE=DATE event; timed sessions in DESCRIPTION (CEST) -> one onsite 09:30-14:15 +02:00 with four interviewers; coordinator Fenna excluded.")


# ---- b28-05  Outlook tentative hold -> e-mail -> confirmed update; Sydney just after DST end
def c05():
    o, on = "li.harper@mail.example", "Li Harper"
    D = "saltbush-energy.example"
    pr, cal_ = ("Priya Raman", "priya.raman@" + D), ("Callum Reid", "callum.reid@" + D)
    uid = "040000008200E00074C5B7101A82E00800000000D0C0FFEE12345601000000000000000010000000SALT0001"
    tz = "AUS Eastern Standard Time"
    def inv(seq, start, status, busy, dt, subj, note, label):
        c = ics([{"uid": uid, "seq": seq, "dtstamp": dt, "start": (start, tz), "end": (start + timedelta(minutes=45), tz),
                  "organizer": pr, "attendees": [(on, o), (cal_[0], cal_[1])], "status": status,
                  "summary": subj, "description": note, "location": "Microsoft Teams Meeting",
                  "extra": ["X-MICROSOFT-CDO-BUSYSTATUS:" + busy, "X-MICROSOFT-CDO-INTENDEDSTATUS:" + busy]}],
                prodid="Microsoft Exchange Server 2010")
        text = f"When: {label} (UTC+10:00) Canberra, Melbourne, Sydney.\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{note}\n"
        return eml(o, f"{pr[0]} <{pr[1]}>", subj, dt, text=text, cal=c,
                   headers=[("Content-class", "urn:content-classes:calendarmessage")], msgid_domain="saltbush-energy.example")
    hold_note = ("Holding this time for a 45 min chat with Callum Reid (Head of Commercial) - TBC, he may be travelling. "
                 "Will confirm by Monday.")
    conf_note = "Confirmed: 45 min hiring manager interview with Callum Reid for the Commercial Analyst role. Teams link below."
    mail = ("Hi Li,\n\nQuick one - Callum's flight lands at 2:50pm on Tuesday so we've pushed your chat to 3:30pm "
            "(Sydney time) to give him a buffer. Updated invite on its way; the 3pm hold will disappear.\n\n"
            "It's a conversational interview - your background, why commercial, and a short discussion of a "
            "pricing scenario. Nothing to prepare.\n\nCheers,\nPriya\n\nPriya Raman | Talent Acquisition Lead\n"
            "Saltbush Energy | Level 12, 1 Margaret St, Sydney NSW 2000 | +61 2 5550 1944\n")
    items = [
        ("01-hold-hiring-manager.eml", inv(0, datetime(2026, 4, 7, 15, 0), "TENTATIVE", "TENTATIVE", T(2026, 3, 31, 11, 2, "Australia/Sydney"),
                                          "HOLD - Hiring manager interview (TBC)", hold_note, "Tuesday, 7 April 2026 3:00 PM-3:45 PM")),
        ("02-dumpling-night.eml", n_dinner(o, on, T(2026, 4, 1, 19, 12, "Australia/Sydney"), "Maddie Chu", "maddie.chu@mail.example",
                                           "saturday the 11th from 7pm")),
        ("03-re-tuesday-time-change.eml", eml(o, f"{pr[0]} <{pr[1]}>", "Tuesday - small time change", T(2026, 4, 3, 9, 40, "Australia/Sydney"),
                                              text=mail, msgid_domain=D)),
        ("04-confirmed-hiring-manager.eml", inv(1, datetime(2026, 4, 7, 15, 30), "CONFIRMED", "BUSY", T(2026, 4, 3, 9, 44, "Australia/Sydney"),
                                               "Interview: Li Harper / Callum Reid - Commercial Analyst", conf_note,
                                               "Tuesday, 7 April 2026 3:30 PM-4:15 PM")),
        ("05-delivery-update.eml", n_shipping(o, T(2026, 4, 4, 8, 15, "Australia/Sydney"), window="7am - 11am")),
    ]
    s = T(2026, 4, 7, 15, 30, "Australia/Sydney")
    case("b28-05-outlook-tentative-hold-then-confirmed", o, items,
         [iv("Saltbush Energy", "Commercial Analyst", s, s + timedelta(minutes=45), "scheduled", [cal_[1]], [cal_[1]], "hiring_manager")],
         "hard", "positive/tentative-then-confirmed",
         "Exchange TENTATIVE hold 3:00pm then SEQUENCE:1 CONFIRMED 3:30pm; 7 Apr is after Sydney DST ends (5 Apr) -> +10:00.")


# ---- b28-06  Google Calendar API: event then deleted (status cancelled) + recruiter mail; Sao Paulo
def c06():
    o, on = "rafael.costa@mail.example", "Rafael Costa"
    D = "jacaranda-pag.example"
    bea, tia = ("Beatriz Lima", "beatriz.lima@" + D), ("Tiago Martins", "tiago.martins@" + D)
    s = T(2026, 5, 14, 10, 0, "America/Sao_Paulo")
    ev = gcal("5kq2v8n1jacar0a7m3t9xw", "Entrevista técnica - Rafael Costa / Backend Engineer (Go)", s, s + timedelta(hours=1),
              bea, [(bea[0], bea[1], "accepted", "org"), (tia[0], tia[1], "accepted"), (None, o, "needsAction", "self")],
              T(2026, 5, 6, 15, 20, "America/Sao_Paulo"), tz="America/Sao_Paulo",
              description="Conversa técnica com o Tiago (Tech Lead, Pagamentos): Go, filas e idempotência. 60 min.")
    deleted = json.dumps({"kind": "calendar#event", "etag": '"3451002119384000"', "id": "5kq2v8n1jacar0a7m3t9xw",
                          "status": "cancelled"}, indent=2) + "\n"
    mail = ("Oi Rafael,\n\nInfelizmente precisamos cancelar a entrevista técnica de quinta-feira (14/05, 10h) com o Tiago. "
            "A vaga de Backend Engineer (Go) foi congelada esta manhã por uma decisão de orçamento - nada a ver com "
            "o seu perfil, que gostamos muito.\n\nSe a posição reabrir no próximo trimestre, eu te ligo primeiro. "
            "Desculpe pelo transtorno!\n\nAbraço,\nBeatriz Lima\nTalent Acquisition | Jacarandá Pagamentos\n"
            "+55 11 5555-0192 | Av. Paulista, 1842 - São Paulo\n")
    items = [
        ("01-entrevista-tecnica.gcal.json", ev),
        ("02-dumpling-night.eml", n_dinner(o, on, T(2026, 5, 8, 20, 1, "America/Sao_Paulo"), "Julia Prado", "julia.prado@mail.example",
                                           "sexta (15) lá pelas 20h")),
        ("03-cancelamento-entrevista.eml", eml(o, f"{bea[0]} <{bea[1]}>", "Entrevista de quinta - cancelamento",
                                               T(2026, 5, 12, 11, 14, "America/Sao_Paulo"), text=mail, msgid_domain=D)),
        ("04-entrevista-tecnica-deleted.gcal.json", deleted),
        ("05-order-confirmation.eml", n_receipt(o, on, T(2026, 5, 12, 21, 30, "America/Sao_Paulo"), shop="Loja Pitanga",
                                                dom="lojapitanga.example", item="Cadeira ergonômica", total="R$ 1.249,00")),
    ]
    case("b28-06-gcal-event-deleted-cancelled", o, items,
         [iv("Jacarandá Pagamentos", "Backend Engineer (Go)", s, s + timedelta(hours=1), "cancelled", [tia[1]], [tia[1]], "technical")],
         "medium", "positive/cancellation-gcal",
         "Calendar API event, later the same id with only status=cancelled, plus Portuguese cancellation mail (role frozen). America/Sao_Paulo -03:00, no DST.")


# ---- b28-07  ATS mail + Proton calendar copy, then cancellation (METHOD:CANCEL); Tokyo
def c07():
    o, on = "aiko.brandt@example.com", "Aiko Brandt"
    D = "hoshizora-games.example"
    ken, say = ("Kenji Mori", "kenji.mori@" + D), ("Sayaka Ono", "sayaka.ono@" + D)
    uid = "ashby-iv-0b7e55c1-92aa-4f0e-8d1f-hoshizora"
    start = datetime(2026, 6, 9, 16, 0)
    def ev(method, seq, status, dt, prodid):
        return ics([{"uid": uid, "seq": seq, "dtstamp": dt, "start": (start, "Asia/Tokyo"), "end": (start + timedelta(minutes=45), "Asia/Tokyo"),
                     "organizer": ("Hoshizora Games Recruiting", "no-reply@ashby-mail.example"),
                     "attendees": [(on, o, "ACCEPTED" if method != "CANCEL" else "NEEDS-ACTION"), (say[0], say[1], "ACCEPTED")], "status": status,
                     "summary": "Interview with Hoshizora Games - Localization Producer",
                     "description": "45-minute video interview with Sayaka Ono (Head of Localization). Questions: kenji.mori@hoshizora-games.example",
                     "location": "Google Meet"}], method=method, prodid=prodid)
    conf = ("<html><body><p>Hi Aiko,</p><p>Your interview with <b>Hoshizora Games</b> for <b>Localization Producer</b> is confirmed.</p>"
            "<table><tr><td>When</td><td>Tuesday, June 9, 2026 &middot; 16:00 - 16:45 JST</td></tr>"
            "<tr><td>Interviewer</td><td>Sayaka Ono, Head of Localization</td></tr>"
            "<tr><td>Where</td><td>Google Meet (link in the calendar invite)</td></tr></table>"
            "<p>Need to reschedule? Reply to this email and Kenji will help.</p>"
            "<p style='color:#888'>Sent via Ashby on behalf of Hoshizora Games</p></body></html>")
    canc_mail = ("Hi Aiko,\n\nI'm sorry to do this on short notice, but we need to cancel Tuesday's interview with Sayaka. "
                 "Our localization org is being restructured and the Localization Producer opening is on pause "
                 "while that settles. You'll get an automatic cancellation from Ashby as well.\n\n"
                 "I'll reach out directly if the role comes back.\n\nKenji Mori\nRecruiter, Hoshizora Games\n"
                 "Shibuya Scramble Square 31F, Tokyo | +81 3-5555-0147\n")
    items = [
        ("01-ashby-interview-confirmed.eml", eml(o, f"Hoshizora Games <no-reply@ashby-mail.example>", "Interview confirmed: Hoshizora Games - Localization Producer",
                                                 T(2026, 6, 1, 10, 5, "Asia/Tokyo"), text=None, html=conf, reply_to=f"{ken[0]} <{ken[1]}>",
                                                 attach_ics=("invite.ics", ev("REQUEST", 0, "CONFIRMED", T(2026, 6, 1, 10, 5, "Asia/Tokyo"), "-//Ashby//Scheduling//EN")),
                                                 msgid_domain="ashby-mail.example")),
        ("02-newsletter.eml", n_newsletter(o, T(2026, 6, 2, 7, 0, "Asia/Tokyo"), brand="Game Dev Digest", dom="gamedevdigest.example",
                                           topic="an interview with three indie localization leads")),
        ("03-proton-calendar-copy.ics", ev("PUBLISH", 0, "CONFIRMED", T(2026, 6, 1, 10, 9, "Asia/Tokyo"), "-//Proton AG//ProtonCalendar 1.0.0//EN")),
        ("04-re-tuesday-interview.eml", eml(o, f"{ken[0]} <{ken[1]}>", "Re: Interview confirmed: Hoshizora Games - Localization Producer",
                                            T(2026, 6, 5, 17, 48, "Asia/Tokyo"), text=canc_mail, msgid_domain=D)),
        ("05-ashby-cancelled.eml", eml(o, f"Hoshizora Games <no-reply@ashby-mail.example>", "Cancelled: Interview with Hoshizora Games - Localization Producer",
                                       T(2026, 6, 5, 17, 52, "Asia/Tokyo"),
                                       text="Your interview on Tuesday, June 9, 2026 at 16:00 JST has been cancelled by Hoshizora Games.\n",
                                       attach_ics=("cancel.ics", ev("CANCEL", 1, "CANCELLED", T(2026, 6, 5, 17, 52, "Asia/Tokyo"), "-//Ashby//Scheduling//EN")),
                                       msgid_domain="ashby-mail.example")),
        ("06-bank-alert.eml", n_bank(o, on, T(2026, 6, 6, 9, 12, "Asia/Tokyo"), amount="¥18,400", merchant="JR EAST SHINKANSEN")),
    ]
    s = T(2026, 6, 9, 16, 0, "Asia/Tokyo")
    case("b28-07-ashby-proton-cancelled-tokyo", o, items,
         [iv("Hoshizora Games", "Localization Producer", s, s + timedelta(minutes=45), "cancelled", [say[1]], [say[1]], "hiring_manager")],
         "medium", "positive/cancellation-ics",
         "Ashby HTML confirmation + invite.ics, Proton calendar PUBLISH copy (same UID), recruiter cancellation and METHOD:CANCEL. JST +09:00.")


# ---- b28-08  two interviews: phone screen agreed in a thread ("Thu 3/5 @ 4:30p PST") + Google invite for case interview
def c08():
    o, on = "noor.haddad@mail.example", "Noor Haddad"
    D = "fernhill-logistics.example"
    gr, dev = ("Grace Whitfield", "grace.whitfield@" + D), ("Devon Park", "devon.park@" + D)
    sig = ("\n--\nGrace Whitfield | Talent Partner\nFernhill Logistics\n+1 (503) 555-0142\n"
           "200 SW Market St, Suite 900, Portland, OR 97201\n")
    m1 = eml(o, f"{gr[0]} <{gr[1]}>", "Operations Analyst - quick intro call?", T(2026, 3, 2, 9, 14, "America/Los_Angeles"),
             text=("Hi Noor,\n\nThanks for applying for the Operations Analyst role at Fernhill Logistics! I'd love to set up a "
                   "30-minute phone screen this week. Does Thursday afternoon work? I'm on Pacific time.\n\nBest,\nGrace" + sig),
             msgid_domain=D)
    m1id = mid_of(m1)
    m2 = eml(o, f"{gr[0]} <{gr[1]}>", "Re: Operations Analyst - quick intro call?", T(2026, 3, 2, 15, 3, "America/Los_Angeles"),
             text=("Perfect - you're booked. I'll call you Thu 3/5 @ 4:30p PST on the number from your resume, 30 min.\n\nTalk soon,\nGrace" + sig +
                   "\nOn Mon, Mar 2, 2026 at 1:47 PM Noor Haddad <noor.haddad@mail.example> wrote:\n"
                   "> Hi Grace, thanks so much! Thursday works - anytime after 4 my time (I'm in Seattle, so Pacific as well).\n"
                   "> Would 4:30 be ok?\n>\n> Noor\n>\n"
                   "> On Mon, Mar 2, 2026 at 9:14 AM Grace Whitfield <grace.whitfield@fernhill-logistics.example> wrote:\n"
                   ">> Hi Noor,\n>> Thanks for applying for the Operations Analyst role at Fernhill Logistics! I'd love to set up a\n"
                   ">> 30-minute phone screen this week. Does Thursday afternoon work?\n"),
             in_reply_to=m1id, references=m1id, msgid_domain=D)
    s2 = T(2026, 3, 17, 13, 0, "America/Los_Angeles")
    cal = ics([{"uid": "3v9kq0b2fernhill7case@google.com", "seq": 0, "dtstamp": T(2026, 3, 9, 11, 30, "America/Los_Angeles"),
                "start": (datetime(2026, 3, 17, 13, 0), "America/Los_Angeles"), "end": (datetime(2026, 3, 17, 14, 0), "America/Los_Angeles"),
                "organizer": gr, "attendees": [(gr[0], gr[1], "ACCEPTED"), (dev[0], dev[1], "ACCEPTED"), (on, o, "NEEDS-ACTION")],
                "summary": "Fernhill Logistics - Operations Analyst - Case interview (Noor Haddad)",
                "description": "Case interview with Devon Park (Ops Manager, Distribution). You'll size a warehouse labour plan live; bring a calculator or spreadsheet.",
                "location": "https://meet.google.example/fhl-case-int"}], prodid="-//Google Inc//Google Calendar 70.9054//EN")
    ptxt = ("Fernhill Logistics - Operations Analyst - Case interview (Noor Haddad)\nTuesday Mar 17, 2026 - 1pm - 2pm\n"
            "Pacific Time - Los Angeles\n\nJoin with Google Meet\nhttps://meet.google.example/fhl-case-int\n\n"
            "Organizer\nGrace Whitfield\ngrace.whitfield@fernhill-logistics.example\n\nGuests\nDevon Park\nnoor.haddad@mail.example\n\n"
            "Invitation from Google Calendar\n")
    m5 = eml(o, f"{gr[0]} <{gr[1]}>", "Invitation: Fernhill Logistics - Operations Analyst - Case interview (Noor Haddad) @ Tue Mar 17, 2026 1pm - 2pm (PDT) (noor.haddad@mail.example)",
             T(2026, 3, 9, 11, 30, "America/Los_Angeles"), text=ptxt, html="<html><body><pre>" + ptxt + "</pre></body></html>",
             cal=cal, attach_ics=("invite.ics", cal), cte="base64", reply_to=f"{gr[0]} <{gr[1]}>",
             sender="Google Calendar <calendar-notification@google.example>", msgid_domain="google.example")
    items = [
        ("01-intro-call.eml", m1),
        ("02-re-intro-call-booked.eml", m2),
        ("03-order-confirmation.eml", n_receipt(o, on, T(2026, 3, 4, 20, 10, "America/Los_Angeles"), item="Standing desk mat", total="$54.00")),
        ("04-invitation-case-interview.eml", m5),
        ("05-delivery-update.eml", n_shipping(o, T(2026, 3, 13, 9, 0, "America/Los_Angeles"))),
    ]
    s1 = T(2026, 3, 5, 16, 30, "America/Los_Angeles")
    case("b28-08-thread-screen-plus-google-invite", o, items,
         [iv("Fernhill Logistics", "Operations Analyst", s1, s1 + timedelta(minutes=30), "scheduled", [gr[1]], [gr[1]], "phone_screen"),
          iv("Fernhill Logistics", "Operations Analyst", s2, s2 + timedelta(hours=1), "scheduled", [dev[1]], [dev[1]], "technical")],
         "hard", "positive/two-interviews",
         "Phone screen agreed in a quoted reply ('Thu 3/5 @ 4:30p PST', before US DST -> -08:00) plus a Google invite for a case interview on 17 Mar (PDT -07:00).")


# ---- b28-09  Personio-style HTML-only base64 German invitation + reminder ("14:00 Uhr")
def c09():
    o, on = "felix.brenner@example.com", "Felix Brenner"
    D = "lindgruen-mobility.example"
    karla, jan, mia = ("Karla Hesse", "karla.hesse@" + D), ("Dr. Jan Petersen", "jan.petersen@" + D), ("Mia Schulte", "mia.schulte@" + D)
    inv = ("<html><body style='font-family:Arial'><p>Hallo Herr Brenner,</p>"
           "<p>vielen Dank für Ihre Bewerbung als <b>Data Scientist (m/w/d)</b> bei der Lindgrün Mobility GmbH. "
           "Wir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen:</p>"
           "<p><b>Termin:</b> Dienstag, 14. April 2026, 14:00 Uhr bis 15:00 Uhr (MESZ)<br>"
           "<b>Ort:</b> Microsoft Teams (den Link erhalten Sie separat)<br>"
           "<b>Ihre Gesprächspartner:</b> Dr. Jan Petersen (Teamlead Data Science, jan.petersen@lindgruen-mobility.example) "
           "und Mia Schulte (Product Owner Routing, mia.schulte@lindgruen-mobility.example)</p>"
           "<p>Sollte der Termin nicht passen, antworten Sie bitte einfach auf diese E-Mail.</p>"
           "<p>Mit freundlichen Grüßen<br>Karla Hesse<br>Recruiting<br>Lindgrün Mobility GmbH &middot; Schlesische Str. 27 &middot; "
           "10997 Berlin &middot; Tel. +49 30 5558 4410</p><hr><p style='font-size:10px;color:#999'>Diese Nachricht wurde über Personio versendet.</p>"
           "</body></html>")
    rem = ("<html><body><p>Hallo Herr Brenner,</p><p>wir möchten Sie an Ihr Vorstellungsgespräch morgen um 14:00 Uhr erinnern "
           "(Data Scientist (m/w/d), Lindgrün Mobility GmbH).</p><p>Viel Erfolg!<br>Ihr Recruiting-Team</p></body></html>")
    items = [
        ("01-bank-alert.eml", n_bank(o, on, T(2026, 4, 2, 9, 15, "Europe/Berlin"), bank="Spreebank", dom="spreebank.example",
                                     amount="EUR 64,90", merchant="BAHN.EXAMPLE TICKET")),
        ("02-einladung-vorstellungsgespraech.eml", eml(o, "Lindgrün Mobility GmbH <noreply@personio-mail.example>",
                                                         "Einladung zum Vorstellungsgespräch - Data Scientist (m/w/d)",
                                                         T(2026, 4, 3, 10, 47, "Europe/Berlin"), html=inv, html_cte="base64",
                                                         reply_to=f"{karla[0]} <{karla[1]}>", msgid_domain="personio-mail.example")),
        ("03-newsletter-interview.eml", n_newsletter(o, T(2026, 4, 6, 7, 0, "Europe/Berlin"), brand="Mobility Brief", dom="mobilitybrief.example",
                                                     topic="our interview with the CEO of a Berlin e-scooter startup")),
        ("04-paket-zustellung.eml", n_shipping(o, T(2026, 4, 9, 12, 0, "Europe/Berlin"), carrier="Paketblitz", dom="paketblitz.example", window="10 - 14 Uhr")),
        ("05-erinnerung.eml", eml(o, "Lindgrün Mobility GmbH <noreply@personio-mail.example>", "Erinnerung: Ihr Vorstellungsgespräch morgen",
                                  T(2026, 4, 13, 9, 0, "Europe/Berlin"), html=rem, html_cte="base64",
                                  reply_to=f"{karla[0]} <{karla[1]}>", msgid_domain="personio-mail.example")),
    ]
    s = T(2026, 4, 14, 14, 0, "Europe/Berlin")
    case("b28-09-personio-html-base64-german", o, items,
         [iv("Lindgrün Mobility GmbH", "Data Scientist (m/w/d)", s, s + timedelta(hours=1), "scheduled", [jan[1], mia[1]], [jan[1], mia[1]], "onsite")],
         "medium", "positive/html-only-german",
         "HTML-only base64 German ATS invite + next-day reminder (same interview). 14 Apr is after EU DST -> +02:00. Two Gesprächspartner = panel.")


# ---- b28-10  forwarded from alumni address; "tomorrow ... at half past ten IST"
def c10():
    o, on = "arjun.menon@mail.example", "Arjun Menon"
    alum = "arjun.menon@alumni.kaveri-univ.example"
    D = "tamarind-cloud.example"
    sh, man = ("Shreya Iyer", "shreya.iyer@" + D), ("Manoj Pillai", "manoj.pillai@" + D)
    orig_date = T(2026, 4, 15, 10, 12, "Asia/Kolkata")
    fwd = ("---------- Forwarded message ---------\n"
           f"From: Shreya Iyer <{sh[1]}>\nDate: Wed, 15 Apr 2026 at 10:12\n"
           "Subject: Tamarind Cloud - first round interview\n"
           f"To: <{alum}>\n\n"
           "Dear Arjun,\n\nGreetings from Tamarind Cloud!\n\nYour first-round interview for the Cloud Support Engineer "
           "position is scheduled for tomorrow (Thursday) at half past ten IST. You will be speaking with Manoj Pillai "
           f"({man[1]}), our Support Engineering Lead, for about 45 minutes on Google Meet. The link will come from "
           "Manoj's calendar.\n\nKindly keep your resume and a stable internet connection handy.\n\n"
           "Regards,\nShreya Iyer\nHR Executive - Talent Acquisition\nTamarind Cloud Pvt. Ltd.\n"
           "4th Floor, Prestige Tech Park, Outer Ring Road, Bengaluru 560103\nMob: +91 98450 55512\n")
    items = [
        ("01-conference-ticket.eml", n_conference(o, on, T(2026, 4, 10, 18, 0, "Asia/Kolkata"), conf="CloudConf India 2026",
                                                  dom="cloudconf-in.example", when="June 4-5, 2026")),
        ("02-job-alert.eml", eml(o, "JobNest Alerts <alerts@jobnest.example>", "12 new Cloud Support Engineer jobs for you",
                                 T(2026, 4, 14, 8, 0, "Asia/Kolkata"),
                                 html=("<html><body><h3>Jobs matching 'Cloud Support Engineer' in Bengaluru</h3><ul>"
                                       "<li>Cloud Support Engineer - Tamarind Cloud - Easy apply - Interviews this week</li>"
                                       "<li>Cloud Support Associate - Banyan Systems</li><li>SRE I - Orbitline</li></ul>"
                                       "<p>Recruiters are actively scheduling calls for these roles.</p></body></html>"),
                                 msgid_domain="jobnest.example")),
        ("03-fwd-first-round-interview.eml", eml(o, f"{on} <{alum}>", "Fwd: Tamarind Cloud - first round interview",
                                                 T(2026, 4, 15, 18, 40, "Asia/Kolkata"), text=fwd, to=o, msgid_domain="alumni.kaveri-univ.example")),
        ("04-bank-alert.eml", n_bank(o, on, T(2026, 4, 15, 21, 5, "Asia/Kolkata"), bank="Godavari Bank", dom="godavaribank.example",
                                     amount="INR 8,499.00", merchant="FLYNOW TRAVELS")),
    ]
    s = T(2026, 4, 16, 10, 30, "Asia/Kolkata")
    case("b28-10-forwarded-alumni-half-past-ten-ist", o, items,
         [iv("Tamarind Cloud", "Cloud Support Engineer", s, s + timedelta(minutes=45), "scheduled", [man[1]], [man[1]], "technical")],
         "hard", "positive/forwarded-relative-date",
         "Interview mail forwarded from an alumni address the same evening; 'tomorrow (Thursday) at half past ten IST' resolved against 15 Apr -> 16 Apr 10:30 +05:30. Job alert mentions the same company (noise).")


# ---- b28-11  founder thread: "Wednesday at noon Central"; quoted replies
def c11():
    o, on = "tess.alvarez@example.com", "Tess Alvarez"
    D = "mossgate.example"
    eli = ("Eli Navarro", "eli@" + D)
    m1 = eml(o, f"{eli[0]} <{eli[1]}>", "Next step - Founding Product Engineer", T(2026, 3, 20, 16, 5, "America/New_York"),
             text=("Hi Tess,\n\nLoved your take-home - the offline sync approach was exactly how we'd have done it.\n\n"
                   "Last step in our process is a chat with me (I'm the CEO/co-founder). Mostly about how you like to work and "
                   "what you'd want to own in the first six months. Would Wednesday at noon your time work? You're in Chicago, "
                   "right? Otherwise Thursday morning is open too.\n\nEli\n\n--\nEli Navarro, Co-founder & CEO, Mossgate\n"
                   "+1 (646) 555-0175\n"), msgid_domain=D)
    id1 = mid_of(m1)
    m3 = eml(o, f"{eli[0]} <{eli[1]}>", "Re: Next step - Founding Product Engineer", T(2026, 3, 21, 9, 48, "America/New_York"),
             text=("Great - Wednesday at 12 Central it is. I'll call your cell (312-555-0187, right?). Should take about 45 minutes.\n\n"
                   "Eli\n\nOn Fri, Mar 20, 2026 at 6:31 PM Tess Alvarez <tess.alvarez@example.com> wrote:\n"
                   "> Hi Eli - thank you! Wednesday noon works great for me, and yes, Chicago.\n> My cell is 312-555-0187.\n> Tess\n>\n"
                   "> On Fri, Mar 20, 2026 at 3:05 PM Eli Navarro <eli@mossgate.example> wrote:\n"
                   ">> Hi Tess,\n>> Loved your take-home ... Would Wednesday at noon your time work?\n"),
             in_reply_to=id1, references=id1, msgid_domain=D)
    items = [
        ("01-next-step.eml", m1),
        ("02-dentist-reminder.eml", n_dentist(o, on, T(2026, 3, 21, 8, 0, "America/Chicago"), T(2026, 3, 24, 11, 30, "America/Chicago"),
                                              practice="Lakeview Family Dental", dom="lakeview-dental.example")),
        ("03-re-next-step.eml", m3),
        ("04-conference-ticket.eml", n_conference(o, on, T(2026, 3, 22, 14, 0, "America/Chicago"), conf="ProductLoop Chicago", dom="productloop.example",
                                                  when="April 30, 2026")),
        ("05-order-confirmation.eml", n_receipt(o, on, T(2026, 3, 23, 19, 0, "America/Chicago"), item="Ring light", total="$39.95")),
    ]
    s = T(2026, 3, 25, 12, 0, "America/Chicago")
    case("b28-11-founder-thread-noon-central", o, items,
         [iv("Mossgate", "Founding Product Engineer", s, s + timedelta(minutes=45), "scheduled", [eli[1]], [eli[1]], "hiring_manager")],
         "medium", "positive/thread-founder-chat",
         "Founder proposes 'Wednesday at noon your time', confirms 'Wednesday at 12 Central' on Sat 21 Mar -> Wed 25 Mar 12:00 CDT (-05:00). Dentist 'confirm your appointment' noise.")


# ---- b28-12  three Exchange invites same day = one onsite; London just after DST end (GMT)
def c12():
    o, on = "priya.lockhart@mail.example", "Priya Lockhart"
    D = "harrowgate-ins.example"
    emma = ("Emma Rhodes", "emma.rhodes@" + D)
    sess = [("Technical interview - pricing models", "Oliver Grant", "oliver.grant@" + D, datetime(2026, 10, 27, 9, 30), 60),
            ("Case study discussion", "Fiona Mack", "fiona.mack@" + D, datetime(2026, 10, 27, 10, 45), 60),
            ("Hiring manager interview", "Sanjay Patel", "sanjay.patel@" + D, datetime(2026, 10, 27, 13, 0), 45)]
    def inv(i, dt):
        t, n, m, st, mins = sess[i]
        subj = f"Harrowgate Insurance - {t} - Priya Lockhart (Senior Actuarial Analyst)"
        c = ics([{"uid": f"040000008200E00074C5B7101A82E00800000000HARROW{i:02d}0000000000000000100000001027", "seq": 0, "dtstamp": dt,
                  "start": (st, "GMT Standard Time"), "end": (st + timedelta(minutes=mins), "GMT Standard Time"),
                  "organizer": emma, "attendees": [(on, o), (n, m)], "summary": subj,
                  "description": f"{t} with {n}. Part of your assessment day at our London office.", "location": "Harrowgate House, 3rd floor, 20 Fenchurch St, London",
                  "extra": ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"]}], prodid="Microsoft Exchange Server 2010")
        end = st + timedelta(minutes=mins)
        text = (f"When: {st:%A, %d %B %Y} {st:%H:%M}-{end:%H:%M} (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
                f"Where: Harrowgate House, 3rd floor, 20 Fenchurch St, London\n\n*~*~*~*~*~*~*~*~*~*\n\n{t} with {n}.\n")
        return eml(o, f"{emma[0]} <{emma[1]}>", subj, dt, text=text, cal=c, to=f"{on} <{o}>; {n} <{m}>",
                   headers=[("Content-class", "urn:content-classes:calendarmessage")], msgid_domain="eurprd04.prod.outlook.example")
    itin = ("Dear Priya,\n\nI'm delighted to confirm your assessment day for the Senior Actuarial Analyst role on Tuesday 27 October "
            "at Harrowgate House (all times UK):\n\n"
            "  09:30 - 10:30  Technical interview (pricing models) - Oliver Grant\n"
            "  10:45 - 11:45  Case study discussion - Fiona Mack\n"
            "  11:45 - 13:00  Lunch and office tour with one of our graduates\n"
            "  13:00 - 13:45  Hiring manager interview - Sanjay Patel\n\n"
            "Separate calendar invitations will follow. Please bring photo ID for reception.\n\n"
            "Kind regards,\nEmma Rhodes\nResourcing Coordinator | Harrowgate Insurance plc\n"
            "20 Fenchurch Street, London EC3M 3BY | +44 20 5550 7781\n")
    items = [
        ("01-assessment-day-itinerary.eml", eml(o, f"{emma[0]} <{emma[1]}>", "Your assessment day - Tuesday 27 October",
                                                T(2026, 10, 19, 15, 2, "Europe/London"), text=itin, msgid_domain=D)),
        ("02-invite-technical.eml", inv(0, T(2026, 10, 19, 15, 10, "Europe/London"))),
        ("03-invite-case-study.eml", inv(1, T(2026, 10, 19, 15, 11, "Europe/London"))),
        ("04-standup-invite-current-job.eml", n_standup_eml(o, on, T(2026, 10, 20, 8, 0, "Europe/London"), "Tom Keane",
            "tom.keane@corvid-re.example", datetime(2026, 10, 26, 9, 15), "GMT Standard Time",
            "040000008200E00074C5B7101A82E00800000000CORVID0STANDUP000000000000000010000000AAAA", "Corvid Re")),
        ("05-invite-hiring-manager.eml", inv(2, T(2026, 10, 19, 15, 13, "Europe/London"))),
        ("06-order-confirmation.eml", n_receipt(o, on, T(2026, 10, 21, 20, 0, "Europe/London"), item="Leather portfolio folder", total="£34.00")),
    ]
    s, e = T(2026, 10, 27, 9, 30, "Europe/London"), T(2026, 10, 27, 13, 45, "Europe/London")
    ppl = [x[2] for x in sess]
    case("b28-12-exchange-three-invites-onsite-london", o, items,
         [iv("Harrowgate Insurance", "Senior Actuarial Analyst", s, e, "scheduled", ppl, ppl, "onsite")],
         "hard", "positive/onsite-multi-invite",
         "Itinerary + three Exchange invites (GMT Standard Time) on 27 Oct, two days after UK DST ends -> +00:00; one onsite 09:30-13:45. Standup invite from current employer is noise.")


# ---- b28-13  Google Calendar API events only; Auckland two days after DST start
def c13():
    o, on = "hana.wiremu@example.com", "Hana Wiremu"
    D = "kowhai-soft.example"
    jade = ("Jade Thompson", "jade.thompson@" + D)
    me = (on, o, "self")
    tz = "Pacific/Auckland"
    s = T(2026, 9, 29, 9, 0, tz)
    items = [
        ("01-dentist.gcal.json", gcal("d3nt1st0929aklhw", "Dentist - check-up (City Smiles)", T(2026, 9, 28, 8, 0, tz), T(2026, 9, 28, 8, 45, tz),
                                      me, None, T(2026, 9, 10, 19, 0, tz), tz=tz, hangout=False, location="City Smiles, 44 Queen St")),
        ("02-standup.gcal.json", gcal("st4ndupw4ipapa0001", "Team standup", T(2026, 9, 7, 9, 45, tz), T(2026, 9, 7, 10, 0, tz),
                                      ("Rangi Parata", "rangi.parata@waipapa-digital.example"),
                                      [("Rangi Parata", "rangi.parata@waipapa-digital.example", "accepted", "org"), (None, o, "accepted", "self")],
                                      T(2026, 9, 1, 12, 0, tz), tz=tz, recurrence=["RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"])),
        ("03-phone-screen-kowhai.gcal.json", gcal("k0whaiscreenqa29sep", "Phone screen - Kowhai Software (QA Automation Engineer)", s,
                                                 s + timedelta(minutes=30), jade,
                                                 [(jade[0], jade[1], "accepted", "org"), (None, o, "accepted", "self")],
                                                 T(2026, 9, 22, 14, 5, tz), tz=tz, hangout=False,
                                                 description="Jade will call you on 021 555 0163 for a 30 min intro chat about the QA Automation role. Questions? jade.thompson@kowhai-soft.example")),
        ("04-interview-prep.gcal.json", gcal("pr3pblockkowhai", "Prep for Kowhai screen - review Playwright notes", T(2026, 9, 28, 19, 0, tz),
                                            T(2026, 9, 28, 20, 0, tz), me, None, T(2026, 9, 22, 14, 20, tz), tz=tz, hangout=False)),
        ("05-dinner.gcal.json", gcal("d1nnerm4ia0rua", "Dinner at Aroha's", T(2026, 10, 2, 18, 30, tz), T(2026, 10, 2, 21, 0, tz),
                                     ("Aroha King", "aroha.king@mail.example"),
                                     [("Aroha King", "aroha.king@mail.example", "accepted", "org"), (None, o, "tentative", "self")],
                                     T(2026, 9, 24, 9, 0, tz), tz=tz, hangout=False, description="bring dessert pls! call if you're running late")),
    ]
    case("b28-13-gcal-api-only-auckland-dst", o, items,
         [iv("Kowhai Software", "QA Automation Engineer", s, s + timedelta(minutes=30), "scheduled", [jade[1]], [jade[1]], "phone_screen")],
         "medium", "positive/calendar-only-gcal",
         "Only Calendar API events: dentist, recurring standup, recruiter phone screen 29 Sep 09:00 NZDT (+13:00, DST began 27 Sep), a self-made prep block and a dinner.")


# ================================================================ negatives

# ---- b28-14  user is an interviewer at own employer and declined (Calendar API only)
def c14():
    o, on = "marcus.bell@example.com", "Marcus Bell"
    D = "ferrocene.example"
    tz = "America/Denver"
    rec = ("Tasha Grimes", "tasha.grimes@" + D)
    me = (None, o, "accepted", "self")
    items = [
        ("01-standup.gcal.json", gcal("fstandup0001marcus", "Backend standup", T(2026, 5, 4, 9, 30, tz), T(2026, 5, 4, 9, 45, tz),
                                      ("Nadia Osei", "nadia.osei@" + D), [("Nadia Osei", "nadia.osei@" + D, "accepted", "org"), me],
                                      T(2026, 5, 1, 10, 0, tz), tz=tz, recurrence=["RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"])),
        ("02-interview-dana-whitlock.gcal.json", gcal("ivdanawhitlocksysdesign", "Interview: Dana Whitlock - Senior Backend Engineer (System design)",
            T(2026, 5, 13, 14, 0, tz), T(2026, 5, 13, 15, 0, tz), rec,
            [(rec[0], rec[1], "accepted", "org"), ("Dana Whitlock", "dana.whitlock@mail.example", "accepted"),
             ("Kofi Asante", "kofi.asante@" + D, "accepted"), (None, o, "declined", "self", "optional")],
            T(2026, 5, 6, 11, 0, tz), tz=tz,
            description="Candidate: Dana Whitlock. Interviewers: Kofi Asante (lead), Marcus Bell (shadow, optional). Scorecard in the ATS; submit feedback within 24h.")),
        ("03-one-on-one.gcal.json", gcal("oneonone0513marcusnadia", "Marcus / Nadia 1:1", T(2026, 5, 13, 16, 0, tz), T(2026, 5, 13, 16, 30, tz),
                                         ("Nadia Osei", "nadia.osei@" + D), [("Nadia Osei", "nadia.osei@" + D, "accepted", "org"), me],
                                         T(2026, 4, 2, 10, 0, tz), tz=tz, description="Career check-in. Topics: promo packet, interview training.")),
        ("04-hiring-debrief.gcal.json", gcal("debriefsrbackend0514", "Hiring debrief - Senior Backend Engineer (Dana W.)", T(2026, 5, 14, 11, 0, tz),
                                             T(2026, 5, 14, 11, 30, tz), rec,
                                             [(rec[0], rec[1], "accepted", "org"), ("Kofi Asante", "kofi.asante@" + D, "accepted"), (None, o, "needsAction", "self", "optional")],
                                             T(2026, 5, 6, 11, 2, tz), tz=tz)),
        ("05-dentist.gcal.json", gcal("dentistmarcus0515", "Dentist", T(2026, 5, 15, 8, 0, tz), T(2026, 5, 15, 9, 0, tz), (on, o, "self"), None,
                                      T(2026, 4, 20, 9, 0, tz), tz=tz, hangout=False)),
    ]
    case("b28-14-gcal-user-is-declined-shadow-interviewer", o, items, [], "hard", "negative/user-is-interviewer-declined",
         "Calendar API only. An 'Interview: <candidate>' event at the user's own employer where the user is an optional shadow interviewer and declined; debrief, 1:1, standup, dentist.")


# ---- b28-15  scheduling-vendor availability request never booked
def c15():
    o, on = "yusuf.demir@mail.example", "Yusuf Demir"
    D = "cobaltline.example"
    ask = ("<html><body><p>Hi Yusuf,</p><p>Cobaltline Security would like to schedule your <b>Technical Interview</b> "
           "(60 minutes, video) for the <b>Detection Engineer</b> role.</p>"
           "<p>Please share your availability for the next two weeks so we can find a time that works for the interview panel.</p>"
           "<p><a href='https://app.slotwise.example/availability/cbl-88213'>Share my availability</a></p>"
           "<p>Times will be shown in your local time zone. Once the panel confirms, you'll receive a calendar invitation.</p>"
           "<p>Thanks,<br>Cobaltline Security Recruiting</p><p style='font-size:10px'>Powered by Slotwise</p></body></html>")
    nudge = ask.replace("would like to schedule", "is still waiting for your availability to schedule")
    items = [
        ("01-share-availability.eml", eml(o, "Cobaltline Security <scheduling@slotwise-mail.example>", "Action required: share your availability - Technical Interview",
                                          T(2026, 2, 16, 10, 0, "America/New_York"), html=ask, reply_to="Cobaltline Recruiting <recruiting@cobaltline.example>",
                                          msgid_domain="slotwise-mail.example")),
        ("02-bank-alert.eml", n_bank(o, on, T(2026, 2, 17, 7, 40, "America/New_York"))),
        ("03-standup-invite-current-job.eml", n_standup_eml(o, on, T(2026, 2, 17, 9, 0, "America/New_York"), "Gwen Albright",
            "gwen.albright@pinehollow-it.example", datetime(2026, 2, 23, 10, 0), "Eastern Standard Time",
            "040000008200E00074C5B7101A82E00800000000PINEHOLLOWSTANDUP0000000000000010000000BBBB", "Pinehollow IT")),
        ("04-reminder-share-availability.eml", eml(o, "Cobaltline Security <scheduling@slotwise-mail.example>", "Reminder: share your availability - Technical Interview",
                                                   T(2026, 2, 19, 10, 0, "America/New_York"), html=nudge, reply_to="Cobaltline Recruiting <recruiting@cobaltline.example>",
                                                   msgid_domain="slotwise-mail.example")),
        ("05-newsletter.eml", n_newsletter(o, T(2026, 2, 20, 7, 0, "America/New_York"))),
    ]
    case("b28-15-availability-request-never-booked", o, items, [], "medium", "negative/availability-request",
         "Scheduling-vendor availability request + reminder for a technical interview; no time is ever booked. Standup invite, bank alert, newsletter.")


# ---- b28-16  visa interview appointment (employment visa) with .ics
def c16():
    o, on = "ana.ferreira@example.com", "Ana Ferreira"
    D = "consular-appointments.example"
    st = datetime(2026, 6, 3, 8, 15)
    cal = ics([{"uid": "appt-BR-SP-2026-0603-0815-AF4471@consular-appointments.example", "dtstamp": T(2026, 5, 11, 14, 0, "America/Sao_Paulo"),
                "start": (st, "America/Sao_Paulo"), "end": (st + timedelta(minutes=30), "America/Sao_Paulo"),
                "organizer": ("Consular Appointments", "no-reply@" + D), "attendees": [(on, o, "ACCEPTED")],
                "summary": "Visa interview - Consular Section (H-1B)",
                "description": "Applicant: ANA FERREIRA. Visa class H-1B (employment). Bring passport, DS-160 confirmation, appointment letter and your employer's petition approval notice.",
                "location": "Consular Section, Rua Henri Dunant 500, São Paulo"}], method="PUBLISH", prodid="-//Consular Appointments//Scheduler 4.2//EN")
    body = ("APPOINTMENT CONFIRMATION\n\nApplicant: ANA FERREIRA\nVisa category: H-1B - Temporary worker (employment)\n"
            "Interview date: 03 June 2026\nInterview time: 08:15 (local time)\nLocation: Consular Section, São Paulo\n\n"
            "Please arrive 15 minutes before your scheduled interview. Bring your offer letter from your US employer and the "
            "approved petition. Your passport will be returned by courier.\n\nTo reschedule, log in to your applicant account. "
            "This mailbox is not monitored.\n")
    items = [
        ("01-visa-fee-receipt.eml", n_receipt(o, on, T(2026, 5, 10, 16, 30, "America/Sao_Paulo"), shop="Visa Fee Payments", dom="visafees.example",
                                              item="MRV application fee", total="US$ 205.00")),
        ("02-appointment-confirmation.eml", eml(o, "Consular Appointments <no-reply@consular-appointments.example>", "Appointment Confirmation - Visa Interview",
                                               T(2026, 5, 11, 14, 0, "America/Sao_Paulo"), text=body, attach_ics=("appointment.ics", cal), msgid_domain=D)),
        ("03-dentist-reminder.eml", n_dentist(o, on, T(2026, 5, 25, 9, 0, "America/Sao_Paulo"), T(2026, 5, 28, 17, 0, "America/Sao_Paulo"),
                                              practice="Clínica Sorriso Leve", dom="sorrisoleve.example")),
        ("04-new-employer-note.eml", eml(o, "Megan Royce <megan.royce@stellwagen-bio.example>", "Your visa interview - anything you need?",
                                         T(2026, 5, 27, 11, 0, "America/New_York"),
                                         text=("Hi Ana,\n\nJust checking in before your consular interview next week. Our immigration counsel "
                                               "can do a quick prep call if you'd like - let me know and I'll schedule it. We're all excited "
                                               "for your August start!\n\nMegan Royce\nPeople Operations, Stellwagen Bio\n"), msgid_domain="stellwagen-bio.example")),
        ("05-courier-update.eml", n_shipping(o, T(2026, 6, 4, 10, 0, "America/Sao_Paulo"), carrier="RapidoLog", dom="rapidolog.example", window="9h - 12h")),
    ]
    case("b28-16-employment-visa-interview", o, items, [], "hard", "negative/visa-interview",
         "Consular visa interview for an employment (H-1B) visa with .ics; the job was already offered. Visa interviews are not job interviews.")


# ---- b28-17  podcast guest interview booked via a scheduling page
def c17():
    o, on = "rohan.kapoor@example.com", "Rohan Kapoor"
    D = "buildlogpod.example"
    host = ("Casey Lin", "casey@" + D)
    st = datetime(2026, 7, 8, 11, 0)
    cal = ics([{"uid": "sc-evt-20260708-casey-rohan@savvy-sched.example", "dtstamp": T(2026, 6, 24, 13, 0, "America/New_York"),
                "start": (st, "America/New_York"), "end": (st + timedelta(minutes=60), "America/New_York"), "organizer": host,
                "attendees": [(host[0], host[1], "ACCEPTED"), (on, o, "ACCEPTED")],
                "summary": "The Build Log - guest interview: Rohan Kapoor",
                "description": "Recording for The Build Log podcast (episode 142: 'From support engineer to staff engineer'). Riverside studio link below.",
                "location": "https://riverside.example/studio/buildlog"}], prodid="-//SavvySched//EN")
    items = [
        ("01-booking-confirmed.eml", eml(o, "Casey Lin via SavvySched <notifications@savvy-sched.example>", "Confirmed: The Build Log - guest interview with Casey Lin",
                                         T(2026, 6, 24, 13, 0, "America/New_York"),
                                         text=("You're scheduled!\n\nEvent: The Build Log - guest interview\nWhen: Wednesday, July 8, 2026, 11:00am - 12:00pm (Eastern Time)\n"
                                               "With: Casey Lin\n\nNeed to make changes? Reschedule or cancel: https://savvy-sched.example/r/8812\n"),
                                         attach_ics=("invite.ics", cal), reply_to=f"{host[0]} <{host[1]}>", msgid_domain="savvy-sched.example")),
        ("02-host-note.eml", eml(o, f"{host[0]} <{host[1]}>", "Looking forward to our interview!", T(2026, 6, 25, 9, 30, "America/New_York"),
                                 text=("Hey Rohan,\n\nThanks for grabbing a slot! For the interview I'd love to cover your move from support into "
                                       "platform engineering, how you prepped for your staff-level interviews, and advice for people job hunting right now.\n\n"
                                       "We record video but only publish audio. Please use headphones. Talk on the 8th!\n\nCasey\nHost, The Build Log\n"),
                                 msgid_domain=D)),
        ("03-order-confirmation.eml", n_receipt(o, on, T(2026, 6, 28, 18, 0, "America/New_York"), item="USB microphone", total="$99.00")),
        ("04-newsletter.eml", n_newsletter(o, T(2026, 7, 1, 7, 0, "America/New_York"))),
    ]
    case("b28-17-podcast-guest-interview-booking", o, items, [], "medium", "negative/podcast",
         "User booked as a guest on a podcast via a scheduling page (.ics 'guest interview'); host talks about job hunting. Not a job interview.")


# ---- b28-18  paid user-research interview, Proton calendar
def c18():
    o, on = "lucia.moreno@mail.example", "Lucía Moreno"
    D = "northbank-app.example"
    res = ("Theo Marsh", "theo.marsh@" + D)
    st = datetime(2026, 5, 19, 17, 0)
    cal = ics([{"uid": "proton-7c1e0b2f-ux-interview@proton.example", "dtstamp": T(2026, 5, 12, 10, 0, "Europe/London"),
                "start": (st, "Europe/London"), "end": (st + timedelta(minutes=45), "Europe/London"), "organizer": res,
                "attendees": [(on, o, "ACCEPTED"), (res[0], res[1], "ACCEPTED")],
                "summary": "Research interview - Northbank app (£60 voucher)",
                "description": "45-minute customer interview about how you budget and use savings pots. Not a sales call. You'll receive a £60 voucher afterwards.",
                "location": "Zoom"}], method="PUBLISH", prodid="-//Proton AG//ProtonCalendar 1.0.0//EN")
    items = [
        ("01-research-invite.eml", eml(o, f"{res[0]} <{res[1]}>", "You're booked: 45-min interview with the Northbank team (£60)",
                                       T(2026, 5, 12, 10, 0, "Europe/London"),
                                       text=("Hi Lucía,\n\nThanks for signing up to our research panel! You're booked for a 45-minute interview on "
                                             "Tuesday 19 May at 5pm (UK time) with me, Theo, a user researcher at Northbank. We'll chat about how you "
                                             "manage money day to day - there are no right answers, and this isn't a job interview or a sales call.\n\n"
                                             "As a thank-you you'll get a £60 voucher.\n\nTheo Marsh\nSenior User Researcher, Northbank\n"),
                                       msgid_domain=D)),
        ("02-proton-calendar-event.ics", cal),
        ("03-bank-alert.eml", n_bank(o, on, T(2026, 5, 14, 12, 0, "Europe/London"), bank="Thamesmead Building Society", dom="thamesmead-bs.example",
                                     amount="£89.00", merchant="GYMBOX")),
        ("04-dumpling-night.eml", n_dinner(o, on, T(2026, 5, 15, 18, 0, "Europe/London"), "Priti Shah", "priti.shah@mail.example", "friday 22nd, 7ish")),
    ]
    case("b28-18-paid-user-research-interview", o, items, [], "medium", "negative/user-research",
         "Paid customer-research 'interview' with a bank app, Proton calendar event; explicitly not a job interview.")


# ---- b28-19  mock interview with a coach, Fastmail .ics
def c19():
    o, on = "ben.okoro@example.com", "Ben Okoro"
    D = "launchpad-bootcamp.example"
    coach = ("Renee Castillo", "renee.castillo@" + D)
    st = datetime(2026, 8, 12, 18, 30)
    cal = ics([{"uid": "fm-9d8e7f60-mock-si@fastmail.example", "dtstamp": T(2026, 8, 5, 12, 0, "America/Chicago"),
                "start": (st, "America/Chicago"), "end": (st + timedelta(minutes=60), "America/Chicago"), "organizer": (on, o),
                "attendees": [(on, o, "ACCEPTED"), (coach[0], coach[1], "ACCEPTED")],
                "summary": "Mock interview (system design) w/ Renee - Launchpad",
                "description": "Practice round #2 from my coaching package. Renee plays the hiring manager; feedback in last 15 min.",
                "location": "Zoom"}], method="PUBLISH", prodid="-//Fastmail/2020.5/EN")
    items = [
        ("01-coaching-receipt.eml", n_receipt(o, on, T(2026, 8, 1, 14, 0, "America/Chicago"), shop="Launchpad Bootcamp", dom=D,
                                              item="Interview coaching - 3 mock interviews", total="$149.00")),
        ("02-mock-booked.eml", eml(o, f"{coach[0]} <{coach[1]}>", "Mock interview #2 booked - Wed 6:30pm CT", T(2026, 8, 5, 11, 50, "America/Chicago"),
                                   text=("Hi Ben!\n\nYou're booked for your second mock technical interview (system design) on Wednesday, "
                                         "Aug 12 at 6:30pm CT. I'll play a hiring manager at a mid-size fintech and we'll do a real-style "
                                         "60-minute round, with feedback at the end.\n\nBring the interview questions you struggled with last time.\n\n"
                                         "Renee Castillo\nCareer Coach, Launchpad Bootcamp\n(773) 555-0121\n"), msgid_domain=D)),
        ("03-mock-interview.ics", cal),
        ("04-conference-ticket.eml", n_conference(o, on, T(2026, 8, 7, 9, 0, "America/Chicago"))),
    ]
    case("b28-19-mock-interview-coach", o, items, [], "medium", "negative/mock-interview",
         "Paid mock system-design interview with a bootcamp coach (email + Fastmail .ics). Practice, not a hiring process.")


# ---- b28-20  rejection after a panel, ATS status update
def c20():
    o, on = "ines.varga@mail.example", "Ines Varga"
    D = "alderbrook.example"
    rec = ("Sophie Nakamura", "sophie.nakamura@" + D)
    items = [
        ("01-newsletter.eml", n_newsletter(o, T(2026, 9, 7, 7, 0, "America/Toronto"))),
        ("02-decision.eml", eml(o, f"{rec[0]} <{rec[1]}>", "Your interview with Alderbrook - update", T(2026, 9, 10, 15, 30, "America/Toronto"),
                                text=("Hi Ines,\n\nThank you for taking the time to meet our panel on Tuesday for the Senior Business Analyst role - "
                                      "the team enjoyed the conversation, especially your process-mapping example.\n\nAfter a lot of deliberation "
                                      "we've decided to move forward with another candidate whose experience is closer to our claims platform. "
                                      "I know that's disappointing after several rounds of interviews.\n\nHappy to schedule a short call if you'd "
                                      "like feedback - just reply with a couple of times.\n\nWarm regards,\nSophie Nakamura\n"
                                      "Senior Recruiter, Alderbrook Mutual | 145 King St W, Toronto ON | 416-555-0166\n"), msgid_domain=D)),
        ("03-ats-status.eml", eml(o, "Alderbrook Careers <no-reply@alderbrook-careers.example>", "Application status update - Senior Business Analyst (R-20418)",
                                  T(2026, 9, 10, 15, 34, "America/Toronto"),
                                  html=("<html><body><p>Your application status has changed.</p><p><b>Senior Business Analyst (R-20418)</b><br>"
                                        "Status: <b>No longer under consideration</b></p><p>Stages completed: Recruiter call, Hiring manager interview, Panel interview</p>"
                                        "<p><a href='https://alderbrook-careers.example/candidate'>Sign in</a> to view your candidate home.</p></body></html>"),
                                  msgid_domain="alderbrook-careers.example")),
        ("04-delivery-update.eml", n_shipping(o, T(2026, 9, 11, 9, 0, "America/Toronto"))),
        ("05-order-confirmation.eml", n_receipt(o, on, T(2026, 9, 12, 13, 0, "America/Toronto"), item="Hiking poles", total="$64.50")),
    ]
    case("b28-20-rejection-after-panel", o, items, [], "medium", "negative/rejection",
         "Rejection referencing 'our panel on Tuesday' and an ATS status page listing completed interview stages; no scheduled interview is present.")


# ---- b28-21  user is the interviewer: ATS 'you've been added to an interview', training, hiring sync
def c21():
    o, on = "grace.kim@example.com", "Grace Kim"
    D = "orchard-metrics.example"
    hr = ("Dylan Foster", "dylan.foster@" + D)
    def inv(uid, subj, st, mins, desc, dt):
        c = ics([{"uid": uid, "dtstamp": dt, "start": (st, "Eastern Standard Time"), "end": (st + timedelta(minutes=mins), "Eastern Standard Time"),
                  "organizer": hr, "attendees": [(on, o), ("Design Team", "design-team@" + D)], "summary": subj, "description": desc,
                  "location": "Microsoft Teams Meeting", "extra": ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"]}], prodid="Microsoft Exchange Server 2010")
        return eml(o, f"{hr[0]} <{hr[1]}>", subj, dt, text=desc + "\n\nMicrosoft Teams meeting\nMeeting ID: 291 004 118 772\n", cal=c,
                   headers=[("Content-class", "urn:content-classes:calendarmessage")], msgid_domain=D)
    items = [
        ("01-interviewer-training.eml", inv("040000008200E00074C5B7101A82E00800000000ORCHARDTRAIN01", "Interviewer training: structured interviews & scorecards",
                                            datetime(2026, 10, 6, 13, 0), 90,
                                            "Required for everyone joining interview panels this quarter. We'll practise behavioural questions and calibrate on the scorecard.",
                                            T(2026, 9, 28, 10, 0, "America/New_York"))),
        ("02-ats-added-to-interview.eml", eml(o, "Orchard Metrics Hiring <notifications@greenleaf-ats.example>",
                                              "You've been added to an interview: Tom Reyes - Product Designer",
                                              T(2026, 10, 1, 9, 12, "America/New_York"),
                                              html=("<html><body><p>Hi Grace,</p><p>You have been added as an <b>interviewer</b>.</p>"
                                                    "<p>Candidate: <b>Tom Reyes</b><br>Job: Product Designer<br>Interview: Portfolio Deep Dive<br>"
                                                    "When: Thursday, October 8, 2026 2:00 PM - 3:00 PM EDT</p>"
                                                    "<p>Please review the candidate's resume and submit your scorecard within 24 hours of the interview.</p>"
                                                    "<p><a href='https://greenleaf-ats.example/scorecards'>Open interview kit</a></p></body></html>"),
                                              msgid_domain="greenleaf-ats.example")),
        ("03-hiring-sync.eml", inv("040000008200E00074C5B7101A82E00800000000ORCHARDSYNC0001", "Hiring sync - Product Designer candidates",
                                   datetime(2026, 10, 9, 10, 0), 30, "Weekly review of the Product Designer pipeline: candidates in onsite stage, offers, and next week's interview schedule.",
                                   T(2026, 10, 2, 16, 0, "America/New_York"))),
        ("04-standup-invite.eml", n_standup_eml(o, on, T(2026, 10, 2, 16, 30, "America/New_York"), "Dylan Foster", hr[1],
                                                datetime(2026, 10, 5, 9, 30), "Eastern Standard Time",
                                                "040000008200E00074C5B7101A82E00800000000ORCHARDSTANDUP1", "Orchard Metrics")),
        ("05-order-confirmation.eml", n_receipt(o, on, T(2026, 10, 3, 12, 0, "America/New_York"), item="Wacom tablet", total="$199.99")),
    ]
    case("b28-21-user-is-interviewer-ats-and-training", o, items, [], "hard", "negative/user-is-interviewer",
         "ATS notification that the user was added as an interviewer for a candidate, interviewer-training and hiring-sync Exchange invites, standup.")


# ---- b28-22  one-way video interview + take-home (no live conversation)
def c22():
    o, on = "omar.saleh@mail.example", "Omar Saleh"
    D = "westbrook-capital.example"
    vid = ("<html><body><p>Dear Omar,</p><p>Thank you for your interest in the <b>Graduate Analyst Programme</b> at Westbrook Capital. "
           "The next step is an <b>on-demand video interview</b>: you'll record answers to 5 questions at a time that suits you.</p>"
           "<p>Please complete your interview by <b>Friday, February 20 at 11:59 PM ET</b>.</p>"
           "<p><a href='https://app.recordly.example/i/wbc-ga-5521'>Start my video interview</a></p>"
           "<p>Tip: find a quiet room and test your camera. There is no live interviewer.</p>"
           "<p>Westbrook Capital Early Careers</p></body></html>")
    items = [
        ("01-video-interview-invite.eml", eml(o, "Westbrook Capital via Recordly <invites@recordly-mail.example>", "Your video interview for Graduate Analyst Programme",
                                              T(2026, 2, 13, 9, 0, "America/New_York"), html=vid, msgid_domain="recordly-mail.example")),
        ("02-bank-alert.eml", n_bank(o, on, T(2026, 2, 14, 10, 0, "America/New_York"))),
        ("03-video-interview-reminder.eml", eml(o, "Westbrook Capital via Recordly <invites@recordly-mail.example>", "Reminder: 48 hours left to complete your video interview",
                                                T(2026, 2, 18, 23, 59, "America/New_York"), html=vid.replace("Dear Omar,", "Dear Omar, a friendly reminder -"),
                                                msgid_domain="recordly-mail.example")),
        ("04-case-study-take-home.eml", eml(o, "Westbrook Early Careers <earlycareers@westbrook-capital.example>", "Next step: written case study",
                                            T(2026, 2, 23, 11, 0, "America/New_York"),
                                            text=("Hi Omar,\n\nThanks for completing the video interview. Attached is a short written case study "
                                                  "(valuation of a mid-cap retailer). Please submit your answers within 72 hours - by Thursday, "
                                                  "February 26 at 11am ET.\n\nIf you progress, we'll schedule an assessment centre in March.\n\n"
                                                  "Westbrook Capital Early Careers\n"), msgid_domain=D)),
        ("05-newsletter.eml", n_newsletter(o, T(2026, 2, 24, 7, 0, "America/New_York"), topic="how to ace a one-way video interview")),
    ]
    case("b28-22-one-way-video-and-take-home", o, items, [], "medium", "negative/assessment",
         "On-demand (one-way) video interview with a deadline, a reminder, and a take-home case study; no live conversation is scheduled.")


# ---------------------------------------------------------------- main

def main():
    for f in sorted(globals()):
        if f.startswith("c") and f[1:].isdigit():
            globals()[f]()
    for d in os.listdir(HERE):
        if d.startswith("b28-") and os.path.isdir(os.path.join(HERE, d)):
            shutil.rmtree(os.path.join(HERE, d))
    for cid, items in CASES.items():
        os.makedirs(os.path.join(HERE, cid))
        for name, data in items:
            mode = "wb" if isinstance(data, bytes) else "w"
            kw = {} if mode == "wb" else {"encoding": "utf-8", "newline": ""}
            with open(os.path.join(HERE, cid, name), mode, **kw) as fh:
                fh.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(LABELS, fh, sort_keys=True, allow_unicode=True, width=200)
    print("wrote %d cases" % len(CASES))


if __name__ == "__main__":
    main()
