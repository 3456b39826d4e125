#!/usr/bin/env python3
"""Deterministic generator for the blind14 evaluation set ("who conducts").

Rewrites every b14-* case folder and labels.yaml next to this script.
Only stdlib + PyYAML + zoneinfo.  All people, companies and mail domains are invented
(.example / example.com).  Every UTC offset is computed with zoneinfo.
"""
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc


def T(zone, y, mo, d, h=0, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))


def iso(dt):
    return dt.isoformat() if dt is not None else None


# ----------------------------------------------------------------------------- iCalendar helpers
def esc(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold(line):
    b = line.encode("utf-8")
    out = []
    first = True
    while len(b) > (75 if first else 74):
        cut = 75 if first else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        first = False
    out.append(b)
    return "\r\n ".join(x.decode("utf-8") for x in out)


def utcstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def _transitions(zone, year=2026):
    z = ZoneInfo(zone)
    t = datetime(year, 1, 1, tzinfo=UTC)
    prev = t.astimezone(z).utcoffset()
    res = []
    while t.year == year:
        t2 = t + timedelta(hours=1)
        off = t2.astimezone(z).utcoffset()
        if off != prev:
            res.append((t2, prev, off))
            prev = off
        t = t2
    return res


def _off(td):
    m = int(td.total_seconds() // 60)
    sign = "+" if m >= 0 else "-"
    m = abs(m)
    return "%s%02d%02d" % (sign, m // 60, m % 60)


def vtimezone(tzid, zone):
    tr = _transitions(zone)
    lines = ["BEGIN:VTIMEZONE", "TZID:" + tzid]
    if not tr:
        off = datetime(2026, 1, 15, tzinfo=UTC).astimezone(ZoneInfo(zone)).utcoffset()
        lines += ["BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:" + _off(off),
                  "TZOFFSETTO:" + _off(off), "END:STANDARD"]
    else:
        for inst, frm, to in tr:
            wall = (inst + frm).replace(tzinfo=None)
            day = wall.day
            nxt = wall + timedelta(days=7)
            nth = "-1" if nxt.month != wall.month else str((day - 1) // 7 + 1)
            kind = "DAYLIGHT" if to > frm else "STANDARD"
            lines += ["BEGIN:" + kind, "DTSTART:1601%02d%02dT%s" % (1, 1, wall.strftime("%H%M%S")),
                      "TZOFFSETFROM:" + _off(frm), "TZOFFSETTO:" + _off(to),
                      "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%sSU;BYMONTH=%d" % (nth, wall.month),
                      "END:" + kind]
    lines.append("END:VTIMEZONE")
    return lines


def person(p, prop="ATTENDEE"):
    """p: dict(cn, email, role, partstat, cutype, rsvp, sent_by)"""
    params = []
    if p.get("cutype"):
        params.append("CUTYPE=" + p["cutype"])
    if prop == "ATTENDEE":
        params.append("ROLE=" + p.get("role", "REQ-PARTICIPANT"))
        params.append("PARTSTAT=" + p.get("partstat", "NEEDS-ACTION"))
        if p.get("rsvp", True):
            params.append("RSVP=TRUE")
    if p.get("sent_by"):
        params.append('SENT-BY="mailto:%s"' % p["sent_by"])
    if p.get("cn"):
        cn = p["cn"]
        if any(c in cn for c in ",;:"):
            cn = '"%s"' % cn
        params.append("CN=" + cn)
    if p.get("x"):
        params.extend(p["x"])
    return fold("%s;%s:mailto:%s" % (prop, ";".join(params), p["email"]))


def vevent(ev):
    L = ["BEGIN:VEVENT"]
    mode = ev.get("mode", "utc")
    if mode == "utc":
        L.append("DTSTART:" + utcstamp(ev["start"]))
        if ev.get("end"):
            L.append("DTEND:" + utcstamp(ev["end"]))
    else:
        L.append("DTSTART;TZID=%s:%s" % (ev["tzid"], local(ev["start"])))
        if ev.get("end"):
            L.append("DTEND;TZID=%s:%s" % (ev["tzid"], local(ev["end"])))
    L.append("DTSTAMP:" + utcstamp(ev["stamp"]))
    if ev.get("organizer"):
        L.append(person(ev["organizer"], "ORGANIZER"))
    L.append("UID:" + ev["uid"])
    for a in ev.get("attendees", []):
        L.append(person(a))
    if ev.get("x_pre"):
        L.extend(fold(x) for x in ev["x_pre"])
    L.append("CREATED:" + utcstamp(ev.get("created", ev["stamp"])))
    if ev.get("description"):
        L.append(fold("DESCRIPTION:" + esc(ev["description"])))
    L.append("LAST-MODIFIED:" + utcstamp(ev["stamp"]))
    if ev.get("location"):
        L.append(fold("LOCATION:" + esc(ev["location"])))
    L.append("SEQUENCE:%d" % ev.get("seq", 0))
    L.append("STATUS:" + ev.get("status", "CONFIRMED"))
    L.append(fold("SUMMARY:" + esc(ev["summary"])))
    L.append("TRANSP:OPAQUE")
    for x in ev.get("x", []):
        L.append(fold(x))
    if ev.get("alarm", True) and ev.get("status", "CONFIRMED") != "CANCELLED":
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER",
              "TRIGGER;RELATED=START:-PT15M", "END:VALARM"]
    L.append("END:VEVENT")
    return L


def calendar(events, method="REQUEST", prodid="-//Google Inc//Google Calendar 70.9054//EN",
             tzs=(), extra_head=()):
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append("METHOD:" + method)
    L.extend(extra_head)
    for tzid, zone in tzs:
        L.extend(vtimezone(tzid, zone))
    for ev in events:
        L.extend(vevent(ev))
    L.append("END:VCALENDAR")
    return "\r\n".join(L) + "\r\n"


# ----------------------------------------------------------------------------- e-mail helpers
def email(headers, plain=None, html=None, plain_cte="quoted-printable", html_cte="quoted-printable",
          cal=None, cal_method="REQUEST", attachments=(), html_first_only=False):
    m = EmailMessage()
    for k, v in headers:
        m[k] = v
    if plain is not None:
        m.set_content(plain, cte=plain_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte)
    if cal is not None:
        m.add_alternative(cal.encode("utf-8"), maintype="text", subtype="calendar", cte="base64",
                          params={"method": cal_method, "charset": "UTF-8"})
    for data, maintype, subtype, fname in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    import hashlib
    seed = hashlib.sha1(str(m["Message-ID"]).encode()).hexdigest()
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary("%s%02d%s" % ("000000000000" if i else "_000_", i, seed[:20]))
    return m.as_bytes(policy=policy.default)


def H(owner, frm, to, subject, date, mid, cc=None, reply_to=None, extra=(), in_reply_to=None,
      references=None, sender=None):
    h = [("Delivered-To", owner)]
    h.append(("Received", "from mx.mail.example (mx.mail.example [192.0.2.25]) by inbound.mail.example "
              "with ESMTPS id %s for <%s>; %s" % (mid.split("@")[0].strip("<")[-12:], owner,
                                                   format_datetime(date.astimezone(UTC)))))
    h.append(("From", frm))
    if sender:
        h.append(("Sender", sender))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("Subject", subject))
    h.append(("Date", format_datetime(date)))
    h.append(("Message-ID", mid))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
        h.append(("References", references or in_reply_to))
    h.extend(extra)
    return h


def html_wrap(text, font="Arial,Helvetica,sans-serif"):
    import html as _h
    paras = text.strip("\n").split("\n\n")
    body = "".join("<p>%s</p>\n" % _h.escape(p).replace("\n", "<br>\n") for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s;font-size:14px">\n%s</div></body></html>\n' % (font, body))


def gtime(dt):
    h = dt.hour % 12 or 12
    s = "%d" % h if dt.minute == 0 else "%d:%02d" % (h, dt.minute)
    return s + ("am" if dt.hour < 12 else "pm")


def gday(dt, long=False):
    return dt.strftime("%A %b %-d, %Y" if long else "%a %b %-d, %Y")


def google_invite(owner, kind, title, start, end, zone_label, tz_long, org, attendees, description,
                  location, uid, seq, stamp, mid_domain, reply_to=None, method="REQUEST",
                  status="CONFIRMED", meet="https://meet.google.com/xkp-rmtq-vbe", note=None,
                  from_hdr=None):
    """Google Calendar invitation e-mail (multipart/mixed, calendar part + invite.ics)."""
    when = "%s %s - %s (%s)" % (gday(start), gtime(start), gtime(end), zone_label)
    subj = "%s: %s @ %s (%s)" % (kind, title, when, owner)
    guests = []
    for a in [org] + [x for x in attendees if x["email"] != org["email"]]:
        if a.get("cutype") == "RESOURCE":
            continue
        label = a.get("cn") or a["email"]
        extra = " - organizer" if a is org else (" - optional" if a.get("role") == "OPT-PARTICIPANT" else "")
        guests.append("%s%s\n%s" % (label, extra, a["email"]) if a.get("cn") else a["email"] + extra)
    lines = []
    if note:
        lines += [note, ""]
    if kind.startswith("Updated"):
        lines += ["This event has been updated", ""]
    if kind.startswith("Cancelled") or kind.startswith("Canceled"):
        lines += ["This event has been cancelled and removed from your calendar.", ""]
    lines += [title, "%s ⋅ %s – %s" % (start.strftime("%A %B %-d, %Y"), gtime(start), gtime(end)),
              tz_long, ""]
    if location:
        lines += [location, ""]
    if meet and not kind.startswith("Cancel"):
        lines += ["Join with Google Meet", meet, ""]
    lines += ["Organizer", org.get("cn", org["email"]), org["email"], "", "Guests"] + guests + [""]
    if description:
        lines += [description, ""]
    lines += ["", "~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, "
              "be added to the guest list, invite others regardless of their own invitation status, "
              "or modify your RSVP."]
    plain = "\n".join(lines) + "\n"
    ev = dict(start=start, end=end, stamp=stamp, organizer=org, uid=uid, attendees=attendees,
              description=description + ("\n\nJoin with Google Meet: " + meet if meet else ""),
              location=location, seq=seq, status=status, summary=title)
    cal = calendar([ev], method=method)
    frm = from_hdr or "%s <%s>" % (org.get("cn", ""), org["email"])
    h = H(owner, frm, owner, subj, stamp.astimezone(ZoneInfo("UTC")),
          "<calendar-%s-%d@%s>" % (uid.split("@")[0][:20], seq, mid_domain), reply_to=reply_to)
    return email(h, plain=plain, html=html_wrap(plain, "Roboto,Helvetica,Arial,sans-serif"), plain_cte="base64",
                 cal=cal, cal_method=method,
                 attachments=[(cal.encode("utf-8"), "application", "ics",
                               "invite.ics")])


def exchange_invite(owner, to_hdr, subject, start, end, wintz, zone, when_label, org, attendees, body,
                    location, uid, seq, stamp, mid, method="REQUEST", status="CONFIRMED", cc_hdr=None,
                    from_hdr=None, sender=None, teams=True, lang="en-US"):
    teams_block = ("\n________________________________________________________________________________\n"
                   "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                   "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                   + uid[:24] + "%40thread.v2/0>\nMeeting ID: 284 551 907 316\nPasscode: q7XbN2\n"
                   "________________________________________________________________________________\n")
    plain = "When: %s\nWhere: %s\n\n*~*~*~*~*~*~*~*~*~*\n\n%s%s" % (when_label, location, body,
                                                                    teams_block if teams else "")
    ev = dict(start=start, end=end, stamp=stamp, organizer=org, uid=uid, attendees=attendees,
              description=plain, location=location, seq=seq, status=status, summary=subject.split(": ", 1)[-1]
              if subject.lower().startswith(("canceled:", "cancelled:", "updated:")) else subject,
              mode="tz", tzid=wintz,
              x=["X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % seq, "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                 "X-MICROSOFT-CDO-INTENDEDSTATUS:%s" % ("FREE" if method == "CANCEL" else "BUSY"),
                 "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                 "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
                 "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                 "X-MICROSOFT-LOCATIONDISPLAYNAME:" + location])
    cal = calendar([ev], method=method, prodid="Microsoft Exchange Server 2010", tzs=[(wintz, zone)])
    cal = cal.replace("VERSION:2.0\r\nCALSCALE:GREGORIAN\r\n", "VERSION:2.0\r\n")
    extra = [("Thread-Topic", subject.split(": ", 1)[-1]), ("Accept-Language", lang),
             ("Content-Language", lang), ("X-MS-Has-Attach", ""),
             ("Content-class", "urn:content-classes:calendarmessage")]
    h = H(owner, from_hdr or "%s <%s>" % (org["cn"], org["email"]), to_hdr, subject, stamp, mid,
          cc=cc_hdr, extra=extra, sender=sender)
    return email(h, plain=plain, html=html_wrap(plain, "Aptos,Calibri,sans-serif"), cal=cal, cal_method=method)


CASES = {}
LABELS = {}


def case(cid, items, label):
    CASES[cid] = items
    LABELS[cid] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return dict(company=company, role=role, start=iso(start), end=iso(end), status=status,
                interviewer_emails=list(interviewers), followup_recipients=list(recipients), kind=kind)


def lab(user, interviews, difficulty, category, notes):
    return dict(user=user, interview=bool(interviews), interviews=interviews, difficulty=difficulty,
                category=category, notes=notes, source="synthetic")


# ============================================================================= POSITIVES
# --- 01 Google invite, coordinator organizer (not interviewing), room resource, Berlin (CET before Mar 29)
def c01():
    owner = "noor.haddad@example.com"
    d = "lindenfeld.example"
    jana = dict(cn="Jana Wolff", email="jana.wolff@" + d, partstat="ACCEPTED")
    mateo = dict(cn="Mateo Brandt", email="mateo.brandt@" + d, partstat="ACCEPTED")
    ingrid = dict(cn="Ingrid Sørensen", email="ingrid.sorensen@" + d)
    room = dict(cn="BER-4-Spree (6) [Whiteboard]", email="c_18847qv2k1mlindenfeld@resource.calendar.example",
                cutype="RESOURCE", partstat="ACCEPTED", rsvp=False)
    me = dict(cn="Noor Haddad", email=owner)
    s, e = T("Europe/Berlin", 2026, 3, 26, 14, 0), T("Europe/Berlin", 2026, 3, 26, 15, 0)
    m1date = T("Europe/Berlin", 2026, 3, 18, 16, 42)
    mail1 = email(H(owner, "Jana Wolff <jana.wolff@%s>" % d, "Noor Haddad <%s>" % owner,
                    "Lindenfeld Mobility – next step for Senior Android Engineer", m1date,
                    "<CAJw7f3kq0Lm2@mail.%s>" % d),
                  plain="""Hallo Noor,

thanks for the great conversation with Felix last week - the team would love to go deeper.

The next step is a 60-minute technical interview at our Berlin office (Torstraße 140, 10119 Berlin,
4th floor - just ask for me at reception). You'll pair with two engineers from the Android platform team,
Mateo Brandt and Ingrid Sørensen, on a small architecture exercise. No laptop needed, we'll use the
whiteboard.

I've booked Thursday 26 March, 14:00-15:00, and a calendar invitation is coming in a minute. Heads-up:
the invite comes from me because I book the room, but I won't be in the interview myself - I'll
just collect you downstairs.

Viele Grüße
Jana

--
Jana Wolff | Recruiting Coordinator
Lindenfeld Mobility GmbH | Torstraße 140 | 10119 Berlin
+49 30 5557 2210
""")
    desc = ("Technical interview (architecture exercise, whiteboard) - Senior Android Engineer.\n"
            "Interviewers: Mateo Brandt, Ingrid Sørensen.\n"
            "Coordinator (not attending): Jana Wolff - please ask for Jana at reception, 4th floor.")
    inv = google_invite(owner, "Invitation", "Noor Haddad <> Lindenfeld | Technical Interview", s, e,
                        "CET", "Central European Time - Berlin", jana, [jana, mateo, ingrid, me, room], desc,
                        "Lindenfeld Mobility, Torstraße 140, 10119 Berlin, Germany",
                        "1fq8vb3ut0o5qk2c9r4l7n6m3a@google.com", 0, T("Europe/Berlin", 2026, 3, 18, 16, 47),
                        "google.example", meet=None)
    case("b14-01-gcal-coordinator-organizer-room-berlin",
         [("01-jana-next-step.eml", mail1), ("02-invitation-technical-interview.eml", inv)],
         lab(owner, [iv("Lindenfeld Mobility", "Senior Android Engineer", s, e, "scheduled",
                        [mateo["email"], ingrid["email"]], [mateo["email"], ingrid["email"]], "technical")],
             "medium", "positive/google-invite-coordinator-organizer",
             "Coordinator organizes and is an ACCEPTED attendee but says she will not be in the interview; "
             "room is CUTYPE=RESOURCE. Interviewers = the two engineers. Berlin CET (before Mar 29)."))


# --- 02 Exchange invite, organizer = hiring manager who interviews; optional recruiter; room; PDT after Mar 8
def c02():
    owner = "tomas.rezende@mail.example"
    d = "cascadetide.example"
    grace = "gwhitfield@" + d
    wendy = dict(cn="Wendy Achebe-Lund", email="wendy.achebelund@" + d)
    paul = dict(cn="Paul Nakamura", email="pnakamura@" + d)
    g = dict(cn="Grace Whitfield", email=grace, role="OPT-PARTICIPANT")
    room = dict(cn="SEA-12-Rainier (10)", email="sea12rainier@" + d, cutype="RESOURCE", role="NON-PARTICIPANT",
                rsvp=False)
    me = dict(cn="Tomas Rezende", email=owner)
    s, e = T("America/Los_Angeles", 2026, 3, 10, 10), T("America/Los_Angeles", 2026, 3, 10, 11)
    m1 = email(H(owner, "Grace Whitfield <%s>" % grace, owner, "Cascade Tidewater // Staff Data Scientist next steps",
                 T("America/Los_Angeles", 2026, 3, 3, 13, 5), "<BY5PR11MB4021A7@BY5PR11MB4021.namprd11.prod.outlook.example>"),
               plain="""Hi Tomas,

Great news - Wendy (our Director of Data Science and the hiring manager) would like to meet you next week
along with Paul Nakamura, one of our principal data scientists. It'll be an hour, in person at our Seattle
office (1100 Western Ave, 12th floor), and focused on your forecasting work and how you'd approach our
demand-planning roadmap.

Wendy likes to send her own invites, so expect a calendar invite from her directly. I'll be on it as
optional just so I can see it on my calendar - I won't be joining the conversation itself.

Best,
Grace

Grace Whitfield
Senior Technical Recruiter | Cascade Tidewater Analytics
m: (206) 555-0143
""")
    body = """Hi Tomas,

Looking forward to meeting you. Paul and I will spend the hour on your forecasting work and the demand-planning
roadmap - bring anything you'd like to show. We're in SEA-12-Rainier; reception on 12 will bring you up.
If you'd rather join remotely the Teams link below works too.

Grace is on here as optional for visibility only.

Wendy Achebe-Lund
Director, Data Science | Cascade Tidewater Analytics
"""
    inv = exchange_invite(owner, "Tomas Rezende <%s>; Paul Nakamura <%s>" % (owner, paul["email"]),
                          "Tomas Rezende / Cascade Tidewater - Staff Data Scientist interview", s, e,
                          "Pacific Standard Time", "America/Los_Angeles",
                          "Tuesday, March 10, 2026 10:00 AM-11:00 AM (UTC-08:00) Pacific Time (US & Canada).",
                          wendy, [me, paul, g, room], body, "SEA-12-Rainier (10); Microsoft Teams Meeting",
                          "040000008200E00074C5B7101A82E00800000000B3C95A1D0CABDC01000000000000000010000000E1",
                          0, T("America/Los_Angeles", 2026, 3, 4, 9, 31),
                          "<SJ0PR11MB5645C1E0@SJ0PR11MB5645.namprd11.prod.outlook.example>",
                          cc_hdr="Grace Whitfield <%s>" % grace)
    case("b14-02-exchange-hm-organizer-optional-recruiter-room-pdt",
         [("01-grace-next-steps.eml", m1), ("02-invite-from-wendy.eml", inv)],
         lab(owner, [iv("Cascade Tidewater Analytics", "Staff Data Scientist", s, e, "scheduled",
                        [wendy["email"], paul["email"]], [wendy["email"], paul["email"]], "hiring_manager")],
             "hard", "positive/exchange-organizer-interviews",
             "Organizer is the hiring manager and interviews; recruiter is ROLE=OPT-PARTICIPANT and says she won't "
             "join; room is CUTYPE=RESOURCE. Display label (UTC-08:00) but Mar 10 is after US DST -> -07:00."))


# --- 03 Exchange invite sent by a delegate on behalf of the CEO; London BST (label says UTC+00:00)
def c03():
    owner = "priya.venkat@example.com"
    d = "harrowgatebio.example"
    martin = dict(cn="Martin Aske", email="martin.aske@" + d, sent_by="fiona.baird@" + d)
    me = dict(cn="Priya Venkat", email=owner)
    s, e = T("Europe/London", 2026, 3, 31, 9, 30), T("Europe/London", 2026, 3, 31, 10, 15)
    body = """Dear Priya,

Martin has asked me to arrange a final conversation with you for the Head of Regulatory Affairs role. He will
join on Teams from our Cambridge site and has set aside 45 minutes.

I'm only looking after Martin's diary and won't be on the call. If the time doesn't work, please let me
know directly on fiona.baird@harrowgatebio.example or 01223 555 018 and I'll find an alternative.

Kind regards,

Fiona Baird
Executive Assistant to Dr Martin Aske, Chief Executive
Harrowgate Bioworks Ltd | 7 Station Road | Cambridge CB1 2JH
"""
    inv = exchange_invite(owner, "Priya Venkat <%s>" % owner,
                          "Final interview - Priya Venkat / Dr Martin Aske (Head of Regulatory Affairs)", s, e,
                          "GMT Standard Time", "Europe/London",
                          "31 March 2026 09:30-10:15 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.",
                          martin, [me], body, "Microsoft Teams Meeting",
                          "040000008200E00074C5B7101A82E008000000004A77F1E2B4BADC01000000000000000010000000A7",
                          0, T("Europe/London", 2026, 3, 20, 11, 2),
                          "<AM9PR07MB7201E5@AM9PR07MB7201.eurprd07.prod.outlook.example>",
                          from_hdr="Martin Aske <martin.aske@%s>" % d, sender="Fiona Baird <fiona.baird@%s>" % d,
                          lang="en-GB")
    case("b14-03-exchange-delegate-on-behalf-ceo-bst",
         [("01-final-interview-invite.eml", inv)],
         lab(owner, [iv("Harrowgate Bioworks", "Head of Regulatory Affairs", s, e, "scheduled",
                        [martin["email"]], [martin["email"]], "hiring_manager")],
             "hard", "positive/exchange-delegate",
             "Sender: the EA, From/ORGANIZER the CEO with SENT-BY the EA. CEO conducts; EA only manages the diary. "
             "Label text says (UTC+00:00) but Mar 31 is BST -> +01:00."))


# --- 04 Google invite, interviewer declines and is swapped out in SEQUENCE 1, time moves; Sydney DST end
def c04():
    owner = "ellie.marchetti@mail.example"
    d = "quokkaledger.example"
    sam = dict(cn="Sam Pillay", email="sam.pillay@" + d, partstat="ACCEPTED")
    hamish = dict(cn="Hamish Doyle", email="hamish.doyle@" + d, partstat="ACCEPTED")
    ruby = dict(cn="Ruby Tran", email="ruby.tran@" + d)
    me = dict(cn="Ellie Marchetti", email=owner)
    uid = "5pq0r1lq7jq0c7ls2ah1tv8m9e@google.com"
    s0, e0 = T("Australia/Sydney", 2026, 4, 2, 10), T("Australia/Sydney", 2026, 4, 2, 11)
    d0 = ("Pair-programming interview, 60 min - Platform Engineer.\nInterviewers: Hamish Doyle, Ruby Tran.\n"
          "Scheduled by Sam Pillay (Talent) - Sam won't be on the call; questions to sam.pillay@quokkaledger.example.")
    inv0 = google_invite(owner, "Invitation", "Quokka Ledger - Pair Programming Interview (Ellie Marchetti)", s0, e0,
                         "AEDT", "Australian Eastern Time - Sydney", sam, [sam, hamish, ruby, me], d0, None, uid, 0,
                         T("Australia/Sydney", 2026, 3, 26, 15, 12), "google.example",
                         meet="https://meet.google.com/wto-hpqa-zne")
    s1, e1 = T("Australia/Sydney", 2026, 4, 7, 10), T("Australia/Sydney", 2026, 4, 7, 11)
    hamish1 = dict(hamish, partstat="DECLINED")
    ruby1 = dict(ruby, partstat="ACCEPTED")
    oliver = dict(cn="Oliver Kwan", email="oliver.kwan@" + d, partstat="ACCEPTED")
    d1 = ("Pair-programming interview, 60 min - Platform Engineer.\nInterviewers: Ruby Tran, Oliver Kwan "
          "(Oliver is stepping in for Hamish, who is on leave).\n"
          "Scheduled by Sam Pillay (Talent) - Sam won't be on the call; questions to sam.pillay@quokkaledger.example.")
    inv1 = google_invite(owner, "Updated invitation", "Quokka Ledger - Pair Programming Interview (Ellie Marchetti)",
                         s1, e1, "AEST", "Australian Eastern Time - Sydney", sam, [sam, hamish1, ruby1, oliver, me],
                         d1, None, uid, 1, T("Australia/Sydney", 2026, 3, 30, 9, 48), "google.example",
                         meet="https://meet.google.com/wto-hpqa-zne",
                         note="Sam Pillay has updated this invitation with a note:\n\"Hi Ellie - Hamish is "
                              "unexpectedly on leave that week, so we've moved you to Tuesday the 7th, same time, "
                              "with Oliver swapping in. Thanks for your flexibility! - Sam\"")
    case("b14-04-gcal-declined-swap-sequence-sydney",
         [("01-invitation.eml", inv0), ("02-updated-invitation.eml", inv1)],
         lab(owner, [iv("Quokka Ledger", "Platform Engineer", s1, e1, "scheduled",
                        [ruby["email"], oliver["email"]], [ruby["email"], oliver["email"]], "technical")],
             "hard", "positive/reschedule-interviewer-swap",
             "SEQUENCE 1 moves Apr 2 (AEDT +11) to Apr 7 (AEST +10, after Sydney DST end) and swaps Hamish "
             "(now PARTSTAT=DECLINED, still listed) for Oliver. Organizer Sam only schedules."))


# --- 05 Portuguese recruiter mail + Calendar API event from a shared recruiting calendar; declined swap
def c05():
    owner = "lucas.amorim@example.com"
    d = "jabuticabapag.example"
    z = "America/Sao_Paulo"
    s, e = T(z, 2026, 4, 15, 14), T(z, 2026, 4, 15, 15)
    m1 = email(H(owner, "Camila Furtado <camila.furtado@%s>" % d, "Lucas Amorim <%s>" % owner,
                 "Jabuticaba | Próxima etapa - Engenheiro(a) de Software Sênior (Backend)",
                 T(z, 2026, 4, 8, 17, 20), "<CAPt4n9wQe1x@mail.%s>" % d),
               plain="""Oi Lucas, tudo bem?

Que bom falar com você ontem! Como combinamos, a próxima etapa é a entrevista técnica (system design) com
o time de Pagamentos: quarta-feira, 15/04, às 14h (horário de Brasília), duração de 1h, pelo Google Meet.

Quem vai conduzir: Ana Beatriz Lopes (Tech Lead) e Bao Nguyen (Engenheiro Staff).

O convite sai da nossa agenda compartilhada de recrutamento (recrutamento@jabuticabapag.example) - essa
caixa não é monitorada, então qualquer dúvida fala direto comigo por aqui ou no WhatsApp.

Abraço,
Camila Furtado
Talent Acquisition | Jabuticaba Pagamentos
+55 11 95555-0182 | Av. Brigadeiro Faria Lima, 3900 - São Paulo/SP
""", plain_cte="quoted-printable")
    ev = {
        "kind": "calendar#event", "etag": "\"3541207790245000\"", "id": "7m2s9kq4vd1c0b8hplj3u5ot6r",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=N20yczlrcTR2ZDFjMGI4aHBsajN1NW90NnI",
        "created": "2026-04-08T20:31:00.000Z", "updated": "2026-04-13T12:04:18.331Z",
        "summary": "Entrevista técnica - Lucas Amorim - Eng. de Software Sênior (Backend)",
        "description": "System design (60 min).\nEntrevistadores: Ana Beatriz Lopes + Rafael Teixeira "
                       "(Rafa substitui o Bao, que estará em viagem).\nDúvidas: camila.furtado@jabuticabapag.example",
        "location": "Google Meet",
        "creator": {"email": "camila.furtado@" + d, "displayName": "Camila Furtado"},
        "organizer": {"email": "recrutamento@" + d, "displayName": "Recrutamento Jabuticaba"},
        "start": {"dateTime": iso(s), "timeZone": z},
        "end": {"dateTime": iso(e), "timeZone": z},
        "iCalUID": "7m2s9kq4vd1c0b8hplj3u5ot6r@google.com", "sequence": 1,
        "attendees": [
            {"email": "recrutamento@" + d, "displayName": "Recrutamento Jabuticaba", "organizer": True,
             "responseStatus": "accepted"},
            {"email": "ana.lopes@" + d, "displayName": "Ana Beatriz Lopes", "responseStatus": "accepted"},
            {"email": "bao.nguyen@" + d, "displayName": "Bao Nguyen", "responseStatus": "declined",
             "comment": "Em viagem nessa semana - Rafa cobre."},
            {"email": "rafael.teixeira@" + d, "displayName": "Rafael Teixeira", "responseStatus": "accepted"},
            {"email": "camila.furtado@" + d, "displayName": "Camila Furtado", "optional": True,
             "responseStatus": "tentative"},
            {"email": "c_1887sp7ipe@resource.calendar.example", "displayName": "SP-7-Ipê (4)", "resource": True,
             "responseStatus": "accepted"},
            {"email": owner, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/jbq-xzvu-tpa",
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    case("b14-05-gcal-json-shared-recruiting-organizer-saopaulo",
         [("01-camila-proxima-etapa.eml", m1),
          ("02-entrevista-tecnica.gcal.json", (json.dumps(ev, ensure_ascii=False, indent=2) + "\n").encode())],
         lab(owner, [iv("Jabuticaba Pagamentos", "Engenheiro(a) de Software Sênior (Backend)", s, e, "scheduled",
                        ["ana.lopes@" + d, "rafael.teixeira@" + d], ["ana.lopes@" + d, "rafael.teixeira@" + d],
                        "technical")],
             "hard", "positive/gcal-json-shared-organizer",
             "Organizer is a shared recruiting calendar; e-mail names Ana + Bao, later API event shows Bao "
             "declined and Rafael added; recruiter is optional/tentative; room resource. Sao Paulo -03:00."))


# --- 06 Ashby-style confirmation (HTML only, base64) from no-reply; interviewer only in the body; Warsaw CEST
def c06():
    owner = "kasia.nowicka@mail.example"
    d = "corvidlabs.example"
    s, e = T("Europe/Warsaw", 2026, 3, 30, 14), T("Europe/Warsaw", 2026, 3, 30, 15)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f7">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;font-family:Inter,Arial,sans-serif;font-size:15px;color:#1d1d28">
<tr><td style="padding:28px 32px"><img src="https://cdn.corvidlabs.example/logo.png" alt="Corvid Labs" height="28"></td></tr>
<tr><td style="padding:0 32px"><h2 style="font-size:20px">Your interview is confirmed</h2>
<p>Hi Kasia,</p>
<p>Thanks for choosing a time. Here are the details for your <b>Technical Interview (React &amp; TypeScript)</b>
for the <b>Senior Frontend Engineer</b> role.</p>
<table cellpadding="6" style="border:1px solid #e3e3ea;border-radius:6px;width:100%">
<tr><td style="color:#6b6b7b">When</td><td>Monday, March 30, 2026<br>2:00 PM &ndash; 3:00 PM CEST (Europe/Warsaw)</td></tr>
<tr><td style="color:#6b6b7b">Where</td><td><a href="https://corvidlabs.zoom.us/j/86120034471">Zoom</a></td></tr>
<tr><td style="color:#6b6b7b">Interviewer</td><td>Tomasz Wrona &middot; Staff Engineer<br>
<a href="mailto:tomasz.wrona@corvidlabs.example">tomasz.wrona@corvidlabs.example</a></td></tr>
</table>
<p>Tomasz will share a small component-refactoring exercise in a CodeSandbox at the start of the call.</p>
<p>Need to reschedule? Reply to this email and Ola from our recruiting team will help.</p>
<p style="color:#6b6b7b;font-size:12px">A calendar invite (.ics) is attached.</p></td></tr>
<tr><td style="padding:24px 32px;color:#9a9aa8;font-size:11px">Sent via Ashby on behalf of Corvid Labs &middot;
ul. Prosta 51, 00-838 Warszawa</td></tr></table></td></tr></table></body></html>
"""
    ev = dict(start=s, end=e, stamp=T("Europe/Warsaw", 2026, 3, 23, 10, 14),
              organizer=dict(cn="Corvid Labs", email="no-reply@ashbyhq.example"),
              uid="ashby-interview-3f0c9e21-6f7b-4c1a-9d0e-2b41c7e5aa10", attendees=[dict(cn="Kasia Nowicka",
                                                                                           email=owner)],
              description="Technical Interview (React & TypeScript) - Senior Frontend Engineer\n"
                          "Join Zoom: https://corvidlabs.zoom.us/j/86120034471",
              location="https://corvidlabs.zoom.us/j/86120034471", seq=0,
              summary="Corvid Labs - Technical Interview (React & TypeScript)")
    cal = calendar([ev], method="REQUEST", prodid="-//Ashby//Interview Scheduling//EN")
    m = email(H(owner, "Corvid Labs <no-reply@ashbyhq.example>", "Kasia Nowicka <%s>" % owner,
                "Interview confirmed: Corvid Labs - Senior Frontend Engineer", T("Europe/Warsaw", 2026, 3, 23, 10, 14),
                "<0100018e6b2f9c41-7d2a9f3e@email.ashbyhq.example>",
                reply_to="Aleksandra Wiśniewska <ola.wisniewska@%s>" % d),
              html=html, html_cte="base64",
              attachments=[(cal.encode(), "text", "calendar", "interview.ics")])
    case("b14-06-ashby-ics-interviewer-only-in-body-warsaw",
         [("01-interview-confirmed.eml", m)],
         lab(owner, [iv("Corvid Labs", "Senior Frontend Engineer", s, e, "scheduled",
                        ["tomasz.wrona@" + d], ["tomasz.wrona@" + d], "technical")],
             "hard", "positive/ats-email-with-ics",
             "HTML-only base64 ATS mail from no-reply; .ics has only the candidate as attendee; the interviewer's "
             "address appears only in the body. Reply-To is the recruiter. Warsaw CEST (after Mar 29)."))


# --- 07 Recruiter mail, panel only in Cc, "Thu 3/12 @ 4:30p PST" (really PDT), reply, coordinator Zoom mail
def c07():
    owner = "marisol.ibarra@example.com"
    d = "sundialfreight.example"
    z = "America/Los_Angeles"
    s, e = T(z, 2026, 3, 12, 16, 30), T(z, 2026, 3, 12, 17, 30)
    cc = "Ravi Menon <ravi.menon@%s>, Jo Ferreira <jo.ferreira@%s>, Mel Ashworth <mel.ashworth@%s>" % (d, d, d)
    mid1 = "<CAH2bc9Lx0wQ8rT@mail.%s>" % d
    t1 = """Hi Marisol,

Locking in your portfolio panel for Thu 3/12 @ 4:30p PST, about an hour. Ravi (Design Director) and Jo
(Staff Product Designer) - both cc'd - will be your panel. Plan on ~35 min walking through two projects and
the rest for their questions.

Mel, also cc'd, runs our interview calendars and will send the Zoom details separately. I won't be on this
one, but ping me any time before or after.

Cheers,
Bethany

Bethany Cole | Recruiting Lead, Design
Sundial Freight Systems | 500 Howard St, San Francisco, CA 94105 | (415) 555-0199
"""
    m1 = email(H(owner, "Bethany Cole <bethany.cole@%s>" % d, "Marisol Ibarra <%s>" % owner,
                 "Portfolio panel - Senior Product Designer", T(z, 2026, 3, 5, 15, 48), mid1, cc=cc),
               plain=t1, html=html_wrap(t1))
    mid2 = "<CAF9kM2p7Yw@mail.example.com>"
    t2 = """Thanks Bethany - 4:30 Pacific on the 12th works great. Looking forward to meeting Ravi and Jo!

Marisol

On Thu, Mar 5, 2026 at 3:48 PM Bethany Cole <bethany.cole@sundialfreight.example> wrote:
""" + "".join("> " + ln + "\n" if ln else ">\n" for ln in t1.splitlines())
    m2 = email(H(owner, "Marisol Ibarra <%s>" % owner, "Bethany Cole <bethany.cole@%s>" % d,
                 "Re: Portfolio panel - Senior Product Designer", T(z, 2026, 3, 5, 16, 20), mid2, cc=cc + ", " + owner,
                 in_reply_to=mid1), plain=t2)
    t3 = """Hi Marisol,

Here's your Zoom for Thursday:

Portfolio panel - Marisol Ibarra
Thursday, March 12 · 4:30 – 5:30pm Pacific Time
https://sundialfreight.zoom.us/j/93307215586?pwd=Zk1hR0x2
Meeting ID: 933 0721 5586 · Passcode: 414852

Panel: Ravi Menon, Jo Ferreira. Please share your screen from your own laptop.

Mel Ashworth
Interview Coordinator, Sundial Freight Systems
"""
    m3 = email(H(owner, "Mel Ashworth <mel.ashworth@%s>" % d, "Marisol Ibarra <%s>" % owner,
                 "Zoom details: Portfolio panel (Thu 3/12)", T(z, 2026, 3, 9, 10, 2), "<CAM5rT0pZq@mail.%s>" % d),
               plain=t3, plain_cte="8bit")
    case("b14-07-recruiter-mail-panel-in-cc-pst-label",
         [("01-bethany-portfolio-panel.eml", m1), ("02-re-portfolio-panel.eml", m2), ("03-mel-zoom-details.eml", m3)],
         lab(owner, [iv("Sundial Freight Systems", "Senior Product Designer", s, e, "scheduled",
                        ["ravi.menon@" + d, "jo.ferreira@" + d], ["ravi.menon@" + d, "jo.ferreira@" + d], "onsite")],
             "hard", "positive/thread-panel-in-cc",
             "Panelists appear only in Cc (first names in body); recruiter and coordinator (also Cc'd) do not "
             "interview. 'PST' written for Mar 12 = Pacific daylight time (-07:00), confirmed by 'Pacific Time'."))


# --- 08 Surname-only mention "Dr. Okafor" with the full address in Cc; second panelist has no address; Auckland
def c08():
    owner = "hannah.feld@mail.example"
    d = "teawa.example"
    z = "Pacific/Auckland"
    s, e = T(z, 2026, 4, 9, 10, 30), T(z, 2026, 4, 9, 11, 15)
    t = """Kia ora Hannah,

Thank you for your application for the Postdoctoral Research Fellow (Coastal Ecology) position. I'm pleased to
let you know the selection panel would like to interview you.

Your interview will be held over Zoom on Thursday 9 April at half past ten in the morning (New Zealand time)
and should take about 45 minutes. You'll meet Dr. Okafor, who will chair the panel, and Professor Lindqvist
from the School of Earth Sciences. I've copied Dr. Okafor in case you have any questions about the research
programme itself.

The Zoom link is https://teawa.zoom.us/j/81244590012 - please join a few minutes early.

Ngā mihi,

Mere Parata
HR Advisor, Recruitment
Te Awa Institute of Marine Science
12 Wharf Road, Nelson 7010 | +64 3 555 0178
"""
    m = email(H(owner, "Mere Parata <mere.parata@%s>" % d, "hannah.feld@mail.example",
                "Interview invitation - Postdoctoral Research Fellow (Coastal Ecology)",
                T(z, 2026, 4, 1, 14, 25), "<SY4P282MB3471B0@SY4P282MB3471.AUSP282.PROD.OUTLOOK.example>",
                cc="Chidi Okafor <c.okafor@%s>" % d),
              plain=t, html=html_wrap(t, "Calibri,sans-serif"))
    case("b14-08-surname-only-dr-okafor-cc-auckland",
         [("01-interview-invitation.eml", m)],
         lab(owner, [iv("Te Awa Institute of Marine Science", "Postdoctoral Research Fellow (Coastal Ecology)", s, e,
                        "scheduled", ["c.okafor@" + d], ["c.okafor@" + d], "onsite")],
             "hard", "positive/email-body-only",
             "Body names 'Dr. Okafor' (address only in Cc) and 'Professor Lindqvist' (no address anywhere); HR "
             "advisor only coordinates. 'half past ten' on Apr 9 = NZST +12:00 (after Apr 5)."))


# --- 09 Agency recruiter + CEO writing from a personal-looking address; "Friday at noon CT"; CDT before Nov 1
def c09():
    owner = "jordan.pike@example.com"
    z = "America/Chicago"
    s, e = T(z, 2026, 10, 30, 12), T(z, 2026, 10, 30, 12, 30)
    kofi = "kofi@brightpathtalent.example"
    dana = "dana.kowal@mail.example"
    mid1 = "<CAK0f1Mx2@mail.brightpathtalent.example>"
    t1 = """Jordan,

Great news - Tallgrass loved the ops case. Last step is a conversation with Dana Kowalczyk, their co-founder &
CEO, for the Founding Operations Lead role. Dana does her own scheduling and prefers her personal email
(dana.kowal@mail.example) since her work inbox is buried - I've cc'd her here so you two can find a time.

She's usually free Thursday/Friday midday.

Kofi Mensah
Principal Recruiter | BrightPath Talent
312-555-0127 | 222 W Merchandise Mart Plaza, Chicago IL
"""
    m1 = email(H(owner, "Kofi Mensah <%s>" % kofi, "Jordan Pike <%s>" % owner,
                 "Tallgrass Robotics - final step", T(z, 2026, 10, 26, 16, 40), mid1, cc="Dana Kowalczyk <%s>" % dana),
               plain=t1)
    mid2 = "<9B2E1F44-0C7A-4B6E-8E19-3D5A7F1C2B90@mail.example>"
    t2 = """Hi Jordan - nice to e-meet. Friday at noon CT work? I'll ring your cell, 30 mins tops. Just want to
hear how you think about building the ops function from scratch.

D

Sent from my iPhone

> On Oct 26, 2026, at 4:40 PM, Kofi Mensah <kofi@brightpathtalent.example> wrote:
>
> Jordan,
>
> Great news - Tallgrass loved the ops case. Last step is a conversation with Dana Kowalczyk, their co-founder &
> CEO, for the Founding Operations Lead role.
"""
    m2 = email(H(owner, "Dana Kowalczyk <%s>" % dana, "Jordan Pike <%s>" % owner, "Re: Tallgrass Robotics - final step",
                 T(z, 2026, 10, 27, 7, 12), mid2, cc="Kofi Mensah <%s>" % kofi, in_reply_to=mid1),
               plain=t2, plain_cte="7bit")
    t3 = """Friday at noon Central works perfectly - my cell is 773-555-0164. Talk then!

Jordan

On Tue, Oct 27, 2026 at 7:12 AM Dana Kowalczyk <dana.kowal@mail.example> wrote:
> Hi Jordan - nice to e-meet. Friday at noon CT work? I'll ring your cell, 30 mins tops.
"""
    m3 = email(H(owner, "Jordan Pike <%s>" % owner, "Dana Kowalczyk <%s>" % dana, "Re: Tallgrass Robotics - final step",
                 T(z, 2026, 10, 27, 8, 3), "<CAJp8kWq3@mail.example.com>", cc="Kofi Mensah <%s>, %s" % (kofi, owner),
                 in_reply_to=mid2, references=mid1 + " " + mid2), plain=t3)
    case("b14-09-ceo-personal-address-friday-noon-cdt",
         [("01-kofi-final-step.eml", m1), ("02-dana-re-final-step.eml", m2), ("03-jordan-confirms.eml", m3)],
         lab(owner, [iv("Tallgrass Robotics", "Founding Operations Lead", s, e, "scheduled",
                        [dana], [dana], "hiring_manager")],
             "hard", "positive/thread-personal-address",
             "CEO interviews from a personal-looking mail.example address; agency recruiter only introduces. "
             "'Friday' relative to Tue Oct 27 = Oct 30, CDT -05:00 (US DST ends Nov 1)."))


# --- 10 Exchange invite (Japanese/English) from a coordinator organizer + shared mailbox optional; then CANCEL
def c10():
    owner = "aiko.brennan@mail.example"
    d = "hoshizora.example"
    z = "Asia/Tokyo"
    s, e = T(z, 2026, 5, 14, 15), T(z, 2026, 5, 14, 16)
    yui = dict(cn="Yui Sato", email="y.sato@" + d)
    kenji = dict(cn="Kenji Morimoto", email="k.morimoto@" + d, partstat="ACCEPTED")
    dan = dict(cn="Daniel Ferraro", email="d.ferraro@" + d, partstat="ACCEPTED")
    saiyo = dict(cn="採用チーム", email="saiyo@" + d, role="OPT-PARTICIPANT", cutype="GROUP")
    me = dict(cn="Aiko Brennan", email=owner)
    uid = "040000008200E00074C5B7101A82E00800000000D1A3C4E59BD9DC01000000000000000010000000F3"
    body = """Aiko Brennan 様

二次面接の日程が確定しましたのでご案内いたします。

日時: 2026年5月14日(木) 15:00～16:00 (日本時間)
形式: Microsoft Teams
面接官: 森本 健二 (ゲームディレクター)、Daniel Ferraro (Lead Designer)

※ 佐藤は日程調整のみ担当しており、面接には参加いたしません。
(English: Your second-round interview with Kenji Morimoto and Daniel Ferraro is confirmed for Thursday,
May 14, 15:00-16:00 JST. I'm only coordinating and won't join.)

株式会社ホシゾラゲームズ 人事部 採用担当
佐藤 結衣 (Yui Sato)
〒150-0002 東京都渋谷区渋谷2-21-1 | 03-5555-0148
"""
    subj = "二次面接 / 2nd Interview: Aiko Brennan - Senior Game Designer"
    inv = exchange_invite(owner, "Aiko Brennan <%s>; 森本 健二 <%s>; Daniel Ferraro <%s>" % (owner, kenji["email"],
                                                                                         dan["email"]),
                          subj, s, e, "Tokyo Standard Time", z,
                          "2026年5月14日 15:00-16:00 (UTC+09:00) 大阪、札幌、東京", yui, [me, kenji, dan, saiyo],
                          body, "Microsoft Teams 会議", uid, 0, T(z, 2026, 4, 30, 11, 20),
                          "<TYCPR01MB8473A2@TYCPR01MB8473.jpnprd01.prod.outlook.example>", lang="ja-JP")
    body2 = """Aiko Brennan 様

誠に申し訳ございません。面接官の森本が急な家庭の事情により対応できなくなったため、5月14日(木)15:00からの二次面接を
キャンセルさせていただきます。新しい日程については改めてご連絡いたします。

(English: We're very sorry - Kenji has had a family emergency, so we need to cancel Thursday's 15:00
interview. We'll be in touch about a new date.)

佐藤 結衣 (Yui Sato) | 株式会社ホシゾラゲームズ 人事部
"""
    cx = exchange_invite(owner, "Aiko Brennan <%s>; 森本 健二 <%s>; Daniel Ferraro <%s>" % (owner, kenji["email"],
                                                                                        dan["email"]),
                         "キャンセル済み: " + subj, s, e, "Tokyo Standard Time", z,
                         "2026年5月14日 15:00-16:00 (UTC+09:00) 大阪、札幌、東京", yui, [me, kenji, dan, saiyo],
                         body2, "Microsoft Teams 会議", uid, 1, T(z, 2026, 5, 12, 18, 5),
                         "<TYCPR01MB8473F9@TYCPR01MB8473.jpnprd01.prod.outlook.example>", method="CANCEL",
                         status="CANCELLED", lang="ja-JP", teams=False)
    case("b14-10-exchange-tokyo-coordinator-organizer-cancelled",
         [("01-niji-mensetsu-invite.eml", inv), ("02-canceled-niji-mensetsu.eml", cx)],
         lab(owner, [iv("Hoshizora Games", "Senior Game Designer", s, e, "cancelled",
                        [kenji["email"], dan["email"]], [kenji["email"], dan["email"]], "onsite")],
             "medium", "positive/cancellation",
             "Coordinator is ORGANIZER but not an attendee; shared saiyo@ mailbox is OPT-PARTICIPANT CUTYPE=GROUP; "
             "METHOD:CANCEL SEQUENCE 1 with no new date -> cancelled. JST +09:00."))


# --- 11 Google invite organized by a shared hiring@ mailbox; candidate withdraws (quoted); cancellation; IST
def c11():
    owner = "rohan.dsouza@example.com"
    d = "saffronleaf.example"
    z = "Asia/Kolkata"
    s, e = T(z, 2026, 6, 8, 14), T(z, 2026, 6, 8, 15)
    hiring = dict(cn="Saffronleaf Hiring", email="hiring@" + d, partstat="ACCEPTED")
    meena = dict(cn="Meenakshi Rao", email="meenakshi.rao@" + d, partstat="ACCEPTED")
    me = dict(cn="Rohan D'Souza", email=owner)
    uid = "0v6k3d9s1hq2b7m5n4c8p0r2tf@google.com"
    desc = ("Round 2 - automation strategy discussion with Meenakshi Rao (QA Manager), 60 min.\n"
            "For any changes please write to Pooja Nair at pooja.nair@saffronleaf.example - this hiring@ "
            "calendar is not monitored.")
    inv = google_invite(owner, "Invitation", "Saffronleaf | Round 2 | QA Automation Lead | Rohan D'Souza", s, e,
                        "IST", "India Standard Time - Kolkata", hiring, [hiring, meena, me], desc, None, uid, 0,
                        T(z, 2026, 6, 1, 12, 10), "google.example", meet="https://meet.google.com/sfl-qaut-rnd")
    t2 = """Hi Rohan,

Thanks for letting us know, and congratulations on the new role! I've cancelled Monday's session with
Meenakshi - you'll get a cancellation from our hiring calendar shortly.

All the best,
Pooja

Pooja Nair | Talent Acquisition | Saffronleaf Health Tech
Prestige Tech Park, Bengaluru 560103 | +91 80 5555 0190

On Thu, 4 Jun 2026 at 09:41, Rohan D'Souza <rohan.dsouza@example.com> wrote:
> Hi Pooja,
>
> I wanted to let you know that I've accepted another offer, so I'd like to withdraw from the QA Automation
> Lead process. Please cancel Monday's 2 PM round with Meenakshi - thank you both for your time.
>
> Regards,
> Rohan
"""
    m2 = email(H(owner, "Pooja Nair <pooja.nair@%s>" % d, "Rohan D'Souza <%s>" % owner,
                 "Re: Withdrawing my application - QA Automation Lead", T(z, 2026, 6, 4, 11, 5),
                 "<CAB7pN3x1Qe@mail.%s>" % d, in_reply_to="<CAJr0hD9s@mail.example.com>"), plain=t2)
    cx = google_invite(owner, "Cancelled event", "Saffronleaf | Round 2 | QA Automation Lead | Rohan D'Souza", s, e,
                       "IST", "India Standard Time - Kolkata", hiring, [hiring, meena, me], desc, None, uid, 1,
                       T(z, 2026, 6, 4, 11, 9), "google.example", method="CANCEL", status="CANCELLED", meet=None)
    case("b14-11-gcal-hiring-mailbox-organizer-candidate-withdraws-ist",
         [("01-invitation-round-2.eml", inv), ("02-re-withdrawing.eml", m2), ("03-cancelled-event.eml", cx)],
         lab(owner, [iv("Saffronleaf Health Tech", "QA Automation Lead", s, e, "cancelled",
                        [meena["email"]], [meena["email"]], "hiring_manager")],
             "medium", "positive/cancellation",
             "Organizer and From is a shared hiring@ calendar (not a person); candidate withdrawal quoted in the "
             "recruiter's reply, then Google cancellation. IST +05:30."))


# --- 12 Two interviews: SavvyCal recruiter screen (EDT) + GoodTime-style onsite itinerary with 3 .ics (EST)
def c12():
    owner = "felix.adeyemi@mail.example"
    d = "northbeam.example"
    z = "America/Toronto"
    gab = dict(cn="Gabrielle Tremblay", email="gabrielle.tremblay@" + d, partstat="ACCEPTED")
    me = dict(cn="Felix Adeyemi", email=owner, partstat="ACCEPTED")
    s1, e1 = T(z, 2026, 10, 22, 13, 30), T(z, 2026, 10, 22, 14)
    ics1 = calendar([dict(start=s1, end=e1, stamp=T(z, 2026, 10, 15, 9, 2), organizer=gab, uid="sc-bk-7Q2wXr9m@savvycal.example",
                          attendees=[gab, me], mode="tz", tzid="America/Toronto",
                          description="Recruiter screen - Senior Site Reliability Engineer. Gabrielle will call "
                                      "you at +1 647 555 0121.", location="Phone call", seq=0,
                          summary="Recruiter Screen: Felix Adeyemi <> Gabrielle Tremblay (Northbeam)")],
                    prodid="-//SavvyCal//SavvyCal//EN", tzs=[("America/Toronto", z)])
    t1 = """Hi Felix,

Your meeting is booked!

Recruiter Screen (30 min) with Gabrielle Tremblay - Northbeam Insurance
Thursday, October 22, 2026
1:30 PM - 2:00 PM (Eastern Time - Toronto)

Location: Phone call - Gabrielle will call you at +1 647 555 0121.

Need to make changes? Reschedule: https://savvycal.example/r/7Q2wXr9m  Cancel: https://savvycal.example/c/7Q2wXr9m

Powered by SavvyCal
"""
    m1 = email(H(owner, "Gabrielle Tremblay (via SavvyCal) <notifications@savvycal.example>", "Felix Adeyemi <%s>" % owner,
                 "Confirmed: Recruiter Screen with Gabrielle Tremblay on Thu, Oct 22", T(z, 2026, 10, 15, 9, 2),
                 "<sc.7Q2wXr9m.confirm@savvycal.example>", reply_to="Gabrielle Tremblay <%s>" % gab["email"]),
               plain=t1, html=html_wrap(t1), attachments=[(ics1.encode(), "text", "calendar", "invite.ics")])
    sessions = [
        (T(z, 2026, 11, 3, 10), T(z, 2026, 11, 3, 10, 45), "Incident response deep-dive", "Ayesha Karim",
         "ayesha.karim@" + d, "Staff SRE"),
        (T(z, 2026, 11, 3, 11), T(z, 2026, 11, 3, 11, 45), "Systems design", "Piotr Zielinski",
         "piotr.zielinski@" + d, "Principal Engineer"),
        (T(z, 2026, 11, 3, 12, 30), T(z, 2026, 11, 3, 13, 15), "Hiring manager conversation", "Deborah Lam",
         "deborah.lam@" + d, "Director, Reliability Engineering"),
    ]
    rows = "".join("<tr><td>%s &ndash; %s EST</td><td>%s</td><td>%s, %s<br>%s</td></tr>\n" % (
        a.strftime("%-I:%M %p"), b.strftime("%-I:%M %p"), t, n, r, em) for a, b, t, n, em, r in sessions)
    rows = rows.replace("</tr>\n<tr><td>12:30", "</tr>\n<tr><td>11:45 AM &ndash; 12:30 PM EST</td><td>Lunch break "
                        "(on your own)</td><td>&nbsp;</td></tr>\n<tr><td>12:30")
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hi Felix,</p>
<p>Thanks for making time to interview with Northbeam Insurance for the <b>Senior Site Reliability Engineer</b>
role. Your virtual onsite is confirmed for <b>Tuesday, November 3, 2026</b>. All times below are Eastern Time
(Toronto). Each session has its own Zoom link in the attached invites.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th>Time</th><th>Session</th><th>Interviewer</th></tr>
""" + rows + """</table>
<p>If anything comes up, reply to this email to reach Luc Bergeron, your interview coordinator.</p>
<p style="color:#888;font-size:11px">Scheduled with GoodTime &middot; Northbeam Insurance, 20 Queen St W, Toronto ON</p>
</body></html>
"""
    atts = []
    for i, (a, b, t, n, em, r) in enumerate(sessions, 1):
        ics = calendar([dict(start=a, end=b, stamp=T(z, 2026, 10, 27, 14, 30),
                             organizer=dict(cn="Luc Bergeron", email="luc.bergeron@" + d),
                             uid="gt-evt-91c4-%d@goodtime.example" % i,
                             attendees=[dict(cn="Felix Adeyemi", email=owner), dict(cn=n, email=em)],
                             mode="tz", tzid="America/Toronto",
                             description="%s with %s (%s). Zoom: https://northbeam.zoom.us/j/9550021%03d" % (t, n, r, i),
                             location="https://northbeam.zoom.us/j/9550021%03d" % i, seq=0,
                             summary="Northbeam Onsite - %s - Felix Adeyemi" % t)],
                       prodid="-//GoodTime.io//Scheduler//EN", tzs=[("America/Toronto", z)])
        atts.append((ics.encode(), "text", "calendar", "session-%d.ics" % i))
    m2 = email(H(owner, "Northbeam Interview Scheduling <scheduling@goodtime.example>", "Felix Adeyemi <%s>" % owner,
                 "Your Northbeam Insurance interview itinerary - Tue, Nov 3", T(z, 2026, 10, 27, 14, 30),
                 "<gt.itin.91c4@goodtime.example>", reply_to="Luc Bergeron <luc.bergeron@%s>" % d),
               html=html, attachments=atts)
    ints = [e for _, _, _, _, e, _ in sessions]
    case("b14-12-two-interviews-savvycal-screen-goodtime-loop-toronto",
         [("01-confirmed-recruiter-screen.eml", m1), ("02-onsite-itinerary.eml", m2)],
         lab(owner, [iv("Northbeam Insurance", "Senior Site Reliability Engineer", s1, e1, "scheduled",
                        [gab["email"]], [gab["email"]], "phone_screen"),
                     iv("Northbeam Insurance", "Senior Site Reliability Engineer", sessions[0][0], sessions[-1][1],
                        "scheduled", ints, ints, "onsite")],
             "hard", "positive/two-interviews",
             "Recruiter screen Oct 22 (EDT -04:00, recruiter is interviewer) + one-day loop Nov 3 (EST -05:00, "
             "after US DST end) sent as 3 .ics with a lunch break -> one onsite 10:00-13:15; coordinator excluded."))


# --- 13 German mail + standalone .ics: organizer (Abteilungsleiterin) interviews, co-interviewer in Cc,
#        recruiting group mailbox NON-PARTICIPANT, room resource; Vienna after Oct 25 (CET)
def c13():
    owner = "lea.hofbauer@mail.example"
    d = "donaustrom.example"
    z = "Europe/Vienna"
    s, e = T(z, 2026, 10, 27, 14), T(z, 2026, 10, 27, 15, 15)
    kat = dict(cn="Katharina Eder", email="katharina.eder@" + d)
    pich = dict(cn="Dr. Stefan Pichler", email="stefan.pichler@" + d, partstat="ACCEPTED")
    t = """Sehr geehrte Frau Hofbauer,

wie telefonisch besprochen, lade ich Sie herzlich zum Vorstellungsgespräch für die Position
"Projektleiterin Netzausbau (m/w/d)" ein:

Dienstag, 27. Oktober 2026, 14:00 Uhr (ca. 75 Minuten)
Donaustrom Energie AG, Zentrale, Am Hof 11, 1010 Wien - Besprechungsraum Kahlenberg (3. OG)

Das Gespräch führe ich gemeinsam mit Herrn Dr. Pichler (Leiter Asset Management, in Kopie). Die
Kalendereinladung folgt separat; sie geht zur Information auch an unser Recruiting-Postfach.

Bitte melden Sie sich am Empfang im Erdgeschoss.

Mit freundlichen Grüßen

Mag. Katharina Eder
Abteilungsleiterin Netzplanung
Donaustrom Energie AG | Am Hof 11 | 1010 Wien
T +43 1 555 3412
"""
    m1 = email(H(owner, "Katharina Eder <%s>" % kat["email"], "Lea Hofbauer <%s>" % owner,
                 "Einladung zum Vorstellungsgespräch - Projektleiterin Netzausbau", T(z, 2026, 10, 19, 10, 4),
                 "<VI1PR03MB6220A1@VI1PR03MB6220.eurprd03.prod.outlook.example>",
                 cc="Dr. Stefan Pichler <%s>" % pich["email"]), plain=t, html=html_wrap(t, "Calibri,sans-serif"))
    ics = calendar([dict(start=s, end=e, stamp=T(z, 2026, 10, 19, 10, 9), organizer=kat,
                         uid="3B0E71C2-9F4D-4E0B-A7C1-55D2E8A1F6B3", mode="tz", tzid="Europe/Vienna",
                         attendees=[dict(cn="Lea Hofbauer", email=owner), pich,
                                    dict(cn="Recruiting Donaustrom", email="recruiting@" + d, cutype="GROUP",
                                         role="NON-PARTICIPANT", rsvp=False),
                                    dict(cn="Besprechungsraum Kahlenberg 3.12", email="raum.kahlenberg@" + d,
                                         cutype="RESOURCE", role="NON-PARTICIPANT", partstat="ACCEPTED", rsvp=False)],
                         description="Vorstellungsgespräch Projektleiterin Netzausbau (m/w/d) - Frau Lea Hofbauer.\n"
                                     "Gesprächsführung: Katharina Eder, Dr. Stefan Pichler.",
                         location="Besprechungsraum Kahlenberg 3.12, Am Hof 11, 1010 Wien", seq=0,
                         summary="Vorstellungsgespräch Hofbauer - Projektleitung Netzausbau")],
                   prodid="-//Apple Inc.//macOS 15.1//EN", tzs=[("Europe/Vienna", z)])
    case("b14-13-standalone-ics-organizer-interviews-group-resource-vienna",
         [("01-einladung-vorstellungsgespraech.eml", m1), ("02-vorstellungsgespraech.ics", ics.encode())],
         lab(owner, [iv("Donaustrom Energie", "Projektleiterin Netzausbau (m/w/d)", s, e, "scheduled",
                        [kat["email"], pich["email"]], [kat["email"], pich["email"]], "hiring_manager")],
             "medium", "positive/standalone-ics-organizer-interviews",
             "Organizer conducts (with Cc'd co-interviewer); recruiting group is CUTYPE=GROUP NON-PARTICIPANT; room "
             "CUTYPE=RESOURCE. '14:00 Uhr' on Oct 27 = CET +01:00 (EU DST ended Oct 25; Oct 26 is a holiday)."))


# ============================================================================= NEGATIVES
def neg(cid, items, user, category, notes, difficulty="hard"):
    case(cid, items, lab(user, [], difficulty, category, notes))


def c14():  # user is a contract interviewer
    owner = "amara.stone@example.com"
    d = "interviewloop.example"
    z = "America/New_York"
    s, e = T(z, 2026, 5, 6, 11), T(z, 2026, 5, 6, 12)
    ops = dict(cn="InterviewLoop Ops", email="ops@" + d, partstat="ACCEPTED")
    cand = dict(cn="Ming Zhao", email="ming.zhao@mail.example")
    me = dict(cn="Amara Stone", email=owner, partstat="ACCEPTED")
    desc = ("You are the INTERVIEWER for this session.\nClient: Pelican Pay - Backend Engineer (L4), coding round.\n"
            "Candidate: Ming Zhao (ming.zhao@mail.example).\nUse question set B2 and submit your scorecard within "
            "2 hours of the interview. Payout: standard 60-min rate.")
    inv = google_invite(owner, "Invitation", "[Interviewer] Pelican Pay coding interview - candidate Ming Zhao",
                        s, e, "EDT", "Eastern Time - New York", ops, [ops, me, cand], desc, None,
                        "2il0b7kq4v9m1r3c6s8t0u2w4y@google.com", 0, T(z, 2026, 4, 29, 8, 15), "google.example",
                        meet="https://meet.google.com/ilp-cdng-bkq")
    neg("b14-14-neg-user-is-contract-interviewer", [("01-invitation-interviewer.eml", inv)], owner,
        "negative/user-is-interviewer",
        "Google invite for a coding interview where the mailbox owner is the paid interviewer and someone else "
        "is the candidate.")


def c15():  # reference call, user is the referee (Exchange, optional hiring manager)
    owner = "gareth.lloyd@mail.example"
    d = "fenwickrow.example"
    z = "Europe/London"
    s, e = T(z, 2026, 4, 21, 16), T(z, 2026, 4, 21, 16, 20)
    rec = dict(cn="Harriet Quayle", email="harriet.quayle@" + d)
    hm = dict(cn="Owen Prys", email="owen.prys@cardiffcoast.example", role="OPT-PARTICIPANT")
    me = dict(cn="Gareth Lloyd", email=owner)
    body = """Hi Gareth,

Thank you for agreeing to act as a referee for Priya Shah, who is a candidate for the Head of Finance role
at our client Cardiff Coast Housing. As promised, here's a 20-minute slot for the reference call. I'll ask
about your time working with Priya at Glanmor Foods - her leadership, how she handled the ERP migration,
and areas for development. Owen, the hiring manager, may listen in (optional).

Everything you share will be treated in confidence.

Harriet Quayle
Associate Director | Fenwick Row Partners (Executive Search)
+44 29 5555 0104 | 3 Callaghan Square, Cardiff CF10 5BT
"""
    inv = exchange_invite(owner, "Gareth Lloyd <%s>" % owner, "Reference call - Priya Shah (candidate, Head of Finance)",
                          s, e, "GMT Standard Time", z,
                          "21 April 2026 16:00-16:20 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.", rec,
                          [me, hm], body, "Phone - Harriet will call you",
                          "040000008200E00074C5B7101A82E00800000000C2D0A7F6A2D1DC01000000000000000010000000B4", 0,
                          T(z, 2026, 4, 15, 12, 40), "<LO2P265MB5113D0@LO2P265MB5113.GBRP265.PROD.OUTLOOK.example>",
                          teams=False, lang="en-GB")
    neg("b14-15-neg-reference-call-user-is-referee", [("01-reference-call.eml", inv)], owner,
        "negative/reference-call",
        "Exchange invite for a reference call; the user is the referee, another person is the candidate.")


def c16():  # availability request naming the panel (Cc) - never booked
    owner = "yusuf.demir@example.com"
    d = "meridelrx.example"
    z = "America/New_York"
    cc = "Dr. Aylin Kaya <aylin.kaya@%s>, Marcus Obi <marcus.obi@%s>" % (d, d)
    t1 = """Hi Yusuf,

Congratulations on moving forward for the Clinical Data Manager role! The next step is a 60-minute panel
interview with Dr. Aylin Kaya (VP Clinical Operations) and Marcus Obi (Associate Director, Data Management),
both copied here.

Could you share your availability for the week of May 11? Please use the link below and select every
window that works - our scheduling team will confirm a time once both panelists are matched.

https://app.modernloop.example/availability/req/3f7ac2d1

Thanks!
Renee Dubois
Talent Partner, Meridel Therapeutics | 617-555-0133
"""
    mid = "<CAN4r3dB0x@mail.%s>" % d
    m1 = email(H(owner, "Renee Dubois <renee.dubois@%s>" % d, "Yusuf Demir <%s>" % owner,
                 "Panel interview availability - Clinical Data Manager", T(z, 2026, 5, 1, 10, 12), mid, cc=cc),
               plain=t1, html=html_wrap(t1))
    t2 = """Hi Yusuf - just a gentle nudge on the availability link below; Aylin and Marcus have a few openings
next week that we'd love to hold for you. No worries if you need a bit more time.

Renee

> Could you share your availability for the week of May 11? Please use the link below and select every
> window that works - our scheduling team will confirm a time once both panelists are matched.
> https://app.modernloop.example/availability/req/3f7ac2d1
"""
    m2 = email(H(owner, "Renee Dubois <renee.dubois@%s>" % d, "Yusuf Demir <%s>" % owner,
                 "Re: Panel interview availability - Clinical Data Manager", T(z, 2026, 5, 5, 9, 30),
                 "<CAN4r3dB0y@mail.%s>" % d, cc=cc, in_reply_to=mid), plain=t2)
    neg("b14-16-neg-panel-named-availability-request", [("01-availability-request.eml", m1), ("02-nudge.eml", m2)],
        owner, "negative/availability-request",
        "Panel members named and Cc'd, availability link sent and nudged, but no time is ever booked.")


def c17():  # networking coffee explicitly not an interview (+ Google invite)
    owner = "clara.bianchi@mail.example"
    d = "kelpie.example"
    z = "America/Los_Angeles"
    s, e = T(z, 2026, 6, 11, 8, 30), T(z, 2026, 6, 11, 9, 15)
    t = """Hi Clara,

Any friend of Sunita's! Happy to grab coffee Thursday at 8:30 at Blue Door on Valencia. To be upfront: my team
isn't hiring right now and I'm not involved in recruiting, so this isn't an interview or a referral
conversation - just happy to tell you what life is like as a data engineer at Kelpie and answer questions.

I'll send a calendar hold so it doesn't slip.

Theo
"""
    m1 = email(H(owner, "Theo Lindgren <theo.lindgren@%s>" % d, "Clara Bianchi <%s>" % owner,
                 "Re: Intro: Clara <> Theo (data engineering at Kelpie)", T(z, 2026, 6, 8, 19, 2),
                 "<CAT7hL0c2@mail.%s>" % d, in_reply_to="<CAS1n9t@mail.example>"), plain=t)
    theo = dict(cn="Theo Lindgren", email="theo.lindgren@" + d, partstat="ACCEPTED")
    me = dict(cn="Clara Bianchi", email=owner)
    inv = google_invite(owner, "Invitation", "Coffee: Clara / Theo (Blue Door)", s, e, "PDT",
                        "Pacific Time - Los Angeles", theo, [theo, me], "Casual coffee - career chat, not an interview.",
                        "Blue Door Coffee, Valencia St, San Francisco", "6c0n9f3e2q8r1t7u4v5w0x1y2z@google.com", 0,
                        T(z, 2026, 6, 8, 19, 5), "google.example", meet=None)
    neg("b14-17-neg-networking-coffee-not-interview", [("01-re-intro.eml", m1), ("02-invitation-coffee.eml", inv)],
        owner, "negative/networking",
        "Informational coffee with a calendar invite; the host states there is no opening and it is not an "
        "interview (not a hiring-process step).")


def c18():  # rejection after panel, panel cc'd; plus interviewer's earlier thank-you reply
    owner = "ines.carvalho@example.com"
    d = "oakhurst.example"
    z = "Europe/Lisbon"
    mid0 = "<CAI3c4rv@mail.example.com>"
    t1 = """Hi Inês,

Thank you for the lovely note - it was a pleasure talking motion systems with you on Tuesday. Simone and
Kwame enjoyed it too. Dina will be in touch about next steps.

Lars

Lars Evertsen | Creative Director | Oakhurst Studio
Rua do Alecrim 47, 1200-015 Lisboa

On Wed, 13 May 2026, 10:02 Inês Carvalho <ines.carvalho@example.com> wrote:
> Hi Lars, Simone and Kwame,
> thank you for the interview yesterday and for the time you spent on my reel. I really enjoyed it.
> Inês
"""
    m1 = email(H(owner, "Lars Evertsen <lars.evertsen@%s>" % d, "Inês Carvalho <%s>" % owner,
                 "Re: Thank you - Senior Motion Designer interview", T(z, 2026, 5, 13, 17, 44),
                 "<CAL4rs3v@mail.%s>" % d, cc="simone.ricci@%s, kwame.boateng@%s" % (d, d), in_reply_to=mid0),
               plain=t1)
    t2 = """Dear Inês,

Thank you for interviewing with Lars, Simone and Kwame for the Senior Motion Designer role and for the care
you put into your reel. The panel was impressed by your craft, but after a lot of discussion we've decided to
move forward with a candidate whose experience is closer to our real-time 3D pipeline.

We'd genuinely like to stay in touch for future roles. I've copied the panel so they can say goodbye too.

Warm regards,
Dina Moreau
Talent & Studio Operations, Oakhurst Studio
"""
    m2 = email(H(owner, "Dina Moreau <dina.moreau@%s>" % d, "Inês Carvalho <%s>" % owner,
                 "Your application - Senior Motion Designer", T(z, 2026, 5, 20, 15, 10), "<CAD1n4m@mail.%s>" % d,
                 cc="Lars Evertsen <lars.evertsen@%s>, Simone Ricci <simone.ricci@%s>, Kwame Boateng <kwame.boateng@%s>"
                    % (d, d, d)), plain=t2, html=html_wrap(t2), plain_cte="base64")
    neg("b14-18-neg-rejection-after-panel-cc-panel", [("01-re-thank-you.eml", m1), ("02-decision.eml", m2)], owner,
        "negative/rejection",
        "Interviewer's reply to a thank-you note and a rejection with the panel in Cc; the interview is past and "
        "no interview is scheduled in the mailbox.")


def c19():  # one-way video interview with named reviewers
    owner = "daniel.osei@mail.example"
    d = "harbourlinebank.example"
    z = "Europe/London"
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Hi Daniel,</p>
<p>Harbourline Bank has invited you to complete a <b>one-way video interview</b> for the <b>Graduate Risk Analyst</b>
programme. There is no live interviewer: you'll record answers to 5 questions (2 minutes each, one re-take).</p>
<p><b>Deadline:</b> Friday 15 May 2026, 11:59 pm (UK time)</p>
<p>Your recordings will be reviewed by Nadia Haddad and Owen Price from the Early Careers hiring team.</p>
<p style="text-align:center"><a href="https://harbourline.sparkhire.example/i/8Kq2Lm" style="background:#0a5cff;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Start my interview</a></p>
<p>Questions? Contact <a href="mailto:earlycareers@harbourlinebank.example">earlycareers@harbourlinebank.example</a>.</p>
<p style="font-size:11px;color:#888">Sent by Spark Hire on behalf of Harbourline Bank plc, 1 Dock Street, Leeds LS10 1NB</p>
</body></html>
"""
    m = email(H(owner, "Harbourline Bank <no-reply@sparkhire.example>", "Daniel Osei <%s>" % owner,
                "Action required: your video interview for Graduate Risk Analyst", T(z, 2026, 5, 8, 9, 0),
                "<sh.inv.8Kq2Lm@sparkhire.example>", reply_to="earlycareers@" + d), html=html)
    neg("b14-19-neg-one-way-video-interview-reviewers", [("01-video-interview.eml", m)], owner,
        "negative/assessment",
        "One-way recorded video interview with a deadline and named reviewers; no live conversation.", "medium")


def c20():  # interviewer training for an employee (Exchange, room resource, optional attendees)
    owner = "sofia.marin@example.com"
    d = "lumenarc.example"
    z = "America/Denver"
    s, e = T(z, 2026, 9, 16, 9), T(z, 2026, 9, 16, 10, 30)
    org = dict(cn="Priyanka Bose", email="priyanka.bose@" + d)
    atts = [dict(cn="Sofia Marin", email=owner), dict(cn="Evan Kruger", email="evan.kruger@" + d),
            dict(cn="Talent Team", email="talent@" + d, role="OPT-PARTICIPANT", cutype="GROUP"),
            dict(cn="DEN-3-Flatirons (12)", email="den3flatirons@" + d, cutype="RESOURCE", role="NON-PARTICIPANT",
                 rsvp=False)]
    body = """Hi all,

You've been added to the interview panel for the Senior Backend Engineer loop, so before your first
candidate interview please join this 90-minute interviewer training: structured questions, writing
scorecards, avoiding bias, and a role-play where one of us plays the candidate.

Snacks provided. Bring a laptop.

Priyanka Bose
People Partner, Engineering | Lumen Arc
"""
    inv = exchange_invite(owner, "Sofia Marin <%s>; Evan Kruger <evan.kruger@%s>" % (owner, d),
                          "Interviewer training - Senior Backend Engineer panel", s, e, "Mountain Standard Time", z,
                          "Wednesday, September 16, 2026 9:00 AM-10:30 AM (UTC-07:00) Mountain Time (US & Canada).",
                          org, atts, body, "DEN-3-Flatirons (12)",
                          "040000008200E00074C5B7101A82E008000000009F2B6C1D7E41DD01000000000000000010000000C8", 0,
                          T(z, 2026, 9, 8, 13, 14), "<CH3PR11MB7801B2@CH3PR11MB7801.namprd11.prod.outlook.example>")
    neg("b14-20-neg-interviewer-training-employee", [("01-interviewer-training.eml", inv)], owner,
        "negative/internal-meeting",
        "Exchange invite to interviewer training for the owner's own employer's hiring panel; owner is not a "
        "candidate.")


def c21():  # mock panel (practice) as Calendar API event
    owner = "kwame.asante@mail.example"
    d = "forgebootcamp.example"
    z = "America/Chicago"
    s, e = T(z, 2026, 7, 23, 18), T(z, 2026, 7, 23, 19, 30)
    ev = {
        "kind": "calendar#event", "etag": "\"3560011224830000\"", "id": "4hf0mockpanel9c12s7d3q1a8x",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NGhmMG1vY2twYW5lbDljMTJzN2QzcTFhOHg",
        "created": "2026-07-14T16:02:00.000Z", "updated": "2026-07-20T21:40:12.612Z",
        "summary": "Mock panel interview (practice) - Kwame A. - Cohort 12",
        "description": "Practice round for the job search module. Peers play the panel (Dev + Lucia), coach "
                       "observes and gives feedback. Not affiliated with any employer - nothing here is part of a "
                       "hiring process.\nPrep: bring your 'tell me about a project' story.",
        "creator": {"email": "coach.renata@" + d, "displayName": "Renata Silva (Career Coach)"},
        "organizer": {"email": "coach.renata@" + d, "displayName": "Renata Silva (Career Coach)"},
        "start": {"dateTime": iso(s), "timeZone": z}, "end": {"dateTime": iso(e), "timeZone": z},
        "iCalUID": "4hf0mockpanel9c12s7d3q1a8x@google.com", "sequence": 0,
        "attendees": [
            {"email": "coach.renata@" + d, "displayName": "Renata Silva (Career Coach)", "organizer": True,
             "responseStatus": "accepted"},
            {"email": "dev.patel.c12@" + d, "displayName": "Dev Patel", "responseStatus": "accepted"},
            {"email": "lucia.romero.c12@" + d, "displayName": "Lucia Romero", "responseStatus": "accepted"},
            {"email": owner, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/fgb-mock-c12", "reminders": {"useDefault": True},
        "eventType": "default",
    }
    neg("b14-21-neg-mock-panel-gcal-json",
        [("01-mock-panel.gcal.json", (json.dumps(ev, indent=2) + "\n").encode())], owner, "negative/mock-interview",
        "Calendar API event for a bootcamp mock panel with peers as 'interviewers'; practice only.")


def c22():  # offer discussion call with the hiring manager (Exchange)
    owner = "layla.haddad@example.com"
    d = "brightwater-analytics.example"
    z = "America/Phoenix"
    s, e = T(z, 2026, 8, 4, 15), T(z, 2026, 8, 4, 15, 30)
    org = dict(cn="Marcus Hale", email="marcus.hale@" + d)
    hm = dict(cn="Jamal Whitaker", email="jamal.whitaker@" + d, partstat="ACCEPTED")
    me = dict(cn="Layla Haddad", email=owner)
    body = """Hi Layla,

Congratulations again - the team was unanimous after your final interview last week! Jamal and I would love to
walk you through the written offer for the Senior Analyst role (compensation, equity, start date) and
answer any questions. The offer letter will arrive via DocuSign right before the call.

This isn't another interview - just a conversation about the offer.

Marcus Hale
Recruiter | Brightwater Analytics | 480-555-0117
"""
    inv = exchange_invite(owner, "Layla Haddad <%s>; Jamal Whitaker <%s>" % (owner, hm["email"]),
                          "Offer discussion - Layla Haddad - Senior Analyst", s, e, "US Mountain Standard Time", z,
                          "Tuesday, August 4, 2026 3:00 PM-3:30 PM (UTC-07:00) Arizona.", org, [me, hm], body,
                          "Microsoft Teams Meeting",
                          "040000008200E00074C5B7101A82E00800000000A41C5F90E11FDD01000000000000000010000000D2", 0,
                          T(z, 2026, 7, 31, 10, 45), "<BN8PR11MB3640E7@BN8PR11MB3640.namprd11.prod.outlook.example>")
    neg("b14-22-neg-offer-discussion-call", [("01-offer-discussion.eml", inv)], owner, "negative/offer",
        "Exchange invite with the hiring manager to discuss an offer after the final interview; not an interview.",
        "medium")


def main():
    for f in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22]:
        f()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b14-") and os.path.isdir(p):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        os.makedirs(os.path.join(HERE, cid))
        for fname, data in items:
            with open(os.path.join(HERE, cid, fname), "wb") as fh:
                fh.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# blind14 labels (see /work/shared/eval/README.md for the schema). Generated by make_cases.py.\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=110)
    print("wrote %d cases" % len(CASES))


if __name__ == "__main__":
    main()
