#!/usr/bin/env python3
"""Generate the blind9 evaluation set (calendar/time edge cases + terse real-world mail).

Deterministic: rewrites every case folder and labels.yaml.  stdlib + PyYAML + zoneinfo only.
All people, companies and domains are invented (.example / example.com).
"""
import hashlib
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
LABELS = {}
CASE = None


# ---------------------------------------------------------------- helpers
def T(y, mo, d, h=0, mi=0, tz="UTC", wd=None):
    v = datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))
    if wd:
        assert v.strftime("%a") == wd, (v, wd)
    return v


def z(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(d):
    return d.strftime("%Y%m%dT%H%M%S")


def mid(seed, domain):
    return "<%s@%s>" % (hashlib.sha1(seed.encode()).hexdigest()[:24], domain)


def uid(seed):
    return hashlib.sha1(seed.encode()).hexdigest()[:26]


def fold(line):
    if len(line.encode("utf-8")) <= 75:
        return line
    out, cur, n = [], "", 0
    for ch in line:
        b = len(ch.encode("utf-8"))
        if n + b > 75:
            out.append(cur)
            cur, n = " ", 1
        cur += ch
        n += b
    out.append(cur)
    return "\r\n".join(out)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def case(name, label):
    global CASE
    CASE = os.path.join(HERE, name)
    if os.path.isdir(CASE):
        shutil.rmtree(CASE)
    os.makedirs(CASE)
    LABELS[name] = label


def save(fname, obj):
    path = os.path.join(CASE, fname)
    if isinstance(obj, EmailMessage):
        for i, part in enumerate(obj.walk()):
            if part.is_multipart():
                part.set_boundary("%032x" % int(hashlib.sha1(("%s/%s/%d" % (
                    os.path.basename(CASE), fname, i)).encode()).hexdigest()[:32], 16))
        data = obj.as_bytes(policy=policy.SMTP)
    elif isinstance(obj, (dict, list)):
        data = (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    else:
        data = obj.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


def msg(frm, to, subject, date, owner, *, cc=None, reply_to=None, irt=None, refs=None,
        msgid=None, pre=(), post=()):
    m = EmailMessage(policy=policy.SMTP)
    m["Delivered-To"] = owner
    for k, v in pre:
        m[k] = v
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid or mid(subject + str(date), "mail.example")
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in post:
        m[k] = v
    return m


def received(host, owner, when):
    return ("Received", "from %s by mx.mail.example with ESMTPS id %s for <%s>; %s"
            % (host, hashlib.md5((host + owner).encode()).hexdigest()[:12], owner,
               format_datetime(when.astimezone(UTC))))


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


def label(user, interviews, difficulty, category, notes):
    return {"user": user, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def attendee(cn, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT"):
    return ("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s"
            % (role, partstat, cn, email))


def google_ics(*, method, uid_, start, end, stamp, organizer, attendees, summary, description,
               seq=0, status="CONFIRMED", rrule=None, tzname=None, location="", meet=None):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", "METHOD:" + method]
    if rrule:
        # recurring events carry a VTIMEZONE and local DTSTART
        L += vtimezone_iana(tzname, start)
    L += ["BEGIN:VEVENT"]
    if rrule:
        L += ["DTSTART;TZID=%s:%s" % (tzname, loc(start)), "DTEND;TZID=%s:%s" % (tzname, loc(end)),
              "RRULE:" + rrule]
    else:
        L += ["DTSTART:" + z(start), "DTEND:" + z(end)]
    L += ["DTSTAMP:" + z(stamp), "ORGANIZER;CN=%s:mailto:%s" % organizer, "UID:%s@google.com" % uid_]
    L += [attendee(cn, em, ps) for cn, em, ps in attendees]
    if meet:
        L += ["X-GOOGLE-CONFERENCE:" + meet]
    L += ["CREATED:" + z(stamp), "DESCRIPTION:" + esc(description), "LAST-MODIFIED:" + z(stamp),
          "LOCATION:" + esc(location), "SEQUENCE:%d" % seq, "STATUS:" + status,
          "SUMMARY:" + esc(summary), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def vtimezone_iana(tzname, ref):
    """VTIMEZONE block with the two offsets that apply in ref's year (computed with zoneinfo)."""
    tz = ZoneInfo(tzname)
    y = ref.year
    jan = datetime(y, 1, 15, 12, tzinfo=tz)
    jul = datetime(y, 7, 15, 12, tzinfo=tz)

    def off(d):
        s = int(d.utcoffset().total_seconds())
        sign = "+" if s >= 0 else "-"
        s = abs(s)
        return "%s%02d%02d" % (sign, s // 3600, (s % 3600) // 60)

    std, dst = (jan, jul) if jan.dst() == timedelta(0) else (jul, jan)
    L = ["BEGIN:VTIMEZONE", "TZID:" + tzname, "X-LIC-LOCATION:" + tzname]
    if off(std) == off(dst):
        L += ["BEGIN:STANDARD", "TZOFFSETFROM:" + off(std), "TZOFFSETTO:" + off(std),
              "TZNAME:" + std.tzname(), "DTSTART:19700101T000000", "END:STANDARD"]
    else:
        L += ["BEGIN:DAYLIGHT", "TZOFFSETFROM:" + off(std), "TZOFFSETTO:" + off(dst),
              "TZNAME:" + dst.tzname(), "DTSTART:19700308T020000",
              "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
              "BEGIN:STANDARD", "TZOFFSETFROM:" + off(dst), "TZOFFSETTO:" + off(std),
              "TZNAME:" + std.tzname(), "DTSTART:19701101T020000",
              "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD"]
    L += ["END:VTIMEZONE"]
    return L


def google_invite(m, plain, html, ical, method="REQUEST"):
    m.set_content(plain, cte="base64")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    m.add_alternative(ical, subtype="calendar", params={"method": method}, cte="7bit")
    m.add_attachment(ical.encode("utf-8"), maintype="application", subtype="ics",
                     filename="invite.ics")
    return m


def gfooter(owner):
    return ("\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n\n"
            "Forwarding this invitation could allow any recipient to send a response to the "
            "organizer, be added to the guest list, invite others regardless of their own "
            "invitation status, or modify your RSVP. Learn more "
            "https://support.google.com/calendar/answer/37135#forwarding\n")


def html_of(text):
    import html as h
    paras = [p for p in text.split("\n\n")]
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "</head><body><div style=\"font-family:Roboto,Helvetica,Arial,sans-serif\">"
            + "".join("<p>%s</p>" % h.escape(p).replace("\n", "<br>") for p in paras)
            + "</div></body></html>")


EASTERN_VTZ = ["BEGIN:VTIMEZONE", "TZID:Eastern Standard Time", "BEGIN:STANDARD",
               "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
               "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
               "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500",
               "TZOFFSETTO:-0400", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
               "END:DAYLIGHT", "END:VTIMEZONE"]

PACIFIC_VTZ = ["BEGIN:VTIMEZONE", "TZID:Pacific Standard Time", "BEGIN:STANDARD",
               "DTSTART:16010101T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800",
               "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
               "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0800",
               "TZOFFSETTO:-0700", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
               "END:DAYLIGHT", "END:VTIMEZONE"]


def exchange_ics(*, method, uid_, tzid, vtz, start_local, end_local, stamp, organizer, attendees,
                 summary, description, seq=0, status="CONFIRMED", location="Microsoft Teams Meeting",
                 allday=False, busy="BUSY", importance="1"):
    L = ["BEGIN:VCALENDAR", "METHOD:" + method, "PRODID:Microsoft Exchange Server 2010",
         "VERSION:2.0"]
    L += vtz
    L += ["BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, em, role in attendees:
        L.append("ATTENDEE;ROLE=%s;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (role, cn, em))
    L += ["DESCRIPTION;LANGUAGE=en-US:" + esc(description), "UID:" + uid_, "SUMMARY;LANGUAGE=en-US:"
          + esc(summary)]
    if allday:
        L += ["DTSTART;VALUE=DATE:" + start_local, "DTEND;VALUE=DATE:" + end_local]
    else:
        L += ['DTSTART;TZID="%s":%s' % (tzid, start_local) if " " in tzid else
              "DTSTART;TZID=%s:%s" % (tzid, start_local),
              'DTEND;TZID="%s":%s' % (tzid, end_local) if " " in tzid else
              "DTEND;TZID=%s:%s" % (tzid, end_local)]
    L += ["CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + z(stamp), "TRANSP:OPAQUE", "STATUS:" + status,
          "SEQUENCE:%d" % seq, "LOCATION;LANGUAGE=en-US:" + esc(location),
          "X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % seq, "X-MICROSOFT-CDO-BUSYSTATUS:" + busy,
          "X-MICROSOFT-CDO-INTENDEDSTATUS:" + busy,
          "X-MICROSOFT-CDO-ALLDAYEVENT:" + ("TRUE" if allday else "FALSE"),
          "X-MICROSOFT-CDO-IMPORTANCE:" + importance, "X-MICROSOFT-CDO-INSTTYPE:0",
          "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-LOCATIONS:[]"]
    if method == "REQUEST":
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def exchange_headers(thread_topic, seed):
    return [("Thread-Topic", thread_topic),
            ("Thread-Index", "AdyF" + hashlib.sha1(seed.encode()).hexdigest()[:20]),
            ("Accept-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]


def exchange_invite(m, plain, ical, method="REQUEST", cte_plain="quoted-printable", cte_cal="base64"):
    m.set_content(plain, cte=cte_plain)
    m.add_alternative(html_of(plain), subtype="html", cte="quoted-printable")
    m.add_alternative(ical, subtype="calendar", params={"method": method}, cte=cte_cal)
    m["Content-Language"] = "en-US"
    m["Content-class"] = "urn:content-classes:calendarmessage"
    return m


TEAMS = ("________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
         "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_%s%%40thread.v2/0>\n"
         "Meeting ID: %s\nPasscode: %s\n"
         "________________________________________________________________________________\n")


def teams(seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return TEAMS.replace("%s", h[:32], 1).replace("%s", "%s %s %s %s" % (
        int(h[:3], 16), int(h[3:6], 16), int(h[6:9], 16), int(h[9:12], 16)), 1).replace(
        "%s", h[12:18].upper(), 1).replace("%%", "%")


# ====================================================================== POSITIVES
def c01():
    owner = "marisol.quintero@example.com"
    co, dom = "Tallgrass Analytics", "tallgrass-analytics.example"
    kendra, paul = "kendra.osei@" + dom, "paul.brandt@" + dom
    tz = "America/Chicago"
    s, e = T(2026, 3, 10, 10, 0, tz, "Tue"), T(2026, 3, 10, 10, 45, tz)
    case("b9-01-weekly-prep-hold-rrule-vs-oneoff-interview", label(owner, [
        iv(co, "Senior Data Engineer", s, e, "scheduled", [paul], [paul], "hiring_manager")],
        "medium", "positive/rrule-hold-vs-interview",
        "Owner's own recurring 'interview prep' block (Calendar API event with RRULE, Tue/Thu 9:00 CT) "
        "must not become an interview; the one-off Google invite on Tue Mar 10 (first Tuesday after US "
        "DST, -05:00) is the hiring-manager interview. Recruiter Kendra only schedules."))
    hold = {
        "kind": "calendar#event", "etag": "\"3512048812346000\"", "id": "5g2k8hq0vq3prep9r1blk0tt2c",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NWcyazhocTB2cTNwcmVwOXIxYmxrMHR0MmM",
        "created": "2026-02-20T15:02:11.000Z", "updated": "2026-02-20T15:02:11.412Z",
        "summary": "HOLD - interview prep (leetcode + STAR stories)",
        "description": "Recurring focus block. No meetings. Review system design notes, practice one SQL "
                       "problem, rehearse stories for behavioral interviews.",
        "creator": {"email": owner, "self": True}, "organizer": {"email": owner, "self": True},
        "start": {"dateTime": T(2026, 2, 24, 9, 0, tz, "Tue").isoformat(), "timeZone": tz},
        "end": {"dateTime": T(2026, 2, 24, 10, 0, tz).isoformat(), "timeZone": tz},
        "recurrence": ["RRULE:FREQ=WEEKLY;BYDAY=TU,TH"],
        "iCalUID": "5g2k8hq0vq3prep9r1blk0tt2c@google.com", "sequence": 0,
        "transparency": "opaque", "reminders": {"useDefault": False, "overrides": [
            {"method": "popup", "minutes": 5}]}, "eventType": "focusTime",
        "focusTimeProperties": {"autoDeclineMode": "declineOnlyNewConflictingInvitations",
                                "chatStatus": "doNotDisturb"}}
    save("01-hold-interview-prep-weekly.gcal.json", hold)

    d = T(2026, 3, 3, 16, 41, tz, "Tue")
    m = msg("Kendra Osei <%s>" % kendra, owner, "Tuesday w/ Paul", d, owner,
            msgid=mid("c01-k", dom))
    m.set_content("Hi Marisol,\n\nPaul had a cancellation so we can get you in sooner: I'm sending an "
                  "invite for next Tuesday 3/10, 10:00-10:45 Central, video. Paul is the hiring manager "
                  "for the Senior Data Engineer role - expect a mix of your background and how you'd "
                  "approach our ingestion backlog.\n\nHeads up that the invite comes from my calendar, "
                  "I won't be on the call.\n\nKendra Osei\nRecruiting, Tallgrass Analytics\n"
                  "(312) 555-0147 | 820 W Jackson Blvd, Suite 400, Chicago IL\n")
    save("02-kendra-tuesday.eml", m)

    d2 = d + timedelta(minutes=3)
    u = uid("c01-interview")
    summary = "Marisol Quintero / Paul Brandt - Senior Data Engineer (hiring manager interview)"
    desc = ("45 min conversation with Paul Brandt, Director of Data Engineering.\n"
            "Questions? Reply to kendra.osei@" + dom)
    ical = google_ics(method="REQUEST", uid_=u, start=s, end=e, stamp=d2,
                      organizer=("Kendra Osei", kendra),
                      attendees=[("Kendra Osei", kendra, "ACCEPTED"), ("Paul Brandt", paul, "ACCEPTED"),
                                 (owner, owner, "NEEDS-ACTION")],
                      summary=summary, description=desc, meet="https://meet.google.com/wqe-hbrt-kzn")
    plain = (summary + "\nTuesday Mar 10, 2026 \u22c5 10am \u2013 10:45am\nCentral Time - Chicago\n\n"
             "Join with Google Meet\nhttps://meet.google.com/wqe-hbrt-kzn\n\nOrganizer\nKendra Osei\n"
             + kendra + "\n\nGuests\nKendra Osei - organizer\nPaul Brandt\n" + paul + "\n" + owner +
             "\n\n" + desc + gfooter(owner))
    m = msg("Kendra Osei <%s>" % kendra, owner,
            "Invitation: %s @ Tue Mar 10, 2026 10am - 10:45am (CDT) (%s)" % (summary, owner), d2, owner,
            reply_to="Kendra Osei <%s>" % kendra, msgid=mid("c01-inv", "google.com"),
            pre=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    google_invite(m, plain, html_of(plain), ical)
    save("03-invitation-hiring-manager.eml", m)


def c02():
    owner = "priyanka.rao.dev@example.com"
    co, dom = "Finchwell Robotics", "finchwell.example"
    gwen = "gwen.albright@" + dom
    ppl = [("Omar Haddad", "omar.haddad@" + dom, "Systems design"),
           ("Lena Fischer", "lena.fischer@" + dom, "Coding (C++)"),
           ("Tariq Benson", "tariq.benson@" + dom, "Motion planning deep dive"),
           ("Ruth Okonkwo", "ruth.okonkwo@" + dom, "Hiring manager")]
    tz = "America/Los_Angeles"
    s, e = T(2026, 4, 22, 9, 30, tz, "Wed"), T(2026, 4, 22, 13, 30, tz)
    ems = [p[1] for p in ppl]
    case("b9-02-all-day-onsite-hold-times-in-body", label(owner, [
        iv(co, "Senior Robotics Software Engineer", s, e, "scheduled", ems, ems, "onsite")],
        "hard", "positive/all-day-hold",
        "Exchange all-day 'HOLD' (VALUE=DATE, busy FREE) for Wed Apr 22; actual loop times only in the "
        "coordinator's HTML-only itinerary: 9:30-1:30 PT (lunch 11:45-12:45 inside). One onsite, four "
        "interviewers; coordinator Gwen is not an interviewer."))
    d = T(2026, 4, 9, 11, 2, tz, "Thu")
    summ = "HOLD - Onsite interviews (Priyanka Rao) - Sr Robotics SWE"
    desc = ("Hi Priyanka, please hold the whole day for your onsite at our Seattle office. "
            "I'll send the detailed schedule and interviewer names next week.\n\nGwen")
    ical = exchange_ics(method="REQUEST", uid_="040000008200E00074C5B7101A82E00800000000" +
                        hashlib.sha1(b"c02").hexdigest()[:24].upper(), tzid="", vtz=[],
                        start_local="20260422", end_local="20260423", stamp=d,
                        organizer=("Gwen Albright", gwen),
                        attendees=[("Priyanka Rao", owner, "REQ-PARTICIPANT")], summary=summ,
                        description=desc, location="Finchwell HQ - 2200 Harbor Ave SW\\, Seattle",
                        allday=True, busy="FREE")
    plain = ("When: Wednesday, April 22, 2026 (all day)\nWhere: Finchwell HQ - 2200 Harbor Ave SW, "
             "Seattle\n\n*~*~*~*~*~*~*~*~*~*\n\n" + desc + "\n")
    m = msg("Gwen Albright <%s>" % gwen, "Priyanka Rao <%s>" % owner, summ, d, owner,
            msgid=mid("c02-hold", "PH0PR11MB4989.namprd11.prod.outlook.com"),
            post=exchange_headers(summ, "c02"))
    exchange_invite(m, plain, ical)
    save("01-hold-onsite-all-day.eml", m)

    d2 = T(2026, 4, 16, 14, 27, tz, "Thu")
    rows = [("9:30 - 10:15 AM", ppl[0]), ("10:15 - 11:00 AM", ppl[1]), ("11:00 - 11:45 AM", ppl[2]),
            ("11:45 AM - 12:45 PM", ("Lunch with the motion team", "", "informal, not evaluated")),
            ("12:45 - 1:30 PM", ppl[3])]
    tr = "".join("<tr><td style=\"padding:4px 12px\">%s</td><td>%s</td><td>%s</td></tr>" % (
        t, p[2], ("%s &lt;<a href=\"mailto:%s\">%s</a>&gt;" % (p[0], p[1], p[1])) if p[1] else p[0])
        for t, p in rows)
    html = ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
            "<p>Hi Priyanka,</p><p>Here is your final schedule for <b>Wednesday, April 22</b>. "
            "All times are Pacific.</p><table border=\"1\" cellspacing=\"0\">"
            "<tr><th>Time</th><th>Session</th><th>Interviewer</th></tr>" + tr + "</table>"
            "<p>Please arrive by 9:15 so we can get you a badge at reception (2200 Harbor Ave SW, "
            "Building C). Parking is validated. You'll be done by 1:30 and I'll walk you out.</p>"
            "<p>The calendar hold I sent last week stays as is.</p>"
            "<p>Best,<br>Gwen Albright<br>Recruiting Coordinator | Finchwell Robotics<br>"
            "M: +1 206 555 0193</p></body></html>")
    m = msg("Gwen Albright <%s>" % gwen, "Priyanka Rao <%s>" % owner,
            "Your onsite itinerary - Wed 4/22", d2, owner,
            msgid=mid("c02-itin", "PH0PR11MB4989.namprd11.prod.outlook.com"))
    m.set_content(html, subtype="html", cte="quoted-printable")
    save("02-onsite-itinerary.eml", m)


def c03():
    owner = "jonas.bergmann@example.com"
    co, dom = "Kranich Mobility GmbH", "kranich-mobility.example"
    svenja = "svenja.kohl@" + dom
    tz = "Europe/Berlin"
    s, e = T(2026, 3, 30, 14, 0, tz, "Mon"), T(2026, 3, 30, 14, 30, tz)
    role = "Backend-Entwickler Java (m/w/d)"
    case("b9-03-floating-ics-x-wr-timezone-day-after-eu-dst", label(owner, [
        iv(co, role, s, e, "scheduled", [svenja], [svenja], "phone_screen")],
        "medium", "positive/floating-time",
        "German ATS mail (Personio-style, no-reply with Reply-To) + .ics whose DTSTART is floating with "
        "only X-WR-TIMEZONE:Europe/Berlin; Mon 30 Mar 2026 is the first day of CEST (+02:00). Body "
        "says '14:00 Uhr'."))
    d = T(2026, 3, 23, 10, 12, tz, "Mon")
    body = ("Hallo Jonas,\n\nvielen Dank für Ihre Bewerbung als " + role + ". Wir freuen uns, Sie zu "
            "einem ersten telefonischen Kennenlernen einzuladen:\n\n"
            "Termin: Montag, 30. März 2026, 14:00 Uhr (ca. 30 Minuten)\n"
            "Gesprächspartnerin: Svenja Kohl, Talent Acquisition\n"
            "Format: Telefon – wir rufen Sie unter der angegebenen Nummer an.\n\n"
            "Den Termin finden Sie auch im Anhang als Kalendereintrag. Falls der Termin nicht passt, "
            "antworten Sie einfach auf diese E-Mail.\n\n"
            "Viele Grüße\nSvenja Kohl\nKranich Mobility GmbH · Speicherstraße 12 · 20457 Hamburg\n"
            "Tel. +49 40 5550 3321\n\n--\nDiese Nachricht wurde über Personio versendet.\n")
    m = msg("Kranich Mobility GmbH <noreply@kranich-mobility.jobs.personio.example>", owner,
            "Einladung zum Telefoninterview – " + role, d, owner,
            reply_to="Svenja Kohl <%s>" % svenja, msgid=mid("c03", "personio.example"))
    m.set_content(body, cte="quoted-printable")
    ical = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Personio//Recruiting//DE",
                "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-TIMEZONE:Europe/Berlin",
                "BEGIN:VEVENT", "UID:" + uid("c03") + "@personio.example",
                "DTSTAMP:" + z(d), "DTSTART:" + loc(s), "DTEND:" + loc(e),
                "SUMMARY:Telefoninterview Kranich Mobility – Jonas Bergmann",
                "DESCRIPTION:" + esc("Telefoninterview mit Svenja Kohl (" + svenja + ")."),
                "ORGANIZER;CN=Svenja Kohl:mailto:" + svenja,
                "ATTENDEE;CN=Jonas Bergmann;ROLE=REQ-PARTICIPANT:mailto:" + owner,
                "LOCATION:Telefon", "END:VEVENT", "END:VCALENDAR"])
    m.add_attachment(ical.encode("utf-8"), maintype="text", subtype="calendar",
                     filename="Telefoninterview.ics")
    save("01-einladung-telefoninterview.eml", m)


def c04():
    owner = "aditi.menon@example.com"
    co, dom = "Nilgiri Payments", "nilgiripay.example"
    rahul, meera = "rahul.deshpande@" + dom, "meera.pillai@" + dom
    tz = "Asia/Kolkata"
    s, e = T(2026, 2, 12, 15, 0, tz, "Thu"), T(2026, 2, 12, 16, 0, tz)
    case("b9-04-outlook-customized-time-zone-india-label", label(owner, [
        iv(co, "Senior Android Engineer", s, e, "scheduled", [rahul], [rahul], "technical")],
        "hard", "positive/outlook-custom-tz",
        "Exchange invite with TZID=\"Customized Time Zone\" and NO VTIMEZONE; only the body 'When:' "
        "label '(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi' fixes the offset. Meera (HR) is an "
        "optional attendee who only coordinates."))
    d = T(2026, 2, 6, 11, 48, tz, "Fri")
    summ = "Technical Interview - Aditi Menon - Senior Android Engineer"
    body = ("When: Thursday, February 12, 2026 3:00 PM-4:00 PM. (UTC+05:30) Chennai, Kolkata, Mumbai, "
            "New Delhi\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\nHi Aditi,\n\n"
            "As discussed with Meera, this is the technical round for the Senior Android Engineer "
            "position. I'll be taking it myself - we'll go through some Kotlin/coroutines questions "
            "and a small live exercise, so please keep Android Studio handy.\n\nRegards,\n"
            "Rahul Deshpande\nEngineering Manager - Mobile\nNilgiri Payments Pvt. Ltd. | "
            "4th Floor, Prestige Tech Park, Bengaluru 560103\n\n" + teams("c04"))
    ical = exchange_ics(method="REQUEST", uid_="040000008200E00074C5B7101A82E00800000000" +
                        hashlib.sha1(b"c04").hexdigest()[:24].upper(), tzid="Customized Time Zone",
                        vtz=[], start_local=loc(s), end_local=loc(e), stamp=d,
                        organizer=("Rahul Deshpande", rahul),
                        attendees=[("Aditi Menon", owner, "REQ-PARTICIPANT"),
                                   ("Meera Pillai", meera, "OPT-PARTICIPANT")],
                        summary=summ, description=body)
    m = msg("Rahul Deshpande <%s>" % rahul, "Aditi Menon <%s>" % owner, summ, d, owner,
            cc="Meera Pillai <%s>" % meera,
            msgid=mid("c04", "BM1PR01MB2834.INDPRD01.PROD.OUTLOOK.COM"),
            post=exchange_headers(summ, "c04"))
    exchange_invite(m, body, ical)
    save("01-technical-interview-invite.eml", m)


def c05():
    owner = "callum.reid@example.com"
    co, dom = "Brightwater Energy", "brightwater-energy.example"
    hollie = "hollie.marsh@" + dom
    niamh, dev = "niamh.gallagher@" + dom, "dev.patel@" + dom
    tz = "Europe/London"
    s0, e0 = T(2026, 3, 27, 11, 0, tz, "Fri"), T(2026, 3, 27, 12, 0, tz)
    s1, e1 = T(2026, 3, 31, 11, 0, tz, "Tue"), T(2026, 3, 31, 12, 0, tz)
    case("b9-05-update-arrives-before-original-base64-ics", label(owner, [
        iv(co, "Data Platform Engineer", s1, e1, "scheduled", [niamh, dev], [niamh, dev], "technical")],
        "hard", "positive/reschedule-out-of-order",
        "Ashby-style mails with base64 text/calendar. The update (SEQUENCE:1, DTSTAMP Mar 24, Tue 31 Mar "
        "11:00 BST = +01:00) arrives FIRST; the delayed original (SEQUENCE:0, DTSTAMP Mar 20, Fri 27 Mar "
        "11:00 GMT) arrives second and must not win. Straddles UK DST (Mar 29)."))
    u = uid("c05") + "@ashbyhq.example"

    def ical(seq, s, e, stamp):
        return ics(["BEGIN:VCALENDAR", "PRODID:-//Ashby//Interview Scheduling//EN", "VERSION:2.0",
                    "METHOD:REQUEST", "BEGIN:VEVENT", "UID:" + u, "SEQUENCE:%d" % seq,
                    "DTSTAMP:" + z(stamp), "DTSTART:" + z(s), "DTEND:" + z(e),
                    "SUMMARY:Brightwater Energy - Technical Interview (Pairing) - Callum Reid",
                    "DESCRIPTION:" + esc("Pairing interview with Niamh Gallagher and Dev Patel.\n"
                                         "Join: https://meet.google.com/pcz-rtyu-moa"),
                    "LOCATION:https://meet.google.com/pcz-rtyu-moa",
                    "ORGANIZER;CN=Hollie Marsh:mailto:" + hollie,
                    "ATTENDEE;CN=Callum Reid;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + owner,
                    "ATTENDEE;CN=Niamh Gallagher;PARTSTAT=ACCEPTED:mailto:" + niamh,
                    "ATTENDEE;CN=Dev Patel;PARTSTAT=ACCEPTED:mailto:" + dev,
                    "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])

    d_orig = T(2026, 3, 20, 9, 0, tz, "Fri")
    d_upd = T(2026, 3, 24, 16, 5, tz, "Tue")
    # 01: the update, delivered first
    m = msg("Hollie Marsh via Ashby <no-reply@ashbyhq.example>", owner,
            "Updated: Technical Interview (Pairing) with Brightwater Energy", d_upd, owner,
            reply_to="Hollie Marsh <%s>" % hollie, msgid=mid("c05-upd", "ashbyhq.example"),
            pre=[received("mta-07.ashbyhq.example", owner, d_upd + timedelta(seconds=14))])
    m.set_content("Hi Callum,\n\nYour interview has been moved - Dev is travelling on Friday.\n\n"
                  "New time: Tuesday 31 March, 11:00 - 12:00 (BST)\n"
                  "Previous time: Friday 27 March, 11:00 - 12:00 (GMT)\n\n"
                  "Interviewers: Niamh Gallagher, Dev Patel\n"
                  "Join: https://meet.google.com/pcz-rtyu-moa\n\n"
                  "Need to change it? Reply to this email and Hollie will help.\n\n"
                  "Brightwater Energy Talent Team\n", cte="quoted-printable")
    m.add_attachment(ical(1, s1, e1, d_upd).encode(), maintype="text", subtype="calendar",
                     filename="invite.ics", params={"method": "REQUEST"})
    save("01-updated-interview-time.eml", m)
    # 02: the original, delayed in transit
    m = msg("Hollie Marsh via Ashby <no-reply@ashbyhq.example>", owner,
            "Interview confirmed: Technical Interview (Pairing) with Brightwater Energy", d_orig, owner,
            reply_to="Hollie Marsh <%s>" % hollie, msgid=mid("c05-orig", "ashbyhq.example"),
            pre=[received("mta-02.ashbyhq.example", owner, d_upd + timedelta(minutes=7))])
    m.set_content("Hi Callum,\n\nThanks for picking a slot. You're confirmed for your Technical "
                  "Interview (Pairing) for the Data Platform Engineer role.\n\n"
                  "When: Friday 27 March, 11:00 - 12:00 (GMT)\n"
                  "Interviewers: Niamh Gallagher (Staff Engineer), Dev Patel (Senior Engineer)\n"
                  "Join: https://meet.google.com/pcz-rtyu-moa\n\n"
                  "Brightwater Energy Talent Team\n", cte="quoted-printable")
    m.add_attachment(ical(0, s0, e0, d_orig).encode(), maintype="text", subtype="calendar",
                     filename="invite.ics", params={"method": "REQUEST"})
    save("02-interview-confirmed-original.eml", m)


def c06():
    owner = "haruka.sato@example.com"
    co, dom = "Kitsune Games", "kitsune-games.example"
    yuki, kenta = "yuki.tanaka@" + dom, "kenta.mori@" + dom
    tz = "Asia/Tokyo"
    s, e = T(2026, 5, 14, 16, 0, tz, "Thu"), T(2026, 5, 14, 17, 0, tz)
    case("b9-06-gcal-api-event-then-deleted-stub", label(owner, [
        iv(co, "Backend Engineer (Live Ops)", s, e, "cancelled", [kenta], [kenta], "hiring_manager")],
        "hard", "positive/cancelled-gcal-api",
        "Japanese recruiter mail + Calendar API event (Asia/Tokyo, +09:00), then the same id returned as "
        "a deleted stub with only id/status=cancelled (plus kind/etag). Final state: cancelled at its "
        "last scheduled time."))
    d = T(2026, 5, 7, 18, 20, tz, "Thu")
    body = ("佐藤 遥 様\n\nお世話になっております。株式会社キツネゲームズ 採用担当の田中です。\n"
            "一次面接へのご参加ありがとうございました。ぜひ二次面接に進んでいただきたく、ご連絡いたしました。\n\n"
            "■ 日時：5月14日（木）16:00〜17:00（日本時間）\n"
            "■ 面接官：エンジニアリングマネージャー 森 健太（kenta.mori@" + dom + "）\n"
            "■ 形式：Google Meet（カレンダー招待をお送りします）\n"
            "■ ポジション：Backend Engineer (Live Ops)\n\n"
            "ご不明な点がございましたら、本メールにご返信ください。\n\n"
            "田中 由紀\n株式会社キツネゲームズ 人事部\n〒150-0002 東京都渋谷区渋谷2-21-1\n"
            "TEL: 03-5555-0182\n")
    m = msg("田中 由紀 <%s>" % yuki, owner, "【キツネゲームズ】二次面接のご案内", d, owner,
            msgid=mid("c06", dom))
    m.set_content(body, cte="base64")
    save("01-nijimensetsu-annai.eml", m)
    ev = {
        "kind": "calendar#event", "etag": "\"3519877450112000\"", "id": "7n1c2v0kitsune4r8mtg3q2h1e",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=N24xYzJ2MGtpdHN1bmU0cjhtdGczcTJoMWU",
        "created": "2026-05-07T09:24:05.000Z", "updated": "2026-05-07T09:24:05.556Z",
        "summary": "二次面接：佐藤 遥 様 / Backend Engineer (Live Ops)",
        "description": "面接官：森 健太（エンジニアリングマネージャー）\n進行：田中",
        "creator": {"email": yuki, "displayName": "田中 由紀"},
        "organizer": {"email": yuki, "displayName": "田中 由紀"},
        "start": {"dateTime": s.isoformat(), "timeZone": tz},
        "end": {"dateTime": e.isoformat(), "timeZone": tz},
        "iCalUID": "7n1c2v0kitsune4r8mtg3q2h1e@google.com", "sequence": 0,
        "attendees": [
            {"email": yuki, "displayName": "田中 由紀", "organizer": True, "responseStatus": "accepted"},
            {"email": kenta, "displayName": "森 健太", "responseStatus": "accepted"},
            {"email": owner, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.com/kfu-xqpa-tmd",
        "reminders": {"useDefault": True}, "eventType": "default"}
    save("02-event-nijimensetsu.gcal.json", ev)
    save("03-event-deleted.gcal.json", {"kind": "calendar#event", "etag": "\"3520791733816000\"",
                                        "id": "7n1c2v0kitsune4r8mtg3q2h1e", "status": "cancelled"})


def c07():
    owner = "samira.haddad@example.com"
    co, dom = "Ledgerline Insurance", "ledgerline.example"
    bett, harold = "bettina.cruz@" + dom, "harold.vance@" + dom
    tz = "America/New_York"
    s, e = T(2026, 3, 9, 9, 0, tz, "Mon"), T(2026, 3, 9, 10, 0, tz)
    case("b9-07-outlook-method-cancel-day-after-us-dst", label(owner, [
        iv(co, "Actuarial Analyst II", s, e, "cancelled", [harold], [harold], "hiring_manager")],
        "medium", "positive/cancelled-outlook",
        "Exchange REQUEST then METHOD:CANCEL (SEQUENCE 1, STATUS:CANCELLED) for Mon Mar 9 09:00 Eastern; "
        "the day after US DST starts, so -04:00 although the body label says (UTC-05:00). 'at 9 sharp'."))
    u = "040000008200E00074C5B7101A82E00800000000" + hashlib.sha1(b"c07").hexdigest()[:24].upper()
    summ = "Interview: Samira Haddad / Harold Vance - Actuarial Analyst II"
    d = T(2026, 3, 3, 13, 15, tz, "Tue")
    body = ("When: Monday, March 9, 2026 9:00 AM-10:00 AM. (UTC-05:00) Eastern Time (US & Canada)\n"
            "Where: Ledgerline Insurance, 55 Water St, 19th floor, New York\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "Hi Samira,\n\nConfirming your in-person interview with Harold Vance, VP Pricing. Harold "
            "starts at 9 sharp, so please check in with the lobby desk by 8:45 with a photo ID.\n\n"
            "Thanks,\nBettina Cruz\nTalent Acquisition Coordinator | Ledgerline Insurance\n"
            "T +1 212 555 0168\n")
    ical = exchange_ics(method="REQUEST", uid_=u, tzid="Eastern Standard Time", vtz=EASTERN_VTZ,
                        start_local=loc(s), end_local=loc(e), stamp=d,
                        organizer=("Bettina Cruz", bett),
                        attendees=[("Samira Haddad", owner, "REQ-PARTICIPANT"),
                                   ("Harold Vance", harold, "REQ-PARTICIPANT")],
                        summary=summ, description=body,
                        location="Ledgerline Insurance\\, 55 Water St\\, 19th floor\\, New York")
    m = msg("Bettina Cruz <%s>" % bett, "Samira Haddad <%s>, Harold Vance <%s>" % (owner, harold),
            summ, d, owner, msgid=mid("c07-req", "MN2PR04MB6110.namprd04.prod.outlook.com"),
            post=exchange_headers(summ, "c07"))
    exchange_invite(m, body, ical)
    save("01-interview-request.eml", m)

    d2 = T(2026, 3, 6, 17, 52, tz, "Fri")
    body2 = ("When: Monday, March 9, 2026 9:00 AM-10:00 AM. (UTC-05:00) Eastern Time (US & Canada)\n"
             "Where: Ledgerline Insurance, 55 Water St, 19th floor, New York\n\n*~*~*~*~*~*~*~*~*~*\n\n"
             "Samira - so sorry for the late notice. Harold has to be out unexpectedly on Monday, so "
             "I'm cancelling this for now. I'll be in touch next week about next steps.\n\nBettina\n")
    ical2 = exchange_ics(method="CANCEL", uid_=u, tzid="Eastern Standard Time", vtz=EASTERN_VTZ,
                         start_local=loc(s), end_local=loc(e), stamp=d2,
                         organizer=("Bettina Cruz", bett),
                         attendees=[("Samira Haddad", owner, "REQ-PARTICIPANT"),
                                    ("Harold Vance", harold, "REQ-PARTICIPANT")],
                         summary="Canceled: " + summ, description=body2, seq=1, status="CANCELLED",
                         location="Ledgerline Insurance\\, 55 Water St\\, 19th floor\\, New York",
                         busy="FREE", importance="2")
    m = msg("Bettina Cruz <%s>" % bett, "Samira Haddad <%s>, Harold Vance <%s>" % (owner, harold),
            "Canceled: " + summ, d2, owner,
            msgid=mid("c07-cxl", "MN2PR04MB6110.namprd04.prod.outlook.com"),
            post=exchange_headers("Canceled: " + summ, "c07x") + [("Importance", "high")])
    exchange_invite(m, body2, ical2, method="CANCEL")
    save("02-canceled-interview.eml", m)


def c08():
    owner = "nate.okoro@example.com"
    co, dom = "Pinecrest Labs", "pinecrest-labs.example"
    alicia = "alicia.moreno@" + dom
    s, e = T(2025, 12, 2, 14, 0, "America/Los_Angeles", "Tue"), T(2025, 12, 2, 14, 30,
                                                                  "America/Los_Angeles")
    case("b9-08-body-only-tuesday-dec-2-pt", label(owner, [
        iv(co, "Staff Product Designer", s, e, "scheduled", [alicia], [alicia], "phone_screen")],
        "medium", "positive/body-only",
        "HTML-only recruiter mail 'Tuesday, Dec 2 at 2:00 PM PT' (PST, -08:00, after US DST end) for a "
        "30-minute intro call; candidate in Austin replies '4pm my time works'; recruiter confirms. "
        "'Calendar invite to follow' never arrives."))
    d1 = T(2025, 11, 24, 10, 5, "America/Los_Angeles", "Mon")
    id1 = mid("c08-1", dom)
    html = ("<div dir=\"ltr\"><div>Hi Nate,</div><div><br></div><div>Thanks for applying to the "
            "<b>Staff Product Designer</b> role at Pinecrest Labs! I'd love to set up a 30-minute intro "
            "call to walk through your background and what the team is working on.</div><div><br></div>"
            "<div>Are you free <b>Tuesday, Dec 2 at 2:00 PM PT</b>? I'll call you at the number on your "
            "resume.</div><div><br></div><div>Best,</div><div>Alicia</div><div><br></div>"
            "<div style=\"color:#666\">Alicia Moreno | Senior Technical Recruiter<br>Pinecrest Labs<br>"
            "1 Ferry Building, Suite 210, San Francisco, CA 94111<br>(415) 555-0124</div></div>")
    m = msg("Alicia Moreno <%s>" % alicia, "Nate Okoro <%s>" % owner,
            "Pinecrest Labs - intro call?", d1, owner, msgid=id1)
    m.set_content(html, subtype="html", cte="quoted-printable")
    save("01-alicia-intro-call.eml", m)
    d2 = T(2025, 11, 24, 12, 40, "America/Chicago", "Mon")
    id2 = mid("c08-2", "mail.example")
    m = msg("Nate Okoro <%s>" % owner, "Alicia Moreno <%s>" % alicia,
            "Re: Pinecrest Labs - intro call?", d2, owner, irt=id1, msgid=id2)
    m.set_content("Hi Alicia,\n\nYes - Tuesday at 2 PT (4pm my time in Austin) works great. Best number "
                  "is (512) 555-0177.\n\nThanks,\nNate\n\nOn Mon, Nov 24, 2025 at 10:05 AM Alicia Moreno "
                  "<" + alicia + "> wrote:\n> Hi Nate,\n>\n> Thanks for applying to the Staff Product "
                  "Designer role at Pinecrest Labs! I'd love to set up a\n> 30-minute intro call ...\n>\n"
                  "> Are you free Tuesday, Dec 2 at 2:00 PM PT? I'll call you at the number on your "
                  "resume.\n")
    save("02-nate-reply.eml", m)
    d3 = T(2025, 11, 24, 11, 2, "America/Los_Angeles", "Mon")
    m = msg("Alicia Moreno <%s>" % alicia, "Nate Okoro <%s>" % owner,
            "Re: Pinecrest Labs - intro call?", d3, owner, irt=id2, refs=id1 + " " + id2,
            msgid=mid("c08-3", dom))
    m.set_content("Great, you're locked in for Tue 12/2, 2-2:30 PT. Calendar invite to follow from our "
                  "system. Talk soon!\n\nAlicia\n")
    save("03-alicia-locked-in.eml", m)


def c09():
    owner = "lena.kowalczyk@example.com"
    co, dom = "Oakhaven Studio", "oakhaven-studio.example"
    jasper = "jasper@" + dom
    tz = "America/New_York"
    s, e = T(2026, 2, 19, 16, 0, tz, "Thu"), T(2026, 2, 19, 16, 30, tz)
    case("b9-09-terse-confirmed-thu-4pm-from-phone", label(owner, [
        iv(co, "Design Lead", s, e, "scheduled", [jasper], [jasper], "hiring_manager")],
        "medium", "positive/terse-thread",
        "Founder offers 'Thu 4pm or Fri 11am ET', 30 min; candidate picks Thu; founder replies from his "
        "phone 'Confirmed for Thu 4pm. -J'. Thu resolved against the Mon Feb 16 thread -> Feb 19, EST."))
    d1 = T(2026, 2, 16, 8, 51, tz, "Mon")
    i1 = mid("c09-1", dom)
    m = msg("Jasper Whitcombe <%s>" % jasper, owner, "design lead", d1, owner, msgid=i1)
    m.set_content("Hi Lena - loved the Fernway case study. Want to grab 30 min this week to talk about "
                  "the design lead role? Thu 4pm or Fri 11am ET both work on my end.\n\nJasper\n"
                  "Founder, Oakhaven Studio\n")
    save("01-jasper.eml", m)
    d2 = T(2026, 2, 16, 21, 14, tz, "Mon")
    i2 = mid("c09-2", "mail.example")
    m = msg("Lena Kowalczyk <%s>" % owner, "Jasper Whitcombe <%s>" % jasper, "Re: design lead", d2,
            owner, irt=i1, msgid=i2)
    m.set_content("Thu 4pm is great! Zoom or phone?\n\nLena\n\n> On Feb 16, 2026, at 8:51 AM, Jasper "
                  "Whitcombe <" + jasper + "> wrote:\n>\n> Hi Lena - loved the Fernway case study. Want "
                  "to grab 30 min this week to talk about\n> the design lead role? Thu 4pm or Fri 11am "
                  "ET both work on my end.\n")
    save("02-lena.eml", m)
    d3 = T(2026, 2, 17, 7, 2, tz, "Tue")
    m = msg("Jasper Whitcombe <%s>" % jasper, "Lena Kowalczyk <%s>" % owner, "Re: design lead", d3,
            owner, irt=i2, refs=i1 + " " + i2, msgid=mid("c09-3", "icloud.example"),
            post=[("X-Mailer", "iPhone Mail (22D82)")])
    m.set_content("Confirmed for Thu 4pm. I'll call your cell. -J\n\nSent from my iPhone\n")
    save("03-jasper-confirmed.eml", m)


def c10():
    owner = "graham.tse@example.com"
    co, dom = "Kanaal Data B.V.", "kanaaldata.example"
    femke, bram = "femke.devries@" + dom, "bram.visser@" + dom
    s, e = T(2026, 3, 4, 15, 0, "Europe/Amsterdam", "Wed"), T(2026, 3, 4, 15, 45, "Europe/Amsterdam")
    assert s.astimezone(ZoneInfo("America/Toronto")).hour == 9
    case("b9-10-3pm-cet-on-the-4th-toronto-candidate", label(owner, [
        iv(co, "Senior Platform Engineer", s, e, "scheduled", [bram], [bram], "hiring_manager")],
        "medium", "positive/cross-tz-body",
        "Amsterdam recruiter proposes '3pm CET on the 4th' (Wed Mar 4, +01:00); Toronto candidate "
        "restates it as 9am EST; the CTO's Google invite (45 min) confirms. One interview."))
    d1 = T(2026, 2, 26, 16, 30, "Europe/Amsterdam", "Thu")
    i1 = mid("c10-1", dom)
    m = msg("Femke de Vries <%s>" % femke, "Graham Tse <%s>" % owner,
            "Kanaal Data - first conversation", d1, owner, msgid=i1)
    m.set_content("Hi Graham,\n\nGreat speaking with you. Next step for the Senior Platform Engineer "
                  "role is a first conversation with our CTO, Bram Visser - about 45 minutes on Google "
                  "Meet.\n\nWould 3pm CET on the 4th work? I know that's early for you in Toronto.\n\n"
                  "Groetjes,\nFemke de Vries\nTalent Partner | Kanaal Data B.V.\nKeizersgracht 221, "
                  "1016 DV Amsterdam | +31 20 555 0143\n")
    save("01-femke-proposal.eml", m)
    d2 = T(2026, 2, 26, 11, 9, "America/Toronto", "Thu")
    i2 = mid("c10-2", "mail.example")
    m = msg("Graham Tse <%s>" % owner, "Femke de Vries <%s>" % femke,
            "Re: Kanaal Data - first conversation", d2, owner, irt=i1, msgid=i2)
    m.set_content("Hi Femke,\n\n3pm CET on Wednesday the 4th = 9am here, works for me.\n\nGraham\n\n"
                  "Sent from Outlook for Android\n")
    save("02-graham-reply.eml", m)
    d3 = T(2026, 2, 26, 17, 31, "Europe/Amsterdam", "Thu")
    summ = "Graham Tse <> Bram Visser (Kanaal Data)"
    desc = "Intro with our CTO for the Senior Platform Engineer role."
    ical = google_ics(method="REQUEST", uid_=uid("c10"), start=s, end=e, stamp=d3,
                      organizer=("Bram Visser", bram),
                      attendees=[("Bram Visser", bram, "ACCEPTED"), ("Femke de Vries", femke, "ACCEPTED"),
                                 ("Graham Tse", owner, "NEEDS-ACTION")],
                      summary=summ, description=desc, meet="https://meet.google.com/ngy-pwdt-fab")
    plain = (summ + "\nWednesday Mar 4, 2026 \u22c5 3pm \u2013 3:45pm\nCentral European Time - "
             "Amsterdam\n\nJoin with Google Meet\nhttps://meet.google.com/ngy-pwdt-fab\n\nOrganizer\n"
             "Bram Visser\n" + bram + "\n\nGuests\nBram Visser - organizer\nFemke de Vries\n" + femke +
             "\nGraham Tse\n" + owner + "\n\n" + desc + gfooter(owner))
    m = msg("Bram Visser <%s>" % bram, "Graham Tse <%s>" % owner,
            "Invitation: %s @ Wed Mar 4, 2026 3pm - 3:45pm (CET) (%s)" % (summ, owner), d3, owner,
            reply_to="Bram Visser <%s>" % bram, msgid=mid("c10-inv", "google.com"),
            pre=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    google_invite(m, plain, html_of(plain), ical)
    save("03-invitation-cto.eml", m)


def c11():
    owner = "beatriz.nogueira@example.com"
    co, dom = "Maré Alta Software", "marealta.example"
    tiago, ines = "tiago.ferreira@" + dom, "ines.carvalho@" + dom
    s, e = T(2026, 4, 14, 14, 0, "Europe/Lisbon", "Tue"), T(2026, 4, 14, 15, 0, "Europe/Lisbon")
    assert s.astimezone(ZoneInfo("America/Sao_Paulo")).hour == 10
    case("b9-11-portuguese-lisbon-recruiter-sao-paulo-owner", label(owner, [
        iv(co, "Engenheira de Software Sénior (Python)", s, e, "scheduled", [ines], [ines],
           "technical")],
        "medium", "positive/language-tz",
        "Recruiter in Lisbon writes Portuguese (base64 body) to a São Paulo candidate: 'terça-feira, 14 "
        "de abril, das 14h00 às 15h00 (hora de Lisboa)' = WEST +01:00 = 10h Brasília; candidate "
        "confirms in local time. Interviewer Inês; Tiago coordinates."))
    d1 = T(2026, 4, 7, 12, 10, "Europe/Lisbon", "Tue")
    i1 = mid("c11-1", dom)
    m = msg("Tiago Ferreira <%s>" % tiago, "Beatriz Nogueira <%s>" % owner,
            "Entrevista técnica - Maré Alta Software", d1, owner, msgid=i1)
    m.set_content("Olá Beatriz,\n\nObrigado pela conversa da semana passada. Gostaríamos de avançar "
                  "para a entrevista técnica para a posição de Engenheira de Software Sénior (Python).\n\n"
                  "Proposta: terça-feira, 14 de abril, das 14h00 às 15h00 (hora de Lisboa) - ou seja, "
                  "10h00 em São Paulo.\nA entrevista será conduzida pela Inês Carvalho "
                  "(ines.carvalho@" + dom + "), Tech Lead da equipa de dados, via Microsoft Teams.\n\n"
                  "Consegue confirmar?\n\nCumprimentos,\nTiago Ferreira\nTalent Acquisition | Maré Alta "
                  "Software\nRua do Alecrim 47, 1200-015 Lisboa | +351 21 555 0190\n", cte="base64")
    save("01-tiago-proposta.eml", m)
    d2 = T(2026, 4, 7, 9, 45, "America/Sao_Paulo", "Tue")
    i2 = mid("c11-2", "mail.example")
    m = msg("Beatriz Nogueira <%s>" % owner, "Tiago Ferreira <%s>" % tiago,
            "Re: Entrevista técnica - Maré Alta Software", d2, owner, irt=i1, msgid=i2)
    m.set_content("Oi Tiago, tudo bem?\n\nConfirmo terça, 14/04, às 10h (horário de Brasília). Obrigada!"
                  "\n\nAbs,\nBeatriz\n\nEm ter., 7 de abr. de 2026 às 08:10, Tiago Ferreira <" + tiago +
                  "> escreveu:\n> Olá Beatriz,\n> ...\n> Proposta: terça-feira, 14 de abril, das 14h00 às "
                  "15h00 (hora de Lisboa)\n", cte="quoted-printable")
    save("02-beatriz-confirma.eml", m)
    d3 = T(2026, 4, 7, 14, 2, "Europe/Lisbon", "Tue")
    m = msg("Tiago Ferreira <%s>" % tiago, "Beatriz Nogueira <%s>" % owner,
            "Re: Entrevista técnica - Maré Alta Software", d3, owner, irt=i2, refs=i1 + " " + i2,
            msgid=mid("c11-3", dom))
    m.set_content("Perfeito, fica marcado. A Inês envia o link do Teams na véspera.\n\nTiago\n",
                  cte="quoted-printable")
    save("03-tiago-marcado.eml", m)


def c12():
    owner = "marcus.bell@example.com"
    co, dom = "Kōwhai Systems", "kowhai-systems.example"
    aroha, liam = "aroha.ngata@" + dom, "liam.prescott@" + dom
    s, e = T(2026, 4, 9, 12, 0, "Pacific/Auckland", "Thu"), T(2026, 4, 9, 12, 45, "Pacific/Auckland")
    la = s.astimezone(ZoneInfo("America/Los_Angeles"))
    assert (la.day, la.hour) == (8, 17), la
    case("b9-12-auckland-los-angeles-across-date-line-noon", label(owner, [
        iv(co, "Senior Platform Engineer", s, e, "scheduled", [liam], [liam], "hiring_manager")],
        "hard", "positive/date-line",
        "Auckland recruiter: 'noon on Thursday 9 April our time - that's 5pm Wednesday 8 April for you "
        "in LA'. NZ DST ended Apr 5 (NZST +12:00), US on PDT. Google invite in Pacific/Auckland confirms; "
        "interviewer Liam (Head of Platform)."))
    d1 = T(2026, 4, 6, 10, 30, "Pacific/Auckland", "Mon")
    i1 = mid("c12-1", dom)
    m = msg("Aroha Ngata <%s>" % aroha, "Marcus Bell <%s>" % owner, "Chat with Liam - Kōwhai Systems",
            d1, owner, msgid=i1)
    m.set_content("Kia ora Marcus,\n\nLiam Prescott, our Head of Platform, would like to meet you for "
                  "the Senior Platform Engineer role (45 min, Google Meet). How about noon on Thursday 9 "
                  "April our time - that's 5pm Wednesday 8 April for you in LA (our clocks just went "
                  "back, so the gap is now 19 hours).\n\nNgā mihi,\nAroha Ngata\nPeople & Talent | Kōwhai "
                  "Systems\nLevel 3, 12 Customs St East, Auckland 1010 | +64 9 555 0172\n")
    save("01-aroha-proposal.eml", m)
    d2 = T(2026, 4, 5, 16, 12, "America/Los_Angeles", "Sun")
    assert d2 > d1
    i2 = mid("c12-2", "mail.example")
    m = msg("Marcus Bell <%s>" % owner, "Aroha Ngata <%s>" % aroha,
            "Re: Chat with Liam - Kōwhai Systems", d2, owner, irt=i1, msgid=i2)
    m.set_content("Hi Aroha - Wednesday 5pm Pacific works. Looking forward to it.\n\nMarcus\n")
    save("02-marcus-yes.eml", m)
    d3 = T(2026, 4, 6, 11, 40, "Pacific/Auckland", "Mon")
    summ = "Marcus Bell / Liam Prescott - Senior Platform Engineer"
    desc = "Conversation with Liam Prescott (Head of Platform). Scheduled by Aroha Ngata."
    ical = google_ics(method="REQUEST", uid_=uid("c12"), start=s, end=e, stamp=d3,
                      organizer=("Aroha Ngata", aroha),
                      attendees=[("Aroha Ngata", aroha, "ACCEPTED"), ("Liam Prescott", liam, "ACCEPTED"),
                                 ("Marcus Bell", owner, "NEEDS-ACTION")],
                      summary=summ, description=desc, meet="https://meet.google.com/kzr-unwa-pqe")
    plain = (summ + "\nThursday 9 Apr 2026 \u22c5 12pm \u2013 12:45pm\nNew Zealand Standard Time - "
             "Auckland\n\nJoin with Google Meet\nhttps://meet.google.com/kzr-unwa-pqe\n\nOrganizer\n"
             "Aroha Ngata\n" + aroha + "\n\nGuests\nAroha Ngata - organizer\nLiam Prescott\n" + liam +
             "\nMarcus Bell\n" + owner + "\n\n" + desc + gfooter(owner))
    m = msg("Aroha Ngata <%s>" % aroha, "Marcus Bell <%s>" % owner,
            "Invitation: %s @ Thu 9 Apr 2026 12pm - 12:45pm (NZST) (%s)" % (summ, owner), d3, owner,
            reply_to="Aroha Ngata <%s>" % aroha, msgid=mid("c12-inv", "google.com"),
            pre=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    google_invite(m, plain, html_of(plain), ical)
    save("03-invitation-liam.eml", m)


def c13():
    owner = "ella.marchetti@example.com"
    co, dom = "Harrow & Finch", "harrowfinch.example"
    oliver = "oliver.grant@" + dom
    priya, tom, sofia = "priya.lal@" + dom, "tom.whitaker@" + dom, "sofia.brandt@" + dom
    tz = "Europe/London"
    s1, e1 = T(2026, 5, 12, 14, 0, tz, "Tue"), T(2026, 5, 12, 15, 0, tz)
    s2, e2 = T(2026, 5, 18, 10, 30, tz, "Mon"), T(2026, 5, 18, 12, 0, tz)
    role = "Senior Data Analyst"
    case("b9-13-two-rounds-bst-then-half-past-ten-monday", label(owner, [
        iv(co, role, s1, e1, "scheduled", [priya], [priya], "hiring_manager"),
        iv(co, role, s2, e2, "scheduled", [tom, sofia], [tom, sofia], "onsite")],
        "hard", "positive/two-interviews",
        "Two interviews in one thread: first stage 'Tuesday 12 May, 14:00-15:00 BST' with the Head of "
        "Analytics; second stage proposed on Thu 14 May as 'half past ten on Monday' (-> 18 May), 90 "
        "minutes, in person with two team members (panel -> onsite)."))
    d1 = T(2026, 5, 7, 9, 40, tz, "Thu")
    i1 = mid("c13-1", dom)
    m = msg("Oliver Grant <%s>" % oliver, "Ella Marchetti <%s>" % owner,
            "Harrow & Finch - Senior Data Analyst - first stage", d1, owner, msgid=i1)
    m.set_content("Hi Ella,\n\nGood news - Priya Lal (Head of Analytics, priya.lal@" + dom + ") would "
                  "like to meet you for a first-stage interview.\n\nTuesday 12 May, 14:00-15:00 BST, "
                  "video call (Teams link to follow from Priya).\n\nDoes that work?\n\nKind regards,\n"
                  "Oliver Grant\nTalent Acquisition Partner\nHarrow & Finch LLP | 3 Cloth Fair, London "
                  "EC1A 7JQ\nT: +44 20 7946 0321\n")
    save("01-oliver-first-stage.eml", m)
    d2 = T(2026, 5, 7, 10, 2, tz, "Thu")
    i2 = mid("c13-2", "mail.example")
    m = msg("Ella Marchetti <%s>" % owner, "Oliver Grant <%s>" % oliver,
            "Re: Harrow & Finch - Senior Data Analyst - first stage", d2, owner, irt=i1, msgid=i2)
    m.set_content("Hi Oliver, that works perfectly - Tuesday at 2 it is. Thanks, Ella\n")
    save("02-ella-confirms.eml", m)
    d3 = T(2026, 5, 14, 16, 20, tz, "Thu")
    i3 = mid("c13-3", dom)
    m = msg("Oliver Grant <%s>" % oliver, "Ella Marchetti <%s>" % owner,
            "Harrow & Finch - second stage", d3, owner, msgid=i3)
    m.set_content("Hi Ella,\n\nPriya really enjoyed Tuesday - we'd like to move you to the second "
                  "stage. It's in person at our office, 90 minutes, with Tom Whitaker "
                  "(tom.whitaker@" + dom + ") and Sofia Brandt (sofia.brandt@" + dom + ") from the "
                  "analytics team: a case study followed by a chat about how you work.\n\n"
                  "Would half past ten on Monday work?\n\nOliver\n")
    save("03-oliver-second-stage.eml", m)
    d4 = T(2026, 5, 14, 17, 3, tz, "Thu")
    i4 = mid("c13-4", "mail.example")
    m = msg("Ella Marchetti <%s>" % owner, "Oliver Grant <%s>" % oliver,
            "Re: Harrow & Finch - second stage", d4, owner, irt=i3, msgid=i4)
    m.set_content("Monday at half past ten is perfect, see you then.\n\nElla\n\nSent from my iPhone\n")
    save("04-ella-monday.eml", m)
    d5 = T(2026, 5, 14, 17, 30, tz, "Thu")
    m = msg("Oliver Grant <%s>" % oliver, "Ella Marchetti <%s>" % owner,
            "RE: Harrow & Finch - second stage", d5, owner, irt=i4, refs=i3 + " " + i4,
            msgid=mid("c13-5", dom))
    m.set_content("Great, booked for Mon 18th, 10:30-12:00. Ask for me at reception, 3 Cloth Fair.\n\n"
                  "Get Outlook for iOS\n")
    save("05-oliver-booked.eml", m)


# ====================================================================== NEGATIVES
def neg(name, owner, category, notes, difficulty="hard"):
    case(name, label(owner, [], difficulty, category, notes))


def c14():
    owner = "diego.alvarez@example.com"
    dom = "quillfeather.example"
    ren, maya = "renata.souza@" + dom, "maya.chen@" + dom
    tz = "America/Denver"
    neg("b9-14-recurring-standup-after-offer", owner, "negative/recurring-standup",
        "Company the user interviewed with sends a weekday RRULE standup (Google invite, America/Denver) "
        "after the offer was signed; welcome mail mentions the interviews in the past tense.")
    d1 = T(2026, 5, 22, 9, 15, tz, "Fri")
    m = msg("Maya Chen <%s>" % maya, "Diego Alvarez <%s>" % owner, "Welcome to Quillfeather!", d1,
            owner, msgid=mid("c14-1", dom))
    m.set_content("Hi Diego,\n\nSo happy you said yes! Thanks for sticking with us through all those "
                  "interviews. Your first day is Monday June 1 - please come to the Denver office at "
                  "9:00 for badge pickup and laptop setup. Renata (your manager) will add you to the "
                  "team rituals.\n\nMaya Chen\nRecruiting, Quillfeather\n")
    save("01-welcome.eml", m)
    d2 = T(2026, 5, 22, 13, 48, tz, "Fri")
    s, e = T(2026, 6, 1, 9, 30, tz, "Mon"), T(2026, 6, 1, 9, 45, tz)
    summ = "Payments squad standup"
    desc = ("Daily standup. Yesterday / today / blockers. Candidate debriefs for open reqs happen in the "
            "Thursday slot after standup - Diego, you'll join the interview panel rotation from July.")
    ical = google_ics(method="REQUEST", uid_=uid("c14"), start=s, end=e, stamp=d2,
                      organizer=("Renata Souza", ren),
                      attendees=[("Renata Souza", ren, "ACCEPTED"), ("Diego Alvarez", owner, "NEEDS-ACTION"),
                                 ("payments-squad", "payments-squad@" + dom, "NEEDS-ACTION")],
                      summary=summ, description=desc, rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                      tzname=tz, meet="https://meet.google.com/qfs-tand-upd")
    plain = (summ + "\nWeekly on weekdays from 9:30am to 9:45am\nMountain Time - Denver\n\nOrganizer\n"
             "Renata Souza\n" + ren + "\n\n" + desc + gfooter(owner))
    m = msg("Renata Souza <%s>" % ren, owner,
            "Invitation: %s @ Weekly from 9:30am to 9:45am on weekdays (MDT) (%s)" % (summ, owner), d2,
            owner, reply_to=ren, msgid=mid("c14-inv", "google.com"),
            pre=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    google_invite(m, plain, html_of(plain), ical)
    save("02-invitation-standup.eml", m)


def c15():
    owner = "ravi.shankar@example.com"
    tz = "America/New_York"
    neg("b9-15-webinar-how-we-interview-with-ics", owner, "negative/webinar",
        "Registration confirmation for a public employer-brand webinar about the company's interview "
        "process, 'noon ET', .ics attached (METHOD:PUBLISH).")
    d = T(2026, 3, 11, 14, 2, tz, "Wed")
    s, e = T(2026, 3, 19, 12, 0, tz, "Thu"), T(2026, 3, 19, 13, 0, tz)
    body = ("Hi Ravi,\n\nYou're registered for:\n\nInside the Loop: How Northbeam Interviews Engineers\n"
            "Thursday, March 19, 2026 at noon ET (60 minutes)\n\nOur hiring managers and a recent "
            "candidate walk through every stage of our interview process - recruiter call, technical "
            "screen, onsite - and answer your questions live. Open to anyone considering a role at "
            "Northbeam.\n\nJoin link: https://events.eventhub.example/w/northbeam-inside-the-loop?"
            "k=7f2c91\n\nAdd to calendar: see attachment.\n\nNorthbeam Careers Events\n"
            "You are receiving this because you registered on northbeam.example/careers. Unsubscribe: "
            "https://events.eventhub.example/u/7f2c91\n")
    m = msg("Northbeam Careers Events <events@eventhub-mail.example>", owner,
            "You're registered: Inside the Loop - How Northbeam Interviews Engineers", d, owner,
            msgid=mid("c15", "eventhub-mail.example"))
    m.set_content(body)
    m.add_alternative(html_of(body), subtype="html", cte="quoted-printable")
    ical = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//EventHub//Webinar//EN", "METHOD:PUBLISH",
                "BEGIN:VEVENT", "UID:" + uid("c15") + "@eventhub.example", "DTSTAMP:" + z(d),
                "DTSTART:" + z(s), "DTEND:" + z(e),
                "SUMMARY:Webinar: Inside the Loop - How Northbeam Interviews Engineers",
                "DESCRIPTION:" + esc("Join: https://events.eventhub.example/w/northbeam-inside-the-loop"),
                "ORGANIZER;CN=Northbeam Careers Events:mailto:events@eventhub-mail.example",
                "LOCATION:Online", "END:VEVENT", "END:VCALENDAR"])
    m.add_attachment(ical.encode(), maintype="text", subtype="calendar", filename="webinar.ics")
    save("01-webinar-registered.eml", m)


def c16():
    owner = "wei.zhang@example.com"
    tz = "Asia/Shanghai"
    neg("b9-16-h1b-visa-interview-appointment", owner, "negative/visa",
        "Consular visa interview appointment (employment-based H-1B) with a concrete time and a "
        "reminder; mentions employer, petition and 'interview' repeatedly - not a job interview.")
    d = T(2026, 4, 2, 15, 31, tz, "Thu")
    html = ("<html><body><table width=\"600\" style=\"font-family:Arial\"><tr><td>"
            "<h2>Appointment Confirmation</h2><p>Dear ZHANG WEI,</p>"
            "<p>Your nonimmigrant visa interview appointment has been scheduled.</p>"
            "<table><tr><td><b>Visa class:</b></td><td>H-1B (Specialty Occupation)</td></tr>"
            "<tr><td><b>Petitioner / employer:</b></td><td>Corvane Semiconductor Inc.</td></tr>"
            "<tr><td><b>Interview date:</b></td><td>Wednesday, 22 April 2026</td></tr>"
            "<tr><td><b>Interview time:</b></td><td>08:45 (please arrive 15 minutes early)</td></tr>"
            "<tr><td><b>Location:</b></td><td>Consular Section, 1469 Huaihai Zhong Road, Shanghai</td>"
            "</tr><tr><td><b>Confirmation no.:</b></td><td>AA00KX7T2Q</td></tr></table>"
            "<p>Bring your passport, DS-160 confirmation page, I-797 approval notice and a letter from "
            "your employer describing your role. Electronic devices are not permitted.</p>"
            "<p>This mailbox is not monitored. Do not reply.</p></td></tr></table></body></html>")
    m = msg("Visa Appointment Service <no-reply@visa-appointments.example>", owner,
            "Visa Interview Appointment Confirmation - AA00KX7T2Q", d, owner,
            msgid=mid("c16", "visa-appointments.example"))
    m.set_content(html, subtype="html", cte="base64")
    save("01-visa-appointment-confirmation.eml", m)
    d2 = T(2026, 4, 20, 9, 0, tz, "Mon")
    m = msg("Visa Appointment Service <no-reply@visa-appointments.example>", owner,
            "Reminder: your visa interview is on 22 April at 08:45", d2, owner,
            msgid=mid("c16-r", "visa-appointments.example"))
    m.set_content("Reminder: your H-1B visa interview is scheduled for Wednesday 22 April 2026 at 08:45 "
                  "at the Consular Section, Shanghai. Confirmation no. AA00KX7T2Q.\n")
    save("02-visa-reminder.eml", m)


def c17():
    owner = "fatima.zahra@example.com"
    tz = "America/Chicago"
    neg("b9-17-certification-exam-appointment", owner, "negative/exam",
        "Proctored certification exam booking: 'Candidate ID', 'be seated at 9 sharp', .ics with a "
        "concrete time (Sat Mar 21, CDT) - not an interview.")
    d = T(2026, 3, 2, 19, 12, tz, "Mon")
    s, e = T(2026, 3, 21, 9, 0, tz, "Sat"), T(2026, 3, 21, 12, 0, tz)
    body = ("Dear Fatima Zahra,\n\nThank you for scheduling your exam.\n\n"
            "Exam: Cloud Solutions Architect - Professional (CSA-P-02)\nCandidate ID: PL-4471928\n"
            "Date: Saturday, March 21, 2026\nTime: 9:00 AM Central Daylight Time (180 minutes)\n"
            "Test center: Proctorline Testing Center, 311 S Wacker Dr, Suite 1200, Chicago, IL\n\n"
            "Please arrive 30 minutes early; the proctor closes the room at 9 sharp and late candidates "
            "forfeit the fee. To reschedule or cancel, visit your candidate dashboard at least 24 hours "
            "before your appointment.\n\nProctorline Candidate Support\n")
    m = msg("Proctorline <noreply@proctorline.example>", owner,
            "Exam appointment confirmed - CSA-P-02 on 3/21/2026", d, owner,
            msgid=mid("c17", "proctorline.example"))
    m.set_content(body, cte="quoted-printable")
    ical = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Proctorline//Scheduling//EN",
                "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:" + uid("c17") + "@proctorline.example",
                "DTSTAMP:" + z(d), "DTSTART:" + z(s), "DTEND:" + z(e),
                "SUMMARY:CSA-P-02 exam (Candidate ID PL-4471928)",
                "LOCATION:" + esc("Proctorline Testing Center, 311 S Wacker Dr, Suite 1200, Chicago"),
                "END:VEVENT", "END:VCALENDAR"])
    m.add_attachment(ical.encode(), maintype="text", subtype="calendar", filename="exam.ics")
    save("01-exam-confirmed.eml", m)


def c18():
    owner = "hannah.lindqvist@example.com"
    dom = "hirelane.example"
    brandon = "brandon.kyle@" + dom
    tz = "America/Los_Angeles"
    neg("b9-18-coffee-chat-booked-sales-demo", owner, "negative/sales-demo",
        "'Coffee chat' booked through a scheduling tool (Chili Piper-style) with an account executive "
        "of a job-search SaaS; agenda is a product demo and pricing. Real invite with concrete time.")
    d = T(2026, 3, 12, 15, 44, tz, "Thu")
    s, e = T(2026, 3, 17, 10, 0, tz, "Tue"), T(2026, 3, 17, 10, 20, tz)
    body = ("Hi Hannah,\n\nYour meeting is booked!\n\nCoffee chat with Brandon Kyle (Hirelane)\n"
            "Tuesday, March 17, 2026, 10:00 AM - 10:20 AM (Pacific Time)\nZoom: "
            "https://hirelane.zoom.example/j/88120045521\n\nAgenda from Brandon: grab a coffee and I'll "
            "show you how Hirelane Pro helps candidates land more interviews - auto-tailored resumes, "
            "recruiter outreach tracking, and a live look at pricing for the Pro and Career+ plans.\n\n"
            "Need to reschedule? https://app.chilipiper.example/book/reschedule/hirelane-ae/5d1c\n\n"
            "Brandon Kyle | Account Executive, Hirelane\n(628) 555-0109\n")
    m = msg("Brandon Kyle via Chili Piper <notifications@chilipiper.example>", owner,
            "Booked: Coffee chat with Brandon Kyle (Hirelane) - Tue, Mar 17 10:00 AM", d, owner,
            reply_to=brandon, msgid=mid("c18", "chilipiper.example"))
    m.set_content(body)
    m.add_alternative(html_of(body), subtype="html", cte="quoted-printable")
    ical = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Chili Piper//Concierge//EN",
                "METHOD:REQUEST", "BEGIN:VEVENT", "UID:" + uid("c18") + "@chilipiper.example",
                "DTSTAMP:" + z(d), "DTSTART:" + z(s), "DTEND:" + z(e), "SEQUENCE:0",
                "SUMMARY:Coffee chat: Hannah Lindqvist <> Brandon Kyle (Hirelane)",
                "DESCRIPTION:" + esc("Hirelane Pro demo + pricing. Zoom: https://hirelane.zoom.example/j/88120045521"),
                "ORGANIZER;CN=Brandon Kyle:mailto:" + brandon,
                "ATTENDEE;CN=Hannah Lindqvist;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + owner,
                "LOCATION:https://hirelane.zoom.example/j/88120045521", "STATUS:CONFIRMED",
                "END:VEVENT", "END:VCALENDAR"])
    m.add_attachment(ical.encode(), maintype="text", subtype="calendar", filename="invite.ics",
                     params={"method": "REQUEST"})
    save("01-booked-coffee-chat.eml", m)


def c19():
    owner = "oksana.petrenko@example.com"
    dom = "greenfield-robotics.example"
    denise = "denise.harper@" + dom
    tz = "America/Chicago"
    neg("b9-19-volunteer-mentor-interview-robotics-club", owner, "negative/volunteer",
        "Youth robotics club interviews volunteer mentor candidates (Sat Mar 14, 10:30, school library); "
        "phone-written thread with a confirmation. Non-job interview.", "medium")
    d1 = T(2026, 3, 9, 20, 14, tz, "Mon")
    i1 = mid("c19-1", "mail.example")
    m = msg("Denise Harper <%s>" % denise, owner, "Mentor volunteer - interview sat?", d1, owner,
            msgid=i1)
    m.set_content("Hi Oksana! Thanks for signing up to mentor with Greenfield Youth Robotics. We do a "
                  "short interview with every volunteer candidate before the background check (league "
                  "rules for the mentor role). Could you come Sat 3/14 at 10:30 to the Lincoln "
                  "Elementary library? 20 min tops, kids will be building in the gym.\n\nDenise\n"
                  "Volunteer coordinator\n\nSent from my Galaxy\n")
    save("01-denise.eml", m)
    d2 = T(2026, 3, 9, 21, 2, tz, "Mon")
    m = msg("Oksana Petrenko <%s>" % owner, "Denise Harper <%s>" % denise,
            "Re: Mentor volunteer - interview sat?", d2, owner, irt=i1,
            msgid=mid("c19-2", "mail.example"))
    m.set_content("Sat 10:30 works, see you in the library!\n\nOksana\n")
    save("02-oksana.eml", m)


def c20():
    owner = "kwame.asante@example.com"
    dom = "talentpath.example"
    isabel = "isabel.quint@" + dom
    tz = "America/New_York"
    neg("b9-20-user-research-session-google-invite", owner, "negative/user-research",
        "Job-board UX researcher books a paid 60-min 'interview' about how the user prepares for job "
        "interviews; real Google invite with concrete time and a gift-card incentive.")
    d = T(2026, 4, 9, 11, 20, tz, "Thu")
    s, e = T(2026, 4, 16, 13, 0, tz, "Thu"), T(2026, 4, 16, 14, 0, tz)
    summ = "TalentPath research session - Kwame Asante"
    desc = ("Thanks for joining our research study! I'll interview you for about 60 minutes about how you "
            "search for roles and prepare for job interviews. There are no right answers - we're "
            "testing our product, not you. You'll receive a $100 gift card after the session.\n\n"
            "Isabel Quint, Senior UX Researcher, TalentPath")
    ical = google_ics(method="REQUEST", uid_=uid("c20"), start=s, end=e, stamp=d,
                      organizer=("Isabel Quint", isabel),
                      attendees=[("Isabel Quint", isabel, "ACCEPTED"), ("Kwame Asante", owner, "NEEDS-ACTION"),
                                 ("Research notetaker", "research-ops@" + dom, "ACCEPTED")],
                      summary=summ, description=desc, meet="https://meet.google.com/rsr-chse-ssn")
    plain = (summ + "\nThursday Apr 16, 2026 \u22c5 1pm \u2013 2pm\nEastern Time - New York\n\n"
             "Join with Google Meet\nhttps://meet.google.com/rsr-chse-ssn\n\nOrganizer\nIsabel Quint\n"
             + isabel + "\n\n" + desc + gfooter(owner))
    m = msg("Isabel Quint <%s>" % isabel, owner,
            "Invitation: %s @ Thu Apr 16, 2026 1pm - 2pm (EDT) (%s)" % (summ, owner), d, owner,
            reply_to=isabel, msgid=mid("c20", "google.com"),
            pre=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    google_invite(m, plain, html_of(plain), ical)
    save("01-invitation-research-session.eml", m)


def c21():
    owner = "sophie.laurent@example.com"
    tz = "America/New_York"
    neg("b9-21-dentist-appointment-cancelled", owner, "negative/dentist-cancel",
        "Dental practice booking + METHOD:CANCEL .ics for Tue Mar 3 3:15 PM; 'call us to reschedule'.",
        "easy")
    s, e = T(2026, 3, 3, 15, 15, tz, "Tue"), T(2026, 3, 3, 16, 0, tz)
    u = uid("c21") + "@brightsmiles.example"

    def ical(method, seq, stamp, status):
        return ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Dentrix Ascend//Appointments//EN",
                    "METHOD:" + method, "BEGIN:VEVENT", "UID:" + u, "SEQUENCE:%d" % seq,
                    "DTSTAMP:" + z(stamp), "DTSTART:" + z(s), "DTEND:" + z(e),
                    "SUMMARY:Cleaning & exam - Dr. Amara Osei", "STATUS:" + status,
                    "ORGANIZER;CN=Bright Smiles Dental:mailto:appointments@brightsmiles.example",
                    "ATTENDEE;CN=Sophie Laurent:mailto:" + owner,
                    "LOCATION:" + esc("Bright Smiles Dental, 88 Court St, Brooklyn, NY"),
                    "END:VEVENT", "END:VCALENDAR"])

    d1 = T(2026, 2, 10, 9, 5, tz, "Tue")
    m = msg("Bright Smiles Dental <appointments@brightsmiles.example>", owner,
            "Appointment confirmed: Tue, Mar 3 at 3:15 PM", d1, owner, msgid=mid("c21-1", "brightsmiles.example"))
    m.set_content("Hi Sophie,\n\nYour appointment (cleaning & exam with Dr. Amara Osei) is confirmed for "
                  "Tuesday, March 3 at 3:15 PM.\n\nBright Smiles Dental | (718) 555-0150\n")
    m.add_attachment(ical("REQUEST", 0, d1, "CONFIRMED").encode(), maintype="text", subtype="calendar",
                     filename="appointment.ics", params={"method": "REQUEST"})
    save("01-appointment-confirmed.eml", m)
    d2 = T(2026, 2, 27, 16, 40, tz, "Fri")
    m = msg("Bright Smiles Dental <appointments@brightsmiles.example>", owner,
            "Your appointment on Tue, Mar 3 has been cancelled", d2, owner,
            msgid=mid("c21-2", "brightsmiles.example"))
    m.set_content("Hi Sophie,\n\nDr. Osei is unavailable on March 3, so we've cancelled your 3:15 PM "
                  "appointment. Please call us at (718) 555-0150 to reschedule - we'll fit you in as "
                  "soon as possible.\n\nBright Smiles Dental\n")
    m.add_attachment(ical("CANCEL", 1, d2, "CANCELLED").encode(), maintype="text", subtype="calendar",
                     filename="cancel.ics", params={"method": "CANCEL"})
    save("02-appointment-cancelled.eml", m)


def c22():
    owner = "tomasz.nowak@example.com"
    tz = "America/Los_Angeles"
    neg("b9-22-flight-confirmation-schedule-change", owner, "negative/flight",
        "Airline e-ticket confirmation (base64 HTML) with .ics for PDX->SFO Thu Apr 23 06:40, then a "
        "schedule-change notice; promo line mentions job interviews. No interview.")
    d1 = T(2026, 4, 10, 20, 3, tz, "Fri")
    s, e = T(2026, 4, 23, 6, 40, tz, "Thu"), T(2026, 4, 23, 8, 25, tz)
    html = ("<html><body style=\"font-family:Helvetica,Arial\"><h1>Your trip is confirmed</h1>"
            "<p>Confirmation code: <b>QX7LMB</b></p><table><tr><td>Thu, Apr 23</td><td>CA 214</td>"
            "<td>Portland (PDX) 6:40 AM</td><td>San Francisco (SFO) 8:25 AM</td></tr>"
            "<tr><td>Thu, Apr 23</td><td>CA 229</td><td>San Francisco (SFO) 7:10 PM</td>"
            "<td>Portland (PDX) 8:59 PM</td></tr></table>"
            "<p>Passenger: TOMASZ NOWAK &middot; Seat 8C / 11A &middot; Main Cabin</p>"
            "<p>Flying out for a job interview or a big meeting? Add Priority Boarding for $19 and "
            "never worry about overhead bin space.</p>"
            "<p>Check-in opens 24 hours before departure.</p><p>Cascadia Air</p></body></html>")
    m = msg("Cascadia Air <reservations@cascadia-air.example>", owner,
            "Your Cascadia Air confirmation QX7LMB - Portland to San Francisco", d1, owner,
            msgid=mid("c22-1", "cascadia-air.example"))
    m.set_content(html, subtype="html", cte="base64")
    ical = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Cascadia Air//Trips//EN", "METHOD:PUBLISH",
                "BEGIN:VEVENT", "UID:" + uid("c22") + "@cascadia-air.example", "DTSTAMP:" + z(d1),
                "DTSTART:" + z(s), "DTEND:" + z(e), "SUMMARY:Flight CA 214 PDX-SFO (QX7LMB)",
                "LOCATION:Portland International Airport (PDX)", "END:VEVENT", "END:VCALENDAR"])
    m.add_attachment(ical.encode(), maintype="text", subtype="calendar", filename="CA214.ics")
    save("01-flight-confirmation.eml", m)
    d2 = T(2026, 4, 18, 7, 30, tz, "Sat")
    m = msg("Cascadia Air <reservations@cascadia-air.example>", owner,
            "Schedule change for your trip QX7LMB", d2, owner, msgid=mid("c22-2", "cascadia-air.example"))
    m.set_content("Hi Tomasz,\n\nYour return flight CA 229 on Thu, Apr 23 now departs San Francisco at "
                  "7:40 PM (was 7:10 PM) and arrives Portland at 9:29 PM. No action is needed. If the new "
                  "time doesn't work, call us at 1-800-555-0199.\n\nCascadia Air\n")
    save("02-schedule-change.eml", m)


def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name.startswith("b9-"):
            shutil.rmtree(p)
    for fn in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               c14, c15, c16, c17, c18, c19, c20, c21, c22]:
        fn()
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind9 - calendar/time edge cases + terse real-world mail (written blind)\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=100)


if __name__ == "__main__":
    main()
