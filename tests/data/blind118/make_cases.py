#!/usr/bin/env python3
"""Deterministic generator for the blind118 interview-detection set.

Written blind (without reading the detector or other test cases). All people, companies and
domains are invented (.example / example.com). Re-running rewrites every case folder and labels.yaml.
Only stdlib + PyYAML + zoneinfo.
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
OWNER = "nell.oyelaran@mail.example"
OWNER_NAME = "Nell Oyelaran"
WORK = "n.oyelaran@harborlight.example"  # her current job (Harborlight Insurance)

NY = ZoneInfo("America/New_York")
CHI = ZoneInfo("America/Chicago")
LA = ZoneInfo("America/Los_Angeles")
LON = ZoneInfo("Europe/London")
BER = ZoneInfo("Europe/Berlin")
KOL = ZoneInfo("Asia/Kolkata")
TOR = ZoneInfo("America/Toronto")
UTC = timezone.utc

LABELS = {}


# ----------------------------------------------------------------------------- helpers
def D(y, mo, d, h=0, mi=0, tz=NY):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def check_dow(d, name):
    assert d.strftime("%a") == name, (d, d.strftime("%a"), name)
    return d


def zutc(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(d):
    return d.strftime("%Y%m%dT%H%M%S")


def fold(line):
    b = line.encode("utf-8")
    parts = []
    first = True
    while len(b) > (75 if first else 74):
        cut = 75 if first else 74
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut])
        b = b[cut:]
        first = False
    parts.append(b)
    return b"\r\n ".join(parts).decode("utf-8")


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def vtz_rules(tzid, std_off, dst_off, std_name=None, dst_name=None, kind="us", start="16010101"):
    """Hand-written VTIMEZONE. kind: us (2nd Sun Mar / 1st Sun Nov), eu (last Sun Mar / Oct), none."""
    out = ["BEGIN:VTIMEZONE", "TZID:" + tzid]
    if kind == "none":
        out += ["BEGIN:STANDARD", "DTSTART:%sT000000" % start, "TZOFFSETFROM:" + std_off,
                "TZOFFSETTO:" + std_off]
        if std_name:
            out.append("TZNAME:" + std_name)
        out += ["END:STANDARD", "END:VTIMEZONE"]
        return out
    if kind == "us":
        s_start, s_rule = "T020000", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11"
        d_start, d_rule = "T020000", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"
        s_day, d_day = start[:4] + "1104", start[:4] + "0311"
    else:  # eu
        s_start, s_rule = "T030000" if std_off != "+0000" else "T020000", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"
        d_start, d_rule = "T020000" if std_off != "+0000" else "T010000", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"
        s_day, d_day = start[:4] + "1028", start[:4] + "0325"
    out += ["BEGIN:STANDARD", "DTSTART:" + s_day + s_start, "RRULE:" + s_rule,
            "TZOFFSETFROM:" + dst_off, "TZOFFSETTO:" + std_off]
    if std_name:
        out.append("TZNAME:" + std_name)
    out += ["END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:" + d_day + d_start, "RRULE:" + d_rule,
            "TZOFFSETFROM:" + std_off, "TZOFFSETTO:" + dst_off]
    if dst_name:
        out.append("TZNAME:" + dst_name)
    out += ["END:DAYLIGHT", "END:VTIMEZONE"]
    return out


def vtz_ny(tzid="America/New_York"):
    return vtz_rules(tzid, "-0500", "-0400", "EST", "EDT", "us", "1970")


def vtz_la(tzid="America/Los_Angeles"):
    return vtz_rules(tzid, "-0800", "-0700", "PST", "PDT", "us", "1970")


def vtz_london(tzid="Europe/London"):
    return vtz_rules(tzid, "+0000", "+0100", "GMT", "BST", "eu", "1970")


def vtz_kolkata():
    return vtz_rules("Asia/Kolkata", "+0530", "+0530", "IST", None, "none", "19700101")


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True, cutype=True):
    p = "ATTENDEE;"
    if cutype:
        p += "CUTYPE=INDIVIDUAL;"
    p += "ROLE=%s;PARTSTAT=%s;" % (role, partstat)
    if rsvp:
        p += "RSVP=TRUE;"
    p += 'CN="%s":mailto:%s' % (name, email) if ("," in name or ";" in name or ":" in name) \
        else "CN=%s:mailto:%s" % (name, email)
    return p


def org(name, email):
    return "ORGANIZER;CN=%s:mailto:%s" % (name, email)


def msgid(case, n, domain):
    h = hashlib.sha1(("%s/%s" % (case, n)).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16], h[16:28], domain)


def uidgen(case, n, suffix="example"):
    h = hashlib.sha1(("uid/%s/%s" % (case, n)).encode()).hexdigest()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32]) + ("@" + suffix if suffix else "")


def received(host, ip, when, to=OWNER):
    return ("from %s (%s [%s]) by mx.mail.example with ESMTPS id %s for <%s>; %s" % (host, host, ip, hashlib.md5(host.encode() + str(when).encode()).hexdigest()[:12],
                              to, format_datetime(when)))


def mail(*, frm, to, subject, date, mid, cc=None, reply_to=None, sender=None, in_reply_to=None,
         references=None, extra=(), text=None, html=None, text_cte=None, html_cte=None,
         cal=None, cal_method="REQUEST", cal_cte=None, attachments=(), delivered_to=OWNER,
         recv=None, return_path=None):
    m = EmailMessage()
    if delivered_to:
        m["Delivered-To"] = delivered_to
    if recv:
        m["Received"] = received(*recv)
    if return_path:
        m["Return-Path"] = "<%s>" % return_path
    for k, v in extra:
        m[k] = v
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = references
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=text_cte) if text_cte else m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte) if html_cte else \
                m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte) if html_cte else m.set_content(html, subtype="html")
    if cal is not None:
        kw = {"subtype": "calendar", "params": {"method": cal_method}}
        if cal_cte:
            kw["cte"] = cal_cte
        if text is None and html is None:
            m.set_content(cal, **kw)
        else:
            m.add_alternative(cal, **kw)
    for fname, data, maintype, subtype, params in attachments:
        m.add_attachment(data.encode("utf-8") if isinstance(data, str) else data, maintype=maintype,
                         subtype=subtype, filename=fname, params=params or {})
    return m


def ics_att(fname, cal, method=None, app=False):
    if app:
        return (fname, cal, "application", "ics", {})
    return (fname, cal, "text", "calendar", {"method": method} if method else {})


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def gtime(start, end):
    def h(d):
        s = d.strftime("%I").lstrip("0")
        if d.minute:
            s += ":%02d" % d.minute
        return s + d.strftime("%p").lower()
    return "%s %s - %s (%s)" % (start.strftime("%a %b %-d, %Y"), h(start), h(end), start.tzname())


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


class Case:
    def __init__(self, cid, category, difficulty, notes, interviews=()):
        self.cid = cid
        self.dir = os.path.join(HERE, cid)
        if os.path.isdir(self.dir):
            shutil.rmtree(self.dir)
        os.makedirs(self.dir)
        LABELS[cid] = {"user": OWNER, "interview": bool(interviews), "interviews": list(interviews),
                       "difficulty": difficulty, "category": category, "notes": notes,
                       "source": "synthetic"}

    def eml(self, name, msg):
        for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
            part.set_boundary("%s_%02d_%s" % ("=_b118", i, hashlib.md5((self.cid + name + str(i)).encode())
                                                .hexdigest()[:24]))
        with open(os.path.join(self.dir, name + ".eml"), "wb") as f:
            f.write(msg.as_bytes(policy=policy.default.clone(max_line_length=998)))

    def ics(self, name, text):
        with open(os.path.join(self.dir, name + ".ics"), "wb") as f:
            f.write(text.encode("utf-8"))

    def gcal(self, name, obj):
        with open(os.path.join(self.dir, name + ".gcal.json"), "w") as f:
            json.dump(obj, f, indent=2, ensure_ascii=False)
            f.write("\n")


def google_invite(case, n, *, organizer, guests, summary, start, end, description, uid, seq=0,
                  sent, method="REQUEST", updated=False, changed=None, location="", meet="xyz-abcd-efg",
                  tzlong="Eastern Time - New York", all_day=False):
    """Google Calendar style invitation e-mail (multipart/mixed; text, html, text/calendar, invite.ics)."""
    oname, oemail = organizer
    if all_day:
        when_txt = start.strftime("%A %b %-d, %Y")
        subj_when = start.strftime("%a %b %-d, %Y")
    else:
        when_txt = "%s ⋅ %s" % (start.strftime("%A %b %-d, %Y"), gtime(start, end).split(", %d " % start.year)[1])
        subj_when = gtime(start, end)
    prefix = "Updated invitation" if updated else "Invitation"
    if method == "CANCEL":
        prefix = "Canceled event"
    subject = "%s: %s @ %s (%s)" % (prefix, summary, subj_when, OWNER)
    guest_txt = "\n".join("%s%s\n%s" % (g[0], " - organizer" if g[1] == oemail else "", g[1]) for g in guests)
    lines = []
    if updated and changed:
        lines += ["This event has been updated", "Changed: " + changed, ""]
    lines += [summary, when_txt, "" if all_day else tzlong, ""]
    if not all_day:
        lines += ["Join with Google Meet", "https://meet.google.example/%s" % meet, ""]
    if location:
        lines += ["Location", location, ""]
    lines += ["Organizer", oname, oemail, "", "Guests", guest_txt, OWNER,
              "View all guest info https://calendar.google.example/calendar/event?action=VIEW&eid=%s" % uid[:20],
              "", description, "",
              "Reply for %s and view more details https://calendar.google.example/calendar/event?action=VIEW&eid=%s"
              % (OWNER, uid[:20]), "", "~~//~~", "Invitation from Google Calendar: https://calendar.google.example/calendar/",
              "", "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, be added "
              "to the guest list, invite others regardless of their own invitation status, or modify your RSVP."]
    text = "\n".join(lines) + "\n"
    html = ("<html><body><div itemscope itemtype=\"http://schema.org/Event\">"
            + ("<p><b>This event has been updated</b><br>Changed: %s</p>" % changed if updated and changed else "")
            + "<h2 itemprop=\"name\">%s</h2><p><b>When</b><br>%s<br>%s</p>" % (summary, when_txt, "" if all_day else tzlong)
            + "<p><b>Organizer</b><br>%s &lt;%s&gt;</p><p><b>Guests</b><br>%s</p>" % (
                oname, oemail, "<br>".join("%s &lt;%s&gt;" % g for g in guests + [(OWNER, OWNER)]))
            + "<div>%s</div>" % description.replace("\n", "<br>")
            + "<p style=\"color:#888\">Invitation from Google Calendar</p></div></body></html>\n")
    vev = ["BEGIN:VEVENT"]
    if all_day:
        vev += ["DTSTART;VALUE=DATE:" + start.strftime("%Y%m%d"), "DTEND;VALUE=DATE:" + end.strftime("%Y%m%d")]
    else:
        vev += ["DTSTART:" + zutc(start), "DTEND:" + zutc(end)]
    vev += ["DTSTAMP:" + zutc(sent), org(oname, oemail), "UID:" + uid]
    for g in guests:
        ps = "ACCEPTED" if g[1] == oemail else "NEEDS-ACTION"
        vev.append(att(g[0], g[1], ps, rsvp=g[1] != oemail))
    vev.append(att(OWNER, OWNER, "NEEDS-ACTION"))
    vev += ["X-MICROSOFT-CDO-OWNERAPPTID:-%d" % (int(hashlib.md5(uid.encode()).hexdigest()[:7], 16)),
            "CREATED:" + zutc(sent - timedelta(minutes=3)),
            "DESCRIPTION:" + esc(description + ("\n\nJoin with Google Meet: https://meet.google.example/%s" % meet
                                                if not all_day else "")),
            "LAST-MODIFIED:" + zutc(sent), "LOCATION:" + esc(location), "SEQUENCE:%d" % seq,
            "STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"),
            "SUMMARY:" + esc(summary), "TRANSP:" + ("TRANSPARENT" if all_day else "OPAQUE"), "END:VEVENT"]
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:" + method] + vev + ["END:VCALENDAR"])
    dom = oemail.split("@")[1]
    return mail(frm="%s <%s>" % (oname, oemail), to=OWNER, subject=subject, date=sent,
                mid="<calendar-%s@google.example>" % uidgen(case, n, None),
                reply_to="%s <%s>" % (oname, oemail), sender="Google Calendar <calendar-notification@google.example>",
                return_path="3cal%s@calendar-server.bounces.google.example" % hashlib.md5(uid.encode()).hexdigest()[:10],
                recv=("mail-sor-f69.google.example", "209.85.220.69", sent),
                text=text, html=html, text_cte="base64", html_cte="quoted-printable",
                cal=cal, cal_method=method, cal_cte="7bit" if cal.isascii() else "base64",
                attachments=[ics_att("invite.ics", cal, app=True)]), cal


def outlook_invite(*, organizer, required, optional=(), subject, start, end, tzid, vtz, when_label,
                   body, uid, seq, sent, mid, method="REQUEST", location="Microsoft Teams Meeting",
                   to_hdr=None, delivered_to=OWNER, extra_hdrs=(), teams=True, rrule=None,
                   cancelled=False, cc_hdr=None):
    oname, oemail = organizer
    teams_txt = ("\n________________________________________________________________________________\n"
                 "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                 "Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0>\n"
                 "Meeting ID: %s\nPasscode: %s\n"
                 "________________________________________________________________________________\n"
                 % (hashlib.md5(uid.encode()).hexdigest(), " ".join(
                     [str(int(hashlib.md5(uid.encode()).hexdigest()[i:i + 4], 16) % 900 + 100) for i in (0, 4, 8, 12)]),
                    hashlib.md5(uid.encode()).hexdigest()[20:26]) if teams else "")
    text = "When: %s\nWhere: %s\n\n*~*~*~*~*~*~*~*~*~*\n\n%s%s" % (when_label, location, body, teams_txt)
    tz_param = ('TZID="%s"' % tzid) if any(c in tzid for c in ":;,") else "TZID=" + tzid
    vev = ["BEGIN:VEVENT", org(oname, oemail)]
    for a in required:
        vev.append(att(a[0], a[1], "NEEDS-ACTION", cutype=False))
    for a in optional:
        vev.append(att(a[0], a[1], "NEEDS-ACTION", role="OPT-PARTICIPANT", cutype=False))
    vev += ["DESCRIPTION;LANGUAGE=en-US:" + esc(body + teams_txt)]
    if rrule:
        vev.append("RRULE:" + rrule)
    vev += ["UID:" + uid, "SUMMARY;LANGUAGE=en-US:" + esc(subject.split(": ", 1)[1] if cancelled else subject),
            "DTSTART;%s:%s" % (tz_param, loc(start)), "DTEND;%s:%s" % (tz_param, loc(end)),
            "CLASS:PUBLIC", "PRIORITY:%d" % (1 if cancelled else 5), "DTSTAMP:" + zutc(sent),
            "TRANSP:OPAQUE", "STATUS:" + ("CANCELLED" if cancelled else "CONFIRMED"), "SEQUENCE:%d" % seq,
            "LOCATION;LANGUAGE=en-US:" + esc(location),
            "X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % seq,
            "X-MICROSOFT-CDO-OWNERAPPTID:%d" % (int(hashlib.md5(uid.encode()).hexdigest()[:8], 16) % 2000000000),
            "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if cancelled else "TENTATIVE"),
            "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if cancelled else "BUSY"),
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:%d" % (2 if cancelled else 1),
            "X-MICROSOFT-CDO-INSTTYPE:%d" % (1 if rrule else 0), "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
            "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
            "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
    if not cancelled:
        vev += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                "END:VALARM"]
    vev.append("END:VEVENT")
    cal = ics(["BEGIN:VCALENDAR", "METHOD:" + method, "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
              + vtz + vev + ["END:VCALENDAR"])
    to_hdr = to_hdr or ", ".join(["%s <%s>" % a for a in required])
    hdrs = [("Thread-Topic", subject.split(": ", 1)[1] if cancelled else subject),
            ("Thread-Index", "AQHc" + hashlib.md5(uid.encode()).hexdigest()[:20] + "=="),
            ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
            ("Content-class", "urn:content-classes:calendarmessage")] + list(extra_hdrs)
    return mail(frm="%s <%s>" % (oname, oemail), to=to_hdr, cc=cc_hdr, subject=subject, date=sent, mid=mid,
                extra=hdrs, text=text, text_cte="quoted-printable", cal=cal, cal_method=method,
                cal_cte="base64", delivered_to=delivered_to,
                recv=("NAM11-BN8-obe.outbound.protection.outlook.example", "40.107.236.%d" % (seq + 40), sent)), cal


SIG_NELL = "Nell Oyelaran\nData Analyst | Boston, MA\n(617) 555-0148\n"


# ----------------------------------------------------------------------------- positives
def c01():
    cid = "b118-01-ashby-confirmation-ics-duration-no-dtend"
    s = check_dow(D(2026, 3, 3, 10, 0), "Tue"); e = s + timedelta(minutes=45)
    c = Case(cid, "positive/ats-ics-duration", "medium",
             "Ashby-style confirmation; .ics has DURATION:PT45M instead of DTEND. Recruiter Bea coordinates; "
             "Tomasz (Analytics Manager) interviews.",
             [iv("Quillfeather Analytics", "Data Analyst, Growth", s, e, "scheduled",
                 ["tomasz.wierzbicki@quillfeather.example"], ["tomasz.wierzbicki@quillfeather.example"], "technical")])
    sent = D(2026, 2, 25, 16, 12)
    uid = uidgen(cid, 1, "ashbyhq.example")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Ashby//Interview Scheduling//EN", "METHOD:REQUEST",
               "CALSCALE:GREGORIAN"] + vtz_ny() +
              ["BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + zutc(sent),
               "DTSTART;TZID=America/New_York:" + loc(s), "DURATION:PT45M",
               "SUMMARY:Quillfeather Analytics - SQL & Metrics Interview (Nell Oyelaran)",
               "DESCRIPTION:" + esc("Interviewer: Tomasz Wierzbicki (Analytics Manager)\nFormat: live SQL in a shared "
                                    "editor + a metrics-definition discussion\nZoom: https://quillfeather.zoom.example/j/84120937751"),
               "LOCATION:https://quillfeather.zoom.example/j/84120937751",
               org("Quillfeather Recruiting", "no-reply@ashbyhq.example"),
               att("Nell Oyelaran", OWNER), att("Tomasz Wierzbicki", "tomasz.wierzbicki@quillfeather.example", rsvp=False),
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Nell,</p>
<p>Your interview for <b>Data Analyst, Growth</b> at <b>Quillfeather Analytics</b> is confirmed.</p>
<table cellpadding="4">
<tr><td><b>When</b></td><td>Tuesday, March 3, 2026<br>10:00 AM &ndash; 10:45 AM EST</td></tr>
<tr><td><b>Interview</b></td><td>SQL &amp; Metrics Interview (45 min)</td></tr>
<tr><td><b>With</b></td><td>Tomasz Wierzbicki, Analytics Manager</td></tr>
<tr><td><b>Where</b></td><td><a href="https://quillfeather.zoom.example/j/84120937751">Zoom</a></td></tr>
</table>
<p>Tomasz will share a SQL editor link at the start. No prep needed beyond being comfortable with joins and window functions.</p>
<p>If you need to reschedule, just reply to this email and Bea will help.</p>
<p>Bea Salonga<br>Recruiting Coordinator, Quillfeather Analytics<br>
88 Summer St, Floor 5, Boston MA 02110</p>
<p style="font-size:11px;color:#999">Sent via Ashby &middot; <a href="https://app.ashbyhq.example/candidate">Manage your application</a></p>
</body></html>
"""
    m = mail(frm="Quillfeather Analytics <no-reply@ashbyhq.example>", to="Nell Oyelaran <%s>" % OWNER,
             reply_to="Bea Salonga <bea.salonga@quillfeather.example>",
             subject="Interview confirmed: Quillfeather Analytics - Data Analyst, Growth", date=sent,
             mid=msgid(cid, 1, "ashbyhq.example"), html=html, html_cte="quoted-printable",
             attachments=[ics_att("interview.ics", cal, "REQUEST")],
             recv=("o12.email.ashbyhq.example", "167.89.12.44", sent))
    c.eml("01-ashby-interview-confirmed", m)


def c02():
    cid = "b118-02-fastmail-invite-floating-xwr-chicago"
    s = check_dow(D(2026, 3, 10, 14, 0, CHI), "Tue"); e = s + timedelta(minutes=45)
    imani = "imani@lakeshoreledger.example"; glen = "glen.okonkwo@lakeshoreledger.example"
    c = Case(cid, "positive/thread-plus-fastmail-floating", "hard",
             "Fastmail invite with X-WR-TIMEZONE:America/Chicago and floating DTSTART 14:00 (CDT, two days after "
             "US DST start). Thread says 2pm Central / 3pm Boston. Hiring manager Glen interviews; Imani coordinates.",
             [iv("Lakeshore Ledger", "Data Analyst, Risk", s, e, "scheduled", [glen], [glen], "hiring_manager")])
    t1 = D(2026, 3, 4, 11, 2, CHI)
    body1 = ("Hi Nell,\n\nThanks for the great chat on Monday. Glen Okonkwo, our Head of Risk Analytics, would like to\n"
             "meet you for a 45-minute hiring manager conversation about the Data Analyst, Risk role.\n\n"
             "Could you do Tuesday 3/10 at 2pm Central (3pm your time)? If not, Wednesday morning is open too.\n\n"
             "Best,\nImani\n\n--\nImani Crowder | Talent Partner\nLakeshore Ledger\n"
             "150 N Wacker Dr, Suite 2100, Chicago, IL 60606\nm: (312) 555-0192\n")
    m1 = mail(frm="Imani Crowder <%s>" % imani, to="Nell Oyelaran <%s>" % OWNER,
              subject="Next step - Lakeshore Ledger", date=t1, mid=msgid(cid, 1, "lakeshoreledger.example"),
              extra=[("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-183-g8f2a4d1c-fm-20260301.001")], text=body1,
              recv=("fout-b4-smtp.messagingengine.example", "202.12.124.147", t1))
    c.eml("01-imani-next-step", m1)
    t2 = D(2026, 3, 4, 12, 40, NY)
    body2 = ("Hi Imani,\n\nTuesday at 2pm Central works for me. Looking forward to meeting Glen.\n\nBest,\n" + SIG_NELL
             + "\nOn Wed, Mar 4, 2026 at 12:02 PM Imani Crowder <%s> wrote:\n" % imani + quote(body1) + "\n")
    m2 = mail(frm="Nell Oyelaran <%s>" % OWNER, to="Imani Crowder <%s>" % imani, subject="Re: Next step - Lakeshore Ledger",
              date=t2, mid=msgid(cid, 2, "mail.example"), in_reply_to=m1["Message-ID"], references=m1["Message-ID"],
              text=body2)
    c.eml("02-re-next-step", m2)
    t3 = D(2026, 3, 4, 12, 55, CHI)
    uid = uidgen(cid, 3, None)
    desc = ("Hiring manager conversation for Data Analyst, Risk with Glen Okonkwo.\n"
            "Video: https://whereby.example/lakeshore-ledger-glen")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Fastmail/2020.5/EN", "METHOD:REQUEST",
               "X-WR-TIMEZONE:America/Chicago", "X-WR-CALNAME:Recruiting",
               "BEGIN:VEVENT", "UID:" + uid, "SEQUENCE:0", "DTSTAMP:" + zutc(t3), "CREATED:" + zutc(t3),
               "DTSTART:" + loc(s), "DTEND:" + loc(e),
               "SUMMARY:Nell Oyelaran <> Glen Okonkwo (Lakeshore Ledger)", "DESCRIPTION:" + esc(desc),
               "LOCATION:https://whereby.example/lakeshore-ledger-glen", org("Imani Crowder", imani),
               att("Imani Crowder", imani, "ACCEPTED", rsvp=False), att("Glen Okonkwo", glen, "ACCEPTED", rsvp=False),
               att("Nell Oyelaran", OWNER), "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    body3 = ("Imani Crowder has invited you to an event:\n\n"
             "Nell Oyelaran <> Glen Okonkwo (Lakeshore Ledger)\n"
             "When: Tuesday, 10 March 2026 2:00pm – 2:45pm\n"
             "Where: https://whereby.example/lakeshore-ledger-glen\n\n"
             "Participants:\n  Imani Crowder <%s> (organizer)\n  Glen Okonkwo <%s>\n  Nell Oyelaran <%s>\n\n"
             "%s\n\nThis invitation was sent from Fastmail. To accept or decline, open the attached file in your "
             "calendar.\n" % (imani, glen, OWNER, desc))
    m3 = mail(frm="Imani Crowder <%s>" % imani, to="Nell Oyelaran <%s>" % OWNER,
              subject="Invitation: Nell Oyelaran <> Glen Okonkwo (Lakeshore Ledger) @ Tue 10 Mar 2026 2:00pm",
              date=t3, mid=msgid(cid, 3, "lakeshoreledger.example"),
              extra=[("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-183-g8f2a4d1c-fm-20260301.001")],
              text=body3, cal=cal, cal_cte="quoted-printable", attachments=[ics_att("invite.ics", cal, "REQUEST")],
              recv=("fout-b4-smtp.messagingengine.example", "202.12.124.147", t3))
    c.eml("03-fastmail-invitation", m3)


def c03():
    cid = "b118-03-exchange-utc-label-tzid-day-after-dst"
    s = check_dow(D(2026, 3, 9, 13, 0), "Mon"); e = s + timedelta(minutes=45)
    priya = "praman@marlowefinch.example"; colm = "cderrane@marlowefinch.example"
    tzid = "(UTC-05:00) Eastern Time (US & Canada)"
    c = Case(cid, "positive/outlook-custom-tzid", "hard",
             "Exchange invite whose VTIMEZONE TZID is the display label '(UTC-05:00) Eastern Time (US & Canada)'; "
             "sent before DST, meeting on Mar 9 (day after US DST start) so the offset is -04:00. Priya coordinates.",
             [iv("Marlowe & Finch Health", "Data Analyst II (Population Health)", s, e, "scheduled", [colm], [colm],
                 "hiring_manager")])
    sent = D(2026, 3, 2, 9, 47)
    body = ("Hi Nell,\n\nThank you for making time to meet with Colm Derrane, Director of Population Health "
            "Analytics, for a 45-minute conversation about the Data Analyst II role. I'm only coordinating and "
            "won't be joining the call.\n\nPlease use the Teams link below. If anything changes, reply to me "
            "directly.\n\nKind regards,\nPriya Raman\nTalent Acquisition Coordinator\nMarlowe & Finch Health\n"
            "One Longwood Place, Boston, MA 02115 | 617-555-0133\n")
    m, cal = outlook_invite(organizer=("Priya Raman", priya),
                            required=[("Nell Oyelaran", OWNER), ("Colm Derrane", colm)],
                            subject="Interview - Nell Oyelaran - Data Analyst II (Population Health)",
                            start=s, end=e, tzid=tzid, vtz=vtz_rules(tzid, "-0500", "-0400", kind="us"),
                            when_label="Monday, March 9, 2026 1:00 PM-1:45 PM (UTC-05:00) Eastern Time (US & Canada).",
                            body=body, uid="040000008200E00074C5B7101A82E00800000000%s" % hashlib.md5(cid.encode()).hexdigest().upper(),
                            seq=0, sent=sent, mid="<BL1PR12MB%s@BL1PR12MB5921.namprd12.prod.outlook.example>" %
                                                  hashlib.md5(cid.encode()).hexdigest()[:24].upper())
    c.eml("01-outlook-interview-invite", m)


def c04():
    cid = "b118-04-onsite-two-vevents-one-ics-html-only"
    day = check_dow(D(2026, 4, 16, 9, 30), "Thu")
    s1, e1 = day, D(2026, 4, 16, 11, 30); s2, e2 = D(2026, 4, 16, 13, 0), D(2026, 4, 16, 15, 0)
    cora = "cora.lindqvist@copperlinebio.example"
    ints = [("Wen Hsu", "wen.hsu@copperlinebio.example"), ("Mateo Arriaga", "mateo.arriaga@copperlinebio.example"),
            ("Shauna Kilbride", "shauna.kilbride@copperlinebio.example"), ("Obi Nwankwo", "obi.nwankwo@copperlinebio.example")]
    c = Case(cid, "positive/onsite-two-vevents", "hard",
             "HTML-only itinerary plus one .ics with two VEVENTs (morning block 9:30-11:30, afternoon 1:00-3:00, "
             "lunch between). One onsite 9:30-15:00 EDT with four interviewers; Cora coordinates.",
             [iv("Copperline Biotech", "Clinical Data Analyst", s1, e2, "scheduled", [a[1] for a in ints],
                 [a[1] for a in ints], "onsite")])
    sent = D(2026, 4, 9, 15, 20)
    html = """<html><head><style>td{padding:4px 10px;border-bottom:1px solid #ddd}</style></head><body>
<p>Hi Nell,</p>
<p>We&rsquo;re excited to host you at our Kendall Square office on <strong>Thursday, April 16</strong> for your
onsite interview for the <strong>Clinical Data Analyst</strong> position. Your itinerary is below, and I&rsquo;ve
attached a calendar file with both interview blocks.</p>
<table>
<tr><th align="left">Time (ET)</th><th align="left">Session</th><th align="left">Interviewer(s)</th></tr>
<tr><td>9:30 &ndash; 10:30</td><td>Data modeling &amp; SQL</td><td>Wen Hsu, Senior Data Analyst</td></tr>
<tr><td>10:30 &ndash; 11:30</td><td>Stakeholder case</td><td>Mateo Arriaga, Clinical Operations Lead</td></tr>
<tr><td>11:30 &ndash; 1:00</td><td>Lunch with the analytics team (informal)</td><td>&mdash;</td></tr>
<tr><td>1:00 &ndash; 2:00</td><td>Dashboard critique (Tableau)</td><td>Shauna Kilbride, Analytics Manager</td></tr>
<tr><td>2:00 &ndash; 3:00</td><td>Hiring manager conversation</td><td>Obi Nwankwo, Director of Clinical Data</td></tr>
</table>
<p>Please check in at the front desk at 400 Binney St, Cambridge, MA 02142 around 9:15 and ask for me.
Parking validation is available in the Binney garage.</p>
<p>See you soon!<br>Cora Lindqvist<br>Recruiting Coordinator | Copperline Biotech<br>
<a href="mailto:cora.lindqvist@copperlinebio.example">cora.lindqvist@copperlinebio.example</a> &middot; (857) 555-0117</p>
</body></html>
"""
    vevs = []
    for i, (s, e, title, who) in enumerate([(s1, e1, "Copperline onsite (part 1 of 2): SQL + stakeholder case", ints[:2]),
                                            (s2, e2, "Copperline onsite (part 2 of 2): Tableau + hiring manager", ints[2:])]):
        vevs += ["BEGIN:VEVENT", "UID:" + uidgen(cid, 10 + i, "copperlinebio.example"), "DTSTAMP:" + zutc(sent),
                 "DTSTART;TZID=America/New_York:" + loc(s), "DTEND;TZID=America/New_York:" + loc(e),
                 "SUMMARY:" + esc(title), "LOCATION:" + esc("400 Binney St, Cambridge, MA 02142 - Room 3B"),
                 org("Cora Lindqvist", cora), att("Nell Oyelaran", OWNER)]
        vevs += [att(n, a, rsvp=False) for n, a in who]
        vevs += ["DESCRIPTION:" + esc("Candidate: Nell Oyelaran - Clinical Data Analyst\nInterviewers: "
                                      + ", ".join(n for n, _ in who)), "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT"]
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Copperline Biotech//Recruiting//EN", "METHOD:REQUEST"]
              + vtz_ny() + vevs + ["END:VCALENDAR"])
    m = mail(frm="Cora Lindqvist <%s>" % cora, to="Nell Oyelaran <%s>" % OWNER,
             subject="Your onsite itinerary - Thursday 4/16", date=sent, mid=msgid(cid, 1, "copperlinebio.example"),
             extra=[("X-Mailer", "Microsoft Outlook 16.0")],
             html=html, html_cte="base64", attachments=[ics_att("Copperline_onsite_Apr16.ics", cal, "REQUEST")],
             recv=("mail-bn8nam11.copperlinebio.example", "40.107.236.91", sent))
    c.eml("01-onsite-itinerary", m)


def c05():
    cid = "b118-05-exchange-cancel-then-new-uid-rebook"
    s_old = check_dow(D(2026, 3, 18, 11, 0), "Wed"); e_old = s_old + timedelta(hours=1)
    s_new = check_dow(D(2026, 3, 23, 15, 30), "Mon"); e_new = s_new + timedelta(hours=1)
    hana = "hana.mcgrath@pellworth.example"; ru = "ruairi.fennelly@pellworth.example"
    c = Case(cid, "positive/cancel-then-rebook-new-event", "hard",
             "Company cancels (METHOD:CANCEL, interviewer sick) then sends a brand-new event with a different UID and "
             "bumped SEQUENCE, no RECURRENCE-ID. Per rules: one cancelled entry + one scheduled entry. TZID "
             "'Eastern Standard Time' for EDT dates.",
             [iv("Pellworth Logistics", "Supply Chain Data Analyst", s_old, e_old, "cancelled", [ru], [ru], "technical"),
              iv("Pellworth Logistics", "Supply Chain Data Analyst", s_new, e_new, "scheduled", [ru], [ru], "technical")])
    tzid = "Eastern Standard Time"
    vtz = vtz_rules(tzid, "-0500", "-0400", kind="us")
    base = ("Hi Nell,\n\nThis is your technical interview for the Supply Chain Data Analyst role. Ruairi Fennelly "
            "(Senior Analyst, Network Planning) will walk through a SQL exercise and a short Excel/Tableau case "
            "with you. I'll be around if you need anything but won't join.\n\nThanks,\nHana McGrath\n"
            "Recruiter | Pellworth Logistics\n100 Front St, Worcester, MA 01608\nDirect: 508-555-0163\n")
    uid_a = "040000008200E00074C5B7101A82E00800000000" + hashlib.md5((cid + "a").encode()).hexdigest().upper()
    uid_b = "040000008200E00074C5B7101A82E00800000000" + hashlib.md5((cid + "b").encode()).hexdigest().upper()
    subj = "Technical Interview: Nell Oyelaran / Supply Chain Data Analyst"
    req = [("Nell Oyelaran", OWNER), ("Ruairi Fennelly", ru)]
    m1, _ = outlook_invite(organizer=("Hana McGrath", hana), required=req, subject=subj, start=s_old, end=e_old,
                           tzid=tzid, vtz=vtz, when_label="Wednesday, March 18, 2026 11:00 AM-12:00 PM (UTC-05:00) Eastern Time (US & Canada).",
                           body=base, uid=uid_a, seq=0, sent=D(2026, 3, 11, 10, 5), mid=msgid(cid, 1, "pellworth.example"))
    c.eml("01-invite-wed-mar18", m1)
    cbody = ("Hi Nell,\n\nI'm so sorry - Ruairi is out sick this week, so I have to cancel Wednesday's interview. "
             "I'll send a new invite shortly once I have his calendar for next week.\n\nApologies again,\nHana\n")
    m2, _ = outlook_invite(organizer=("Hana McGrath", hana), required=req, subject="Canceled: " + subj, start=s_old,
                           end=e_old, tzid=tzid, vtz=vtz,
                           when_label="Wednesday, March 18, 2026 11:00 AM-12:00 PM (UTC-05:00) Eastern Time (US & Canada).",
                           body=cbody, uid=uid_a, seq=1, sent=D(2026, 3, 16, 8, 31), mid=msgid(cid, 2, "pellworth.example"),
                           method="CANCEL", cancelled=True)
    c.eml("02-canceled-wed-mar18", m2)
    nbody = ("Hi Nell,\n\nThanks for your flexibility! Here's the new time for your technical interview with Ruairi "
             "- Monday, March 23 at 3:30pm ET.\n\n" + base.split("\n\n", 1)[1])
    m3, _ = outlook_invite(organizer=("Hana McGrath", hana), required=req, subject=subj, start=s_new, end=e_new,
                           tzid=tzid, vtz=vtz, when_label="Monday, March 23, 2026 3:30 PM-4:30 PM (UTC-05:00) Eastern Time (US & Canada).",
                           body=nbody, uid=uid_b, seq=2, sent=D(2026, 3, 16, 14, 2), mid=msgid(cid, 3, "pellworth.example"))
    c.eml("03-new-invite-mon-mar23", m3)


def apple_mail(cid, n, *, sent, dana, s, e, seq, uid, update):
    title = "Saltmarsh Labs - Nell / Dana (Data Analyst, round 2)"
    desc = ("Second-round interview for the Data Analyst role: product analytics deep-dive with Dana "
            "(co-founder). Zoom: https://saltmarsh.zoom.example/j/93310045812")
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "VERSION:2.0", "PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN",
               "CALSCALE:GREGORIAN"] + vtz_la() +
              ["BEGIN:VEVENT", "ATTENDEE;CN=Dana Whitlock;CUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:%s"
               % (dana, dana),
               "ATTENDEE;CN=Nell Oyelaran;CUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE"
               ":mailto:%s" % (OWNER, OWNER),
               "CREATED:20260305T180210Z", "DESCRIPTION:" + esc(desc), "DTEND;TZID=America/Los_Angeles:" + loc(e),
               "DTSTAMP:" + zutc(sent), "DTSTART;TZID=America/Los_Angeles:" + loc(s),
               "LAST-MODIFIED:" + zutc(sent), "LOCATION:https://saltmarsh.zoom.example/j/93310045812",
               "ORGANIZER;CN=Dana Whitlock;EMAIL=%s:mailto:%s" % (dana, dana), "SEQUENCE:%d" % seq,
               "SUMMARY:" + esc(title), "TRANSP:OPAQUE", "UID:" + uid, "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
               "END:VEVENT", "END:VCALENDAR"])
    when = "%s %s to %s (PDT)" % (s.strftime("%A, %B %-d, %Y"), s.strftime("%-I:%M %p"), e.strftime("%-I:%M %p"))
    verb = "has updated" if update else "has invited you to"
    text = ("%s %s the event \"%s\".\n\n%s\n\nLocation: https://saltmarsh.zoom.example/j/93310045812\n\n"
            "Notes: %s\n\nTo respond, open the attached invitation in Calendar.\n" % ("Dana Whitlock", verb, title, when, desc))
    html = ("<html><body style=\"font-family:-apple-system,Helvetica\"><p>Dana Whitlock %s the event "
            "&ldquo;<b>%s</b>&rdquo;.</p><p>%s</p><p>%s</p></body></html>\n" % (verb, title, when, desc))
    subject = "%s: %s @ %s %s" % ("Invitation Update" if update else "Invitation", title,
                                  s.strftime("%a, %b %-d, %Y"), s.strftime("%-I:%M %p"))
    return mail(frm="Dana Whitlock <%s>" % dana, to="Nell Oyelaran <%s>" % OWNER, subject=subject, date=sent,
                mid="<%s@icloud.example>" % uidgen(cid, n, None).upper(),
                extra=[("X-Mailer", "iPhone Mail (22D72)")], text=text, html=html, cal=cal,
                attachments=[("iCal-20260305-%d.ics" % n, cal, "text", "calendar", {"method": "REQUEST"})],
                recv=("p-east3-cluster1-host4-snip4-10a.me.icloud.example", "17.57.155.27", sent))


def c06():
    cid = "b118-06-apple-invitation-update-rescheduled-twice"
    dana = "dana@saltmarshlabs.example"
    s0 = check_dow(D(2026, 3, 10, 13, 0, LA), "Tue")
    s1 = check_dow(D(2026, 3, 11, 14, 0, LA), "Wed")
    s2 = check_dow(D(2026, 3, 12, 16, 30, LA), "Thu"); e2 = s2 + timedelta(minutes=45)
    c = Case(cid, "positive/reschedule-twice-apple", "hard",
             "Apple Calendar invite, then 'Invitation Update' (moved to Wed), then founder asks for "
             "'Thu 3/12 @ 4:30p PST' (really PDT, after US DST), candidate agrees, second Invitation Update. "
             "Final: Thu Mar 12 16:30-17:15 America/Los_Angeles (-07:00).",
             [iv("Saltmarsh Labs", "Data Analyst", s2, e2, "scheduled", [dana], [dana], "hiring_manager")])
    uid = "5A1C3E0F-%s" % hashlib.md5(cid.encode()).hexdigest()[:27].upper()
    c.eml("01-apple-invitation", apple_mail(cid, 1, sent=D(2026, 3, 5, 10, 4, LA), dana=dana, s=s0,
                                            e=s0 + timedelta(minutes=45), seq=0, uid=uid, update=False))
    c.eml("02-apple-invitation-update", apple_mail(cid, 2, sent=D(2026, 3, 6, 8, 15, LA), dana=dana, s=s1,
                                                   e=s1 + timedelta(minutes=45), seq=1, uid=uid, update=True))
    t3 = D(2026, 3, 10, 17, 48, LA)
    b3 = ("Nell - ugh, so sorry, a board call just landed on top of tomorrow. Could we do Thu 3/12 @ 4:30p PST "
          "instead? Same 45 min. I'll move the invite if that works.\n\nDana\n\nSent from my iPhone\n")
    m3 = mail(frm="Dana Whitlock <%s>" % dana, to="Nell Oyelaran <%s>" % OWNER,
              subject="one more shuffle, sorry!", date=t3, mid=msgid(cid, 3, "saltmarshlabs.example"),
              extra=[("X-Mailer", "iPhone Mail (22D72)")], text=b3)
    c.eml("03-dana-one-more-shuffle", m3)
    t4 = D(2026, 3, 10, 21, 5, NY)
    b4 = ("No problem at all! Thursday at 4:30 Pacific (7:30 my time) works.\n\nNell\n\n"
          "On Mar 10, 2026, at 8:48 PM, Dana Whitlock <%s> wrote:\n\n" % dana + quote(b3) + "\n")
    m4 = mail(frm="Nell Oyelaran <%s>" % OWNER, to="Dana Whitlock <%s>" % dana, subject="Re: one more shuffle, sorry!",
              date=t4, mid=msgid(cid, 4, "mail.example"), in_reply_to=m3["Message-ID"], references=m3["Message-ID"],
              extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")], text=b4)
    c.eml("04-re-one-more-shuffle", m4)
    c.eml("05-apple-invitation-update", apple_mail(cid, 5, sent=D(2026, 3, 10, 18, 20, LA), dana=dana, s=s2,
                                                   e=e2, seq=2, uid=uid, update=True))


def c07():
    cid = "b118-07-yahoo-calendar-utc-phone-screen"
    ruth = "ruth.ambrose@yahoo.example"
    s = check_dow(D(2026, 2, 27, 10, 30), "Fri"); e = s + timedelta(minutes=30)
    c = Case(cid, "positive/yahoo-calendar-invite", "medium",
             "Nonprofit ops director (Yahoo Mail) proposes 'Friday at half past ten'; Yahoo Calendar invite in UTC "
             "(15:30Z). Phone screen, she is the interviewer.",
             [iv("Greenway Food Collective", "Data & Evaluation Analyst", s, e, "scheduled", [ruth], [ruth],
                 "phone_screen")])
    t1 = D(2026, 2, 23, 19, 12)
    b1 = ("Hello Nell,\n\nThank you for applying for our Data & Evaluation Analyst opening. I'd love to set up a "
          "short phone interview - about half an hour - to hear about your background and tell you more about our "
          "programs.\n\nWould this Friday at half past ten (Boston time) work? I'll call you at the number on your "
          "resume. I'm sending a calendar invitation from my Yahoo calendar as well.\n\nWarmly,\nRuth Ambrose\n"
          "Director of Operations, Greenway Food Collective\n27 Dudley St, Roxbury, MA 02119\n(617) 555-0175\n")
    m1 = mail(frm="Ruth Ambrose <%s>" % ruth, to="nell.oyelaran@mail.example", subject="Phone interview - Greenway",
              date=t1, mid="<1893402217.%d.1771892000@mail.yahoo.example>" % 77, text=b1,
              html="<html><body><div style=\"font-family:Helvetica Neue,Helvetica,Arial;font-size:13px\">"
                   + b1.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div></body></html>\n",
              extra=[("X-Mailer", "WebService/1.1.25260 YMailNorrin")],
              recv=("sonic301-22.consmr.mail.bf2.yahoo.example", "74.6.131.82", t1))
    c.eml("01-ruth-phone-interview", m1)
    t2 = D(2026, 2, 23, 19, 15)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Yahoo! Inc.//Yahoo! Calendar//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", "UID:" + uidgen(cid, 2, "yahoo.example"), "DTSTAMP:" + zutc(t2),
               "DTSTART:" + zutc(s), "DTEND:" + zutc(e), "SUMMARY:Phone interview - Nell Oyelaran (Greenway)",
               "DESCRIPTION:" + esc("Ruth will call Nell. Data & Evaluation Analyst."),
               org("Ruth Ambrose", ruth), att("Nell Oyelaran", OWNER, cutype=False),
               "SEQUENCE:0", "STATUS:CONFIRMED", "CLASS:PUBLIC", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    b2 = ("Ruth Ambrose invited you to an event.\n\nPhone interview - Nell Oyelaran (Greenway)\n"
          "Fri Feb 27, 2026 15:30 - 16:00 (UTC)\n\nRuth will call Nell. Data & Evaluation Analyst.\n\n"
          "Yahoo Calendar\n")
    m2 = mail(frm="Ruth Ambrose <%s>" % ruth, sender="Yahoo Calendar <calendar-noreply@yahoo.example>",
              to=OWNER, subject="Invitation: Phone interview - Nell Oyelaran (Greenway)", date=t2,
              mid="<calendar.%s@yahoo.example>" % uidgen(cid, 22, None)[:18], text=b2, cal=cal, cal_cte="base64",
              recv=("sonic301-22.consmr.mail.bf2.yahoo.example", "74.6.131.82", t2))
    c.eml("02-yahoo-calendar-invitation", m2)


def c08():
    cid = "b118-08-zoho-invite-candidate-withdraws"
    k = "karthik.s@indigoridge.example"; lak = "lakshmi.venkat@indigoridge.example"
    s = check_dow(D(2026, 3, 5, 19, 30, KOL), "Thu"); e = s + timedelta(hours=1)
    c = Case(cid, "positive/zoho-invite-candidate-cancel", "medium",
             "Zoho Calendar invite in Asia/Kolkata (7:30 PM IST = 9:00 AM EST); the candidate withdraws, recruiter "
             "confirms cancellation (no calendar cancel sent). Cancelled at its scheduled time.",
             [iv("Indigo Ridge Analytics", "Data Analyst - Client Reporting", s, e, "cancelled", [lak], [lak],
                 "technical")])
    t1 = D(2026, 2, 26, 18, 40, KOL)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Zoho Corporation//Zoho Calendar//EN", "METHOD:REQUEST",
               "CALSCALE:GREGORIAN"] + vtz_kolkata() +
              ["BEGIN:VEVENT", "UID:" + hashlib.md5(cid.encode()).hexdigest() + "@zoho.example",
               "DTSTAMP:" + zutc(t1), "DTSTART;TZID=Asia/Kolkata:" + loc(s), "DTEND;TZID=Asia/Kolkata:" + loc(e),
               "SUMMARY:Technical Round - Nell Oyelaran - Data Analyst (Client Reporting)",
               "DESCRIPTION:" + esc("Technical interview with Lakshmi Venkat (Lead Analyst). Topics: SQL, Power BI, "
                                    "stakeholder scenarios.\nZoho Meeting: https://meeting.zoho.example/meeting/4471203958"),
               org("Karthik Subramaniam", k), att("Lakshmi Venkat", lak, "ACCEPTED", rsvp=False),
               att("Nell Oyelaran", OWNER), "LOCATION:Zoho Meeting", "SEQUENCE:0", "STATUS:CONFIRMED",
               "X-ZOHO-EVENT-COLOR:#8cbf40", "END:VEVENT", "END:VCALENDAR"])
    b1 = ("Karthik Subramaniam has invited you to an event\n\nTechnical Round - Nell Oyelaran - Data Analyst "
          "(Client Reporting)\nDate: Thu, 05 Mar 2026\nTime: 07:30 PM - 08:30 PM (Asia/Kolkata)\n"
          "Location: Zoho Meeting\n\nAttendees: Lakshmi Venkat, Nell Oyelaran\n\nAccept | Maybe | Decline\n\n"
          "Zoho Calendar\n")
    m1 = mail(frm="Karthik Subramaniam <%s>" % k, sender="Zoho Calendar <noreply@calendar.zoho.example>",
              to="Nell Oyelaran <%s>" % OWNER,
              subject="Invitation: Technical Round - Nell Oyelaran - Data Analyst (Client Reporting) @ Thu, 05 Mar 2026 07:30 PM",
              date=t1, mid=msgid(cid, 1, "zoho.example"), text=b1, cal=cal, cal_cte="base64",
              attachments=[ics_att("invite.ics", cal, "REQUEST")], recv=("sender4-op-o12.zoho.example", "136.143.188.12", t1))
    c.eml("01-zoho-invitation", m1)
    t2 = D(2026, 3, 2, 8, 10)
    b2 = ("Hi Karthik,\n\nThank you and Lakshmi for your time so far. After thinking it over, I've decided to "
          "withdraw my application - the evening overlap hours the role needs won't work with my schedule.\n\n"
          "Could you please cancel Thursday's technical round? Apologies for the short notice.\n\nBest regards,\n"
          + SIG_NELL)
    m2 = mail(frm="Nell Oyelaran <%s>" % OWNER, to="Karthik Subramaniam <%s>" % k,
              subject="Withdrawing - Data Analyst (Client Reporting)", date=t2, mid=msgid(cid, 2, "mail.example"),
              text=b2)
    c.eml("02-nell-withdraws", m2)
    t3 = D(2026, 3, 2, 19, 5, KOL)
    b3 = ("Hi Nell,\n\nThanks for letting us know - completely understood. I've cancelled the technical round on "
          "5th March and informed Lakshmi. Wishing you all the best!\n\nRegards,\nKarthik Subramaniam\n"
          "Talent Acquisition, Indigo Ridge Analytics\n4th Floor, Prestige Tech Park, Bengaluru 560103\n"
          "+91 80 5550 4412\n\n" + "On Mon, 2 Mar 2026 at 18:40, Nell Oyelaran <%s> wrote:\n" % OWNER + quote(b2) + "\n")
    m3 = mail(frm="Karthik Subramaniam <%s>" % k, to="Nell Oyelaran <%s>" % OWNER,
              subject="Re: Withdrawing - Data Analyst (Client Reporting)", date=t3, mid=msgid(cid, 3, "indigoridge.example"),
              in_reply_to=m2["Message-ID"], references=m2["Message-ID"], text=b3, text_cte="quoted-printable")
    c.eml("03-re-withdrawing", m3)


def c09():
    cid = "b118-09-google-updated-invitation-description-only"
    jo = "jo.castellano@brightwaterretail.example"
    a1 = ("Femi Adebayo", "femi.adebayo@brightwaterretail.example"); a2 = ("Lucy Tran", "lucy.tran@brightwaterretail.example")
    s = check_dow(D(2026, 3, 19, 14, 0), "Thu"); e = s + timedelta(hours=1)
    c = Case(cid, "positive/google-update-same-time", "medium",
             "Recruiter e-mail ('2pm ET'), Google invite, then 'Updated invitation' where only the description "
             "changed (dataset link); time unchanged. Two-person panel (onsite kind); Jo coordinates.",
             [iv("Brightwater Retail", "Merchandising Data Analyst", s, e, "scheduled", [a1[1], a2[1]],
                 [a1[1], a2[1]], "onsite")])
    t1 = D(2026, 3, 12, 13, 30)
    b1 = ("Hi Nell!\n\nGreat news - the team would like to move you forward to the case presentation round for "
          "Merchandising Data Analyst. You'll present a short analysis to Femi Adebayo (Director, Merchandising "
          "Analytics) and Lucy Tran (Senior Analyst) on Thursday 3/19 at 2pm ET for an hour.\n\n"
          "I'll send the calendar invite now and follow up with the dataset.\n\nCheers,\nJo Castellano\n"
          "Recruiter, Brightwater Retail | 1250 Broadway, New York, NY 10001 | (212) 555-0139\n")
    m1 = mail(frm="Jo Castellano <%s>" % jo, to="Nell Oyelaran <%s>" % OWNER,
              subject="Brightwater - case presentation round", date=t1, mid=msgid(cid, 1, "brightwaterretail.example"),
              text=b1, recv=("mail-yw1-f170.google.example", "209.85.128.170", t1))
    c.eml("01-jo-case-round", m1)
    uid = hashlib.md5(cid.encode()).hexdigest()[:26] + "@google.example"
    summ = "Brightwater Case Presentation - Nell Oyelaran (Merchandising Data Analyst)"
    d0 = "Case presentation (20 min) + Q&A with Femi Adebayo and Lucy Tran. Dataset to follow."
    m2, _ = google_invite(cid, 2, organizer=("Jo Castellano", jo), guests=[("Jo Castellano", jo), a1, a2], summary=summ,
                          start=s, end=e, description=d0, uid=uid, seq=0, sent=D(2026, 3, 12, 13, 34),
                          meet="qzr-mnbt-wcx")
    c.eml("02-google-invitation", m2)
    d1 = ("Case presentation (20 min) + Q&A with Femi Adebayo and Lucy Tran.\nDataset: "
          "https://drive.google.example/file/d/1bW_sales_weekly_sample/view - please bring 3-5 slides.")
    m3, _ = google_invite(cid, 3, organizer=("Jo Castellano", jo), guests=[("Jo Castellano", jo), a1, a2], summary=summ,
                          start=s, end=e, description=d1, uid=uid, seq=0, sent=D(2026, 3, 13, 9, 2),
                          meet="qzr-mnbt-wcx", updated=True, changed="description")
    c.eml("03-google-updated-invitation", m3)


def c10():
    cid = "b118-10-microsoft-bookings-london-dst-gap"
    hol = "hollis.carver@ashgrovepike.example"; book = "TalentBookings@ashgrovepike.example"
    s = check_dow(D(2026, 3, 24, 15, 0, LON), "Tue"); e = s + timedelta(minutes=30)
    c = Case(cid, "positive/microsoft-bookings", "hard",
             "Recruiter shares a Bookings page (not a booking), then Microsoft Bookings confirmation for 3:00 PM "
             "(UTC+00:00) London on Mar 24 - US already on DST, UK not yet (11:00 EDT). Staff member Hollis runs "
             "the screening call.",
             [iv("Ashgrove & Pike", "Data Analyst (Client Insights)", s, e, "scheduled", [hol], [hol], "phone_screen")])
    t1 = D(2026, 3, 16, 10, 15, LON)
    b1 = ("Hi Nell,\n\nThanks for your application for the Data Analyst (Client Insights) role in our Boston "
          "practice. As a first step I'd like a 30-minute screening call. Please choose any slot that suits you "
          "on my Bookings page:\nhttps://outlook.office.example/book/AshgrovePikeTalent@ashgrovepike.example/\n\n"
          "Kind regards,\nHollis Carver\nSenior Talent Partner | Ashgrove & Pike\n"
          "12 Finsbury Square, London EC2A 1AS | +44 20 7946 0321\n")
    m1 = mail(frm="Hollis Carver <%s>" % hol, to="Nell Oyelaran <%s>" % OWNER,
              subject="Ashgrove & Pike - screening call", date=t1, mid=msgid(cid, 1, "ashgrovepike.example"), text=b1,
              text_cte="quoted-printable")
    c.eml("01-hollis-bookings-link", m1)
    t2 = D(2026, 3, 16, 14, 2, NY)
    tzid = "GMT Standard Time"
    svc = "Screening call - Data Analyst (Client Insights)"
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
              + vtz_london(tzid) +
              ["BEGIN:VEVENT", org("Ashgrove & Pike Talent", book),
               att("Nell Oyelaran", OWNER, cutype=False), att("Hollis Carver", hol, cutype=False),
               "DESCRIPTION;LANGUAGE=en-GB:" + esc("Service: %s\nStaff: Hollis Carver\nCustomer: Nell Oyelaran\n"
                                                   "Join Microsoft Teams meeting: https://teams.microsoft.example/l/meetup-join/19%%3ameeting_bk" % svc),
               "UID:040000008200E00074C5B7101A82E00800000000" + hashlib.md5(cid.encode()).hexdigest().upper(),
               "SUMMARY;LANGUAGE=en-GB:" + esc(svc + " with Nell Oyelaran"),
               "DTSTART;TZID=GMT Standard Time:" + loc(s), "DTEND;TZID=GMT Standard Time:" + loc(e),
               "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + zutc(t2), "TRANSP:OPAQUE", "STATUS:CONFIRMED",
               "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
               "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "END:VEVENT", "END:VCALENDAR"])
    html = ("<html><body style=\"font-family:Segoe UI,sans-serif\">"
            "<h2>Your booking is confirmed</h2>"
            "<p>Hello Nell Oyelaran,</p><p>Thanks for booking with Ashgrove &amp; Pike Talent.</p>"
            "<table><tr><td>Service</td><td>%s</td></tr>"
            "<tr><td>Date and time</td><td>Tuesday, 24 March 2026, 15:00 - 15:30 (UTC+00:00) Dublin, Edinburgh, "
            "Lisbon, London</td></tr><tr><td>Staff</td><td>Hollis Carver</td></tr>"
            "<tr><td>Location</td><td>Microsoft Teams meeting - <a href=\"https://teams.microsoft.example/l/meetup-join/"
            "19%%3ameeting_bk\">Join your appointment</a></td></tr></table>"
            "<p><a href=\"https://outlook.office.example/book/AshgrovePikeTalent@ashgrovepike.example/manage\">Manage "
            "booking</a> (cancel or reschedule)</p>"
            "<p style=\"font-size:11px;color:#777\">Ashgrove &amp; Pike Talent &middot; 12 Finsbury Square, London "
            "&middot; Powered by Microsoft Bookings</p></body></html>\n" % svc)
    m2 = mail(frm="Ashgrove & Pike Talent <%s>" % book, to="Nell Oyelaran <%s>" % OWNER,
              subject="Booking confirmed: %s with Ashgrove & Pike Talent on 24/03/2026" % svc, date=t2,
              mid=msgid(cid, 2, "ashgrovepike.example"), html=html, html_cte="base64",
              attachments=[ics_att("Booking.ics", cal, "REQUEST")],
              extra=[("X-MS-Exchange-Organization-BookingsAppointment", "true")],
              recv=("EUR05-AM6-obe.outbound.protection.outlook.example", "40.107.22.93", t2))
    c.eml("02-bookings-confirmation", m2)


def c11():
    cid = "b118-11-declined-invite-then-new-invite-accepted"
    jp = "jp.roy@ferrovia.example"; el = "elodie.marchand@ferrovia.example"
    s0 = check_dow(D(2026, 3, 31, 14, 0, TOR), "Tue"); e0 = s0 + timedelta(hours=1)
    s1 = check_dow(D(2026, 4, 2, 10, 0, TOR), "Thu"); e1 = s1 + timedelta(hours=1)
    c = Case(cid, "positive/declined-then-new-invite", "hard",
             "Montreal recruiter invites for 'mardi 31 mars à 14h'; candidate declines that time (iMIP REPLY "
             "DECLINED with comment), a new event (new UID) for Thu Apr 2 10h ET is sent and accepted. The declined "
             "time was never held; one scheduled interview at the new time.",
             [iv("Ferrovia Mobility", "Analyste de données / Data Analyst", s1, e1, "scheduled", [el], [el],
                 "hiring_manager")])
    tzid = "Eastern Standard Time"; vtz = vtz_rules(tzid, "-0500", "-0400", kind="us")
    req = [("Nell Oyelaran", OWNER), ("Élodie Marchand", el)]
    b0 = ("Bonjour Nell,\n\nAs discussed, here is your interview with Élodie Marchand, Gestionnaire - Analytique "
          "(hiring manager), mardi 31 mars à 14h (heure de l'Est). The conversation will be in English.\n\n"
          "Au plaisir,\nJean-Philippe Roy\nConseiller en acquisition de talents | Ferrovia Mobility\n"
          "1000 rue De La Gauchetière O., Montréal QC H3B 4W5 | 514-555-0186\n")
    uid_a = "040000008200E00074C5B7101A82E00800000000" + hashlib.md5((cid + "a").encode()).hexdigest().upper()
    subj = "Entrevue / Interview - Nell Oyelaran - Analyste de données"
    m1, _ = outlook_invite(organizer=("Jean-Philippe Roy", jp), required=req, subject=subj, start=s0, end=e0, tzid=tzid,
                           vtz=vtz, when_label="Tuesday, March 31, 2026 2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada).",
                           body=b0, uid=uid_a, seq=0, sent=D(2026, 3, 24, 9, 12, TOR), mid=msgid(cid, 1, "ferrovia.example"))
    c.eml("01-invite-tue-14h", m1)
    t2 = D(2026, 3, 24, 18, 30)
    rep = ics(["BEGIN:VCALENDAR", "PRODID:-//Mail.example Calendar//EN", "VERSION:2.0", "METHOD:REPLY",
               "BEGIN:VEVENT", org("Jean-Philippe Roy", jp),
               "ATTENDEE;PARTSTAT=DECLINED;CN=Nell Oyelaran:mailto:" + OWNER,
               "COMMENT:" + esc("So sorry - I have a quarter-end deadline that afternoon. Could we try Thursday morning?"),
               "UID:" + uid_a, "SEQUENCE:0", "DTSTAMP:" + zutc(t2), "DTSTART;TZID=America/Toronto:" + loc(s0),
               "DTEND;TZID=America/Toronto:" + loc(e0), "SUMMARY:Declined: " + esc(subj), "END:VEVENT", "END:VCALENDAR"])
    m2 = mail(frm="Nell Oyelaran <%s>" % OWNER, to="Jean-Philippe Roy <%s>" % jp, subject="Declined: " + subj,
              date=t2, mid=msgid(cid, 2, "mail.example"),
              text="Nell Oyelaran has declined this invitation.\n\nSo sorry - I have a quarter-end deadline that "
                   "afternoon. Could we try Thursday morning?\n", cal=rep, cal_method="REPLY")
    c.eml("02-declined-tue", m2)
    b3 = ("Bonjour Nell,\n\nPas de souci! Élodie can do jeudi 2 avril à 10h (heure de l'Est) instead - new invite "
          "below. The Tuesday slot is released.\n\nAu plaisir,\nJean-Philippe Roy\n"
          "Conseiller en acquisition de talents | Ferrovia Mobility | 514-555-0186\n")
    uid_b = "040000008200E00074C5B7101A82E00800000000" + hashlib.md5((cid + "b").encode()).hexdigest().upper()
    m3, _ = outlook_invite(organizer=("Jean-Philippe Roy", jp), required=req, subject=subj, start=s1, end=e1, tzid=tzid,
                           vtz=vtz, when_label="Thursday, April 2, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).",
                           body=b3, uid=uid_b, seq=0, sent=D(2026, 3, 25, 8, 47, TOR), mid=msgid(cid, 3, "ferrovia.example"))
    c.eml("03-new-invite-thu-10h", m3)
    t4 = D(2026, 3, 25, 9, 3)
    rep2 = ics(["BEGIN:VCALENDAR", "PRODID:-//Mail.example Calendar//EN", "VERSION:2.0", "METHOD:REPLY",
                "BEGIN:VEVENT", org("Jean-Philippe Roy", jp), "ATTENDEE;PARTSTAT=ACCEPTED;CN=Nell Oyelaran:mailto:" + OWNER,
                "UID:" + uid_b, "SEQUENCE:0", "DTSTAMP:" + zutc(t4), "DTSTART;TZID=America/Toronto:" + loc(s1),
                "DTEND;TZID=America/Toronto:" + loc(e1), "SUMMARY:Accepted: " + esc(subj), "END:VEVENT", "END:VCALENDAR"])
    m4 = mail(frm="Nell Oyelaran <%s>" % OWNER, to="Jean-Philippe Roy <%s>" % jp, subject="Accepted: " + subj,
              date=t4, mid=msgid(cid, 4, "mail.example"),
              text="Nell Oyelaran has accepted this invitation.\n\nMerci - see you Thursday!\n", cal=rep2, cal_method="REPLY")
    c.eml("04-accepted-thu", m4)


def c12():
    cid = "b118-12-publish-all-day-hold-berlin-uhr"
    fl = "f.lanz@kranich-mobility.example"; au = "a.stiebitz@kranich-mobility.example"
    s = check_dow(D(2026, 4, 15, 14, 0, BER), "Wed"); e = s + timedelta(hours=1)
    c = Case(cid, "positive/publish-hold-time-in-body", "hard",
             "German/English recruiter mail (quoted-printable) with a METHOD:PUBLISH all-day 'Interview-Blocker'; "
             "time only in text: 14:00 Uhr MESZ (08:00 in Boston), 60 Minuten. Interviewer Dr. Stiebitz is Cc'd.",
             [iv("Kranich Mobility", "Senior Data Analyst - Pricing", s, e, "scheduled", [au], [au], "hiring_manager")])
    t = D(2026, 4, 7, 16, 22, BER)
    b = ("Liebe Nell,\n\nvielen Dank für das angenehme Erstgespräch! Wie besprochen hier die Details zum "
         "nächsten Schritt:\n\nInterview mit Dr. Aurel Stiebitz (Head of Analytics, in Cc)\n"
         "Mittwoch, 15. April 2026, 14:00 Uhr (MESZ) - für Sie in Boston 8:00 Uhr morgens\n"
         "Dauer: ca. 60 Minuten, via Microsoft Teams (Link folgt)\n\n"
         "(In English, just in case: 2pm Berlin time / 8am Boston time on Wednesday, April 15, about an hour, for "
         "the Senior Data Analyst - Pricing role.)\n\nIm Anhang finden Sie einen Kalender-Blocker für den Tag.\n\n"
         "Viele Grüße\nFriederike Lanz\nTalent Acquisition\nKranich Mobility GmbH\nOranienburger Str. 66, "
         "10117 Berlin\nTel. +49 30 5557 8821\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
               "METHOD:PUBLISH", "BEGIN:VEVENT", "CLASS:PUBLIC", "CREATED:" + zutc(t),
               "DESCRIPTION:" + esc("Interview mit Dr. Aurel Stiebitz - 14:00 Uhr MESZ (8:00 Boston). Teams-Link folgt."),
               "DTSTART;VALUE=DATE:20260415", "DTEND;VALUE=DATE:20260416", "DTSTAMP:" + zutc(t),
               org("Friederike Lanz", fl), att("Nell Oyelaran", OWNER, rsvp=False),
               "SUMMARY:" + esc("Interview-Blocker: Kranich Mobility - Nell Oyelaran"), "TRANSP:TRANSPARENT",
               "UID:" + uidgen(cid, 1, "kranich-mobility.example"), "SEQUENCE:0",
               "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE", "X-MICROSOFT-CDO-BUSYSTATUS:FREE", "END:VEVENT", "END:VCALENDAR"])
    m = mail(frm="Friederike Lanz <%s>" % fl, to="Nell Oyelaran <%s>" % OWNER, cc="Dr. Aurel Stiebitz <%s>" % au,
             subject="Kranich Mobility - Ihr Interview am 15. April", date=t, mid=msgid(cid, 1, "kranich-mobility.example"),
             text=b, text_cte="quoted-printable", extra=[("X-Mailer", "Microsoft Outlook 16.0")],
             attachments=[ics_att("Interview-Blocker.ics", cal, "PUBLISH")],
             recv=("mout.kranich-mobility.example", "212.227.17.10", t))
    c.eml("01-kranich-interview-details", m)


def c13():
    cid = "b118-13-forwarded-noon-screen-then-google-technical"
    gw = "gwen.halloran@tidewatermutual.example"; anil = ("Anil Choudhury", "anil.choudhury@tidewatermutual.example")
    s1 = check_dow(D(2026, 2, 18, 12, 0), "Wed"); e1 = s1 + timedelta(minutes=30)
    s2 = check_dow(D(2026, 2, 26, 14, 0), "Thu"); e2 = s2 + timedelta(hours=1)
    c = Case(cid, "positive/two-interviews-forwarded", "hard",
             "Recruiter thread sent to her alumni address and forwarded: 'tomorrow at noon' (resolved vs Feb 17) "
             "30-min phone screen by Gwen; then a Google invite for a technical interview with Anil on Feb 26 2pm ET.",
             [iv("Tidewater Mutual", "Data Analyst, Actuarial Reporting", s1, e1, "scheduled", [gw], [gw], "phone_screen"),
              iv("Tidewater Mutual", "Data Analyst, Actuarial Reporting", s2, e2, "scheduled", [anil[1]], [anil[1]],
                 "technical")])
    alum = "noyelaran@alumni.northbay.example"
    ta = D(2026, 2, 17, 10, 4); tb = D(2026, 2, 17, 10, 31); tc = D(2026, 2, 17, 10, 40); tf = D(2026, 2, 17, 11, 2)
    fwd = ("---------- Forwarded message ---------\nFrom: Gwen Halloran <%s>\nDate: %s\n"
           "Subject: Re: Data Analyst, Actuarial Reporting - quick call?\nTo: Nell Oyelaran <%s>\n\n"
           "Perfect - I'll call you at noon tomorrow at 617-555-0148. Talk then!\n\nGwen\n\n"
           "On Tue, Feb 17, 2026 at 10:31 AM Nell Oyelaran <%s> wrote:\n"
           "> Hi Gwen, noon tomorrow works great. My cell is 617-555-0148.\n>\n"
           "> On Tue, Feb 17, 2026 at 10:04 AM Gwen Halloran <%s> wrote:\n"
           ">> Hi Nell,\n>> I came across your profile and think you'd be a strong fit for our Data Analyst,\n"
           ">> Actuarial Reporting role. Would you have 30 minutes tomorrow at noon for an initial phone\n"
           ">> interview? I'd walk you through the role and ask about your experience.\n>>\n"
           ">> Gwen Halloran | Senior Recruiter | Tidewater Mutual\n"
           ">> 1 Financial Plaza, Providence, RI 02903 | 401-555-0124\n"
           % (gw, format_datetime(tc), alum, alum, gw))
    m1 = mail(frm="Nell Oyelaran <%s>" % alum, to="Nell Oyelaran <%s>" % OWNER,
              subject="Fwd: Re: Data Analyst, Actuarial Reporting - quick call?", date=tf,
              mid=msgid(cid, 1, "alumni.northbay.example"),
              text="fwd to my main inbox - Tidewater screen tomorrow\n\n" + fwd,
              extra=[("X-Forwarded-For", "%s %s" % (alum, OWNER))])
    c.eml("01-fwd-tidewater-quick-call", m1)
    t2 = D(2026, 2, 18, 15, 20)
    b2 = ("Hi Nell,\n\nThanks again for the chat today! I'm happy to share that the team would like to move you to "
          "a technical interview with Anil Choudhury (Manager, Actuarial Analytics) - 60 minutes covering SQL and "
          "an Excel modeling question. You'll see a calendar invite for Thursday 2/26 at 2pm ET shortly.\n\nBest,\n"
          "Gwen\n\nGwen Halloran | Senior Recruiter | Tidewater Mutual | 401-555-0124\n")
    m2 = mail(frm="Gwen Halloran <%s>" % gw, to="Nell Oyelaran <%s>" % OWNER, subject="Next round - Tidewater Mutual",
              date=t2, mid=msgid(cid, 2, "tidewatermutual.example"), text=b2,
              recv=("mail-qk1-f181.google.example", "209.85.222.181", t2))
    c.eml("02-gwen-next-round", m2)
    m3, _ = google_invite(cid, 3, organizer=("Gwen Halloran", gw), guests=[("Gwen Halloran", gw), anil],
                          summary="Tidewater Mutual - Technical Interview (Nell Oyelaran)", start=s2, end=e2,
                          description="Technical interview for Data Analyst, Actuarial Reporting with Anil Choudhury. "
                                      "SQL + Excel modeling.", uid=hashlib.md5(cid.encode()).hexdigest()[:26] + "@google.example",
                          sent=D(2026, 2, 18, 15, 26), meet="tdm-pqrs-kjh")
    c.eml("03-google-invitation-technical", m3)


# ----------------------------------------------------------------------------- negatives
def c14():
    cid = "b118-14-weekly-team-sync-rrule-hiring-agenda"
    c = Case(cid, "negative/recurring-work-meeting", "hard",
             "Recurring weekly analytics sync at her current employer (RRULE) whose agenda mentions candidates, "
             "interview loops and scheduling. Not a job interview for the user.")
    mgr = "d.petrosyan@harborlight.example"
    s = check_dow(D(2026, 3, 3, 9, 30), "Tue"); e = s + timedelta(minutes=45)
    body = ("Hi team,\n\nMoving our weekly sync to Tuesdays at 9:30 starting next week.\n\nStanding agenda:\n"
            "1. Dashboard/incident review\n2. Claims-severity model refresh status\n"
            "3. Hiring update - we have two candidates for the Junior Data Analyst role in interview loops; "
            "please keep your interview slots on the shared schedule current\n4. Round robin\n\n"
            "Thanks,\nDavit\nDavit Petrosyan | Manager, Claims Analytics | Harborlight Insurance\n"
            "200 Clarendon St, Boston, MA 02116\n")
    m, _ = outlook_invite(organizer=("Davit Petrosyan", mgr),
                          required=[("Nell Oyelaran", WORK), ("Kofi Mensah", "k.mensah@harborlight.example"),
                                    ("Alma Juarez", "a.juarez@harborlight.example")],
                          subject="Claims Analytics weekly sync", start=s, end=e, tzid="Eastern Standard Time",
                          vtz=vtz_rules("Eastern Standard Time", "-0500", "-0400", kind="us"),
                          when_label="Occurs every Tuesday effective 3/3/2026 from 9:30 AM to 10:15 AM (UTC-05:00) Eastern Time (US & Canada).",
                          body=body, uid="040000008200E00074C5B7101A82E00800000000" + hashlib.md5(cid.encode()).hexdigest().upper(),
                          seq=0, sent=D(2026, 2, 26, 16, 40), mid=msgid(cid, 1, "harborlight.example"),
                          rrule="FREQ=WEEKLY;BYDAY=TU;INTERVAL=1", location="Conf Rm 7A / Microsoft Teams",
                          extra_hdrs=[("X-Forwarded-To", OWNER), ("X-Forwarded-For", "%s %s" % (WORK, OWNER))])
    c.eml("01-weekly-sync-invite", m)


def c15():
    cid = "b118-15-dentist-appointment-ics"
    c = Case(cid, "negative/dentist", "medium",
             "Dental office confirmation with .ics ('schedule', 'new patient interview form', 'call'). Not a job interview.")
    t = D(2026, 3, 6, 11, 15)
    s = check_dow(D(2026, 3, 20, 8, 0), "Fri"); e = s + timedelta(hours=1)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SmilePoint PMS//Appointments//EN", "METHOD:PUBLISH"]
              + vtz_ny() + ["BEGIN:VEVENT", "UID:" + uidgen(cid, 1, "backbaysmile.example"), "DTSTAMP:" + zutc(t),
                            "DTSTART;TZID=America/New_York:" + loc(s), "DTEND;TZID=America/New_York:" + loc(e),
                            "SUMMARY:Cleaning & exam - Dr. Yusuf Adeyemi",
                            "DESCRIPTION:" + esc("New patient visit. Please arrive 10 minutes early to complete the "
                                                 "health history interview form. To reschedule call (617) 555-0190."),
                            "LOCATION:" + esc("Back Bay Smile Studio, 545 Boylston St, Suite 300, Boston, MA 02116"),
                            org("Back Bay Smile Studio", "appointments@backbaysmile.example"),
                            att("Nell Oyelaran", OWNER, rsvp=False), "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    txt = ("Hi Nell,\n\nYour appointment is scheduled!\n\nFriday, March 20, 2026 at 8:00 AM\nCleaning & exam with "
           "Dr. Yusuf Adeyemi\n\nAs a new patient, please arrive 10 minutes early to complete a short health history "
           "interview form. Need to reschedule? Call us at (617) 555-0190 or reply to this email.\n\n"
           "Back Bay Smile Studio\n545 Boylston St, Suite 300, Boston, MA 02116\n")
    m = mail(frm="Back Bay Smile Studio <appointments@backbaysmile.example>", to=OWNER,
             subject="Appointment confirmed: Fri 3/20 at 8:00 AM", date=t, mid=msgid(cid, 1, "backbaysmile.example"),
             text=txt, attachments=[ics_att("appointment.ics", cal, "PUBLISH")])
    c.eml("01-appointment-confirmed", m)


def c16():
    cid = "b118-16-webinar-ace-the-analyst-interview-ics"
    c = Case(cid, "negative/webinar", "hard",
             "Webinar registration with calendar invite: 'Cracking the Data Analyst Interview' live session. Not an interview.")
    t = D(2026, 3, 2, 12, 0)
    s = check_dow(D(2026, 3, 11, 12, 0), "Wed"); e = s + timedelta(hours=1)
    host = "events@metricwise.example"
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Metricwise Academy//Webinars//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", "UID:" + uidgen(cid, 1, "metricwise.example"), "DTSTAMP:" + zutc(t),
               "DTSTART:" + zutc(s), "DTEND:" + zutc(e),
               "SUMMARY:Live webinar: Cracking the Data Analyst Interview (SQL case walkthrough)",
               "DESCRIPTION:" + esc("Join us live: https://metricwise.webinar.example/w/88213\nPresenter: Rhea Solano, "
                                    "former hiring manager. Bring your questions about technical interviews and "
                                    "take-home cases."),
               "LOCATION:https://metricwise.webinar.example/w/88213", org("Metricwise Academy", host),
               att("Nell Oyelaran", OWNER, rsvp=False), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    html = ("<html><body><h1>You're registered!</h1><p>Hi Nell,</p><p>Thanks for registering for "
            "<b>Cracking the Data Analyst Interview</b> - a live session with Rhea Solano, a former analytics hiring "
            "manager who has run 300+ interviews.</p><p><b>When:</b> Wednesday, March 11 at noon ET (9am PT)</p>"
            "<p>We'll cover how to structure a SQL case, how to talk about metrics in a hiring manager interview, "
            "and what interviewers look for in a candidate. <a href=\"https://metricwise.webinar.example/w/88213\">"
            "Join link</a></p><p>Add it to your calendar with the attached invite.</p>"
            "<p style=\"font-size:11px\">Metricwise Academy, 10 Post Office Sq, Boston MA. "
            "<a href=\"https://metricwise.example/unsub\">Unsubscribe</a></p></body></html>\n")
    m = mail(frm="Metricwise Academy <%s>" % host, to=OWNER, subject="You're in: Cracking the Data Analyst Interview (Mar 11)",
             date=t, mid=msgid(cid, 1, "metricwise.example"), html=html,
             extra=[("List-Unsubscribe", "<https://metricwise.example/unsub>")],
             attachments=[ics_att("webinar.ics", cal, "REQUEST")])
    c.eml("01-webinar-registration", m)


def c17():
    cid = "b118-17-conference-session-standalone-ics"
    c = Case(cid, "negative/conference-session", "medium",
             "Standalone .ics exported from a conference app: a talk about interviewing users / hiring analysts. "
             "Not a job interview.")
    s = check_dow(D(2026, 4, 22, 14, 15), "Wed"); e = s + timedelta(minutes=50)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sched//Boston Data Summit 2026//EN", "METHOD:PUBLISH",
               "X-WR-CALNAME:Boston Data Summit 2026 - My Schedule"] + vtz_ny() +
              ["BEGIN:VEVENT", "UID:" + uidgen(cid, 1, "bostondatasummit.example"), "DTSTAMP:20260318T140000Z",
               "DTSTART;TZID=America/New_York:" + loc(s), "DTEND;TZID=America/New_York:" + loc(e),
               "SUMMARY:" + esc("Session: Interview Your Stakeholders Like a Researcher - and Hire Analysts Who Can"),
               "DESCRIPTION:" + esc("Speakers: Tamsin Orr (Head of Analytics, Fieldnote), Ignacio Baptiste. How to run "
                                    "discovery interviews with business partners, plus what we learned from 200 "
                                    "analyst candidate interviews. Room 204, Hynes Convention Center."),
               "LOCATION:" + esc("Hynes Convention Center, Room 204, 900 Boylston St, Boston"),
               org("Boston Data Summit", "schedule@bostondatasummit.example"),
               att("Nell Oyelaran", OWNER, "ACCEPTED", rsvp=False), "CATEGORIES:Talk", "STATUS:CONFIRMED",
               "END:VEVENT", "END:VCALENDAR"])
    c.ics("01-bds26-session-room204", cal)


def c18():
    cid = "b118-18-birthday-all-day-invite-and-gcal"
    c = Case(cid, "negative/birthday-all-day", "medium",
             "Friend's all-day birthday event (Google invite) whose description celebrates him landing a job after a "
             "final-round interview, plus a Calendar API birthday event. No interview for the user.")
    jonah = "jonah.briskin@mail.example"
    day = check_dow(D(2026, 3, 14, 0, 0), "Sat")
    m, _ = google_invite(cid, 1, organizer=("Jonah Briskin", jonah),
                         guests=[("Jonah Briskin", jonah), ("Tess Ordway", "tess.ordway@mail.example")],
                         summary="Jonah's 30th 🎂", start=day, end=day + timedelta(days=1),
                         description="It's my birthday AND I survived that 5-round final interview loop - I got the "
                                     "job! Drinks at The Lantern from 8pm, call me if you get lost.",
                         uid=hashlib.md5(cid.encode()).hexdigest()[:26] + "@google.example", sent=D(2026, 3, 1, 20, 10),
                         location="The Lantern, 112 Hanover St, Boston", all_day=True)
    c.eml("01-invitation-jonahs-30th", m)
    c.gcal("02-birthday-event", {
        "kind": "calendar#event", "etag": "\"3491077715622000\"", "id": "birthday_mkrw91_20260321",
        "status": "confirmed", "htmlLink": "https://calendar.google.example/calendar/event?eid=YmlydGhkYXk",
        "created": "2025-09-02T18:11:07.000Z", "updated": "2026-02-28T09:14:37.811Z",
        "summary": "Priya Kallur's birthday", "description": "Priya (recruiting lead at the old job) - send a card!",
        "creator": {"email": OWNER, "self": True}, "organizer": {"email": OWNER, "self": True},
        "start": {"date": "2026-03-21"}, "end": {"date": "2026-03-22"},
        "recurrence": ["RRULE:FREQ=YEARLY"], "transparency": "transparent", "visibility": "private",
        "iCalUID": "birthday_mkrw91@google.example", "sequence": 0,
        "attendees": [{"email": OWNER, "self": True, "responseStatus": "accepted"}],
        "reminders": {"useDefault": False}, "eventType": "birthday",
        "birthdayProperties": {"type": "birthday"}})


def c19():
    cid = "b118-19-user-is-interviewer-at-current-job"
    c = Case(cid, "negative/user-is-interviewer", "hard",
             "She organizes an interview at her current employer for an outside candidate (Exchange invite from her "
             "work address, auto-forwarded), plus the internal ATS 'interview kit' reminder. User is the interviewer.")
    cand = ("Sam Whitford", "sam.whitford@postbox.example"); kofi = ("Kofi Mensah", "k.mensah@harborlight.example")
    s = check_dow(D(2026, 3, 25, 11, 0), "Wed"); e = s + timedelta(hours=1)
    body = ("Hi Sam,\n\nLooking forward to our conversation about the Junior Data Analyst (Claims) role. Kofi Mensah "
            "and I will be interviewing you; expect a mix of SQL questions and a discussion of a claims dashboard.\n\n"
            "If you need to reschedule, reply to this invite.\n\nBest,\nNell Oyelaran\nData Analyst, Claims Analytics\n"
            "Harborlight Insurance | 200 Clarendon St, Boston, MA 02116 | 617-555-0100 x4417\n")
    m1, _ = outlook_invite(organizer=("Nell Oyelaran", WORK), required=[cand, kofi, ("Nell Oyelaran", WORK)],
                           subject="Interview: Sam Whitford - Junior Data Analyst (Claims)", start=s, end=e,
                           tzid="Eastern Standard Time", vtz=vtz_rules("Eastern Standard Time", "-0500", "-0400", kind="us"),
                           when_label="Wednesday, March 25, 2026 11:00 AM-12:00 PM (UTC-05:00) Eastern Time (US & Canada).",
                           body=body, uid="040000008200E00074C5B7101A82E00800000000" + hashlib.md5(cid.encode()).hexdigest().upper(),
                           seq=0, sent=D(2026, 3, 18, 14, 5), mid=msgid(cid, 1, "harborlight.example"),
                           extra_hdrs=[("X-Forwarded-To", OWNER), ("X-Forwarded-For", "%s %s" % (WORK, OWNER))])
    c.eml("01-interview-invite-sam-whitford", m1)
    t2 = D(2026, 3, 24, 17, 0)
    html = ("<html><body><p>Hi Nell,</p><p>You're scheduled to interview <b>Sam Whitford</b> (candidate) for "
            "<b>Junior Data Analyst (Claims)</b> tomorrow, Wednesday March 25 at 11:00 AM ET.</p>"
            "<p>Your focus area: <i>SQL &amp; data quality</i>. Please review the interview kit and submit your "
            "scorecard within 24 hours of the interview.</p>"
            "<p><a href=\"https://harborlight.greenhouse.example/interviews/kit/55120\">Open interview kit</a></p>"
            "<p>- Harborlight Talent Team</p></body></html>\n")
    m2 = mail(frm="Harborlight Talent Team <no-reply@greenhouse.example>", to="Nell Oyelaran <%s>" % WORK,
              delivered_to=OWNER, subject="Reminder: You're interviewing Sam Whitford tomorrow", date=t2,
              mid=msgid(cid, 2, "greenhouse.example"), html=html,
              extra=[("X-Forwarded-To", OWNER), ("X-Forwarded-For", "%s %s" % (WORK, OWNER))])
    c.eml("02-interview-kit-reminder", m2)


def c20():
    cid = "b118-20-rejection-after-interview-offer-feedback-call"
    c = Case(cid, "negative/rejection", "medium",
             "Rejection after a past interview; offers an optional feedback call without a booked time. Not an interview.")
    t = D(2026, 3, 27, 16, 48)
    rec = "marisa.quon@orchardline.example"
    b = ("Hi Nell,\n\nThank you for taking the time to interview with our team last Thursday for the Reporting "
         "Analyst position. Everyone enjoyed meeting you.\n\nAfter a lot of discussion, we've decided to move "
         "forward with another candidate whose experience more closely matches our immediate needs. This was a "
         "difficult decision.\n\nIf it would be helpful, I'm happy to schedule a short call to share feedback - "
         "just reply with a couple of times that work. We'd also love to keep you in mind for future roles.\n\n"
         "Warm regards,\nMarisa Quon\nTalent Acquisition Partner | Orchard Line Insurance\n"
         "75 State St, Boston, MA 02109 | 617-555-0112\n")
    m = mail(frm="Marisa Quon <%s>" % rec, to="Nell Oyelaran <%s>" % OWNER,
             subject="Your application for Reporting Analyst - Orchard Line", date=t,
             mid=msgid(cid, 1, "orchardline.example"), text=b, text_cte="base64",
             recv=("mail-oo1-f44.orchardline.example", "209.85.161.44", t))
    c.eml("01-update-on-your-application", m)


def c21():
    cid = "b118-21-goodtime-availability-request-unbooked"
    c = Case(cid, "negative/availability-request", "hard",
             "Scheduling-tool request to pick times for a future interview; slots listed but nothing booked.")
    t = D(2026, 4, 1, 10, 5)
    html = ("<html><body style=\"font-family:Arial\"><p>Hi Nell,</p>"
            "<p>Congratulations on moving forward with <b>Vantage Harbor Capital</b>! We'd like to schedule your "
            "<b>Technical Interview (60 min)</b> for the <b>Investment Data Analyst</b> role.</p>"
            "<p>Please select all times that work for you in the next week. Suggested windows (ET):</p>"
            "<ul><li>Tue Apr 7: 9:00 AM - 12:00 PM</li><li>Wed Apr 8: 1:00 PM - 5:00 PM</li>"
            "<li>Thu Apr 9: 10:30 AM - 3:00 PM</li></ul>"
            "<p><a href=\"https://vantageharbor.goodtime.example/availability/7Hq2Lm\">Share your availability</a></p>"
            "<p>Once the interviewers are confirmed you'll receive a calendar invitation.</p>"
            "<p>Thanks,<br>Ines Arroyo<br>Recruiting Coordinator, Vantage Harbor Capital<br>"
            "<a href=\"mailto:ines.arroyo@vantageharbor.example\">ines.arroyo@vantageharbor.example</a></p>"
            "<p style=\"font-size:10px;color:#999\">Sent with GoodTime</p></body></html>\n")
    m = mail(frm="Ines Arroyo via GoodTime <scheduling@goodtime.example>", to=OWNER,
             reply_to="Ines Arroyo <ines.arroyo@vantageharbor.example>",
             subject="Action required: share your availability for your interview with Vantage Harbor Capital",
             date=t, mid=msgid(cid, 1, "goodtime.example"), html=html, html_cte="quoted-printable")
    c.eml("01-share-your-availability", m)


def c22():
    cid = "b118-22-one-way-video-interview-deadline-ics"
    c = Case(cid, "negative/one-way-video", "hard",
             "On-demand (one-way) video interview invitation with a completion deadline and a deadline .ics reminder. "
             "Not a live conversation.")
    t = D(2026, 3, 30, 9, 0)
    dl = check_dow(D(2026, 4, 3, 17, 0), "Fri")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Spark Hire//Reminders//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", "UID:" + uidgen(cid, 1, "sparkhire.example"), "DTSTAMP:" + zutc(t),
               "DTSTART:" + zutc(dl - timedelta(minutes=30)), "DTEND:" + zutc(dl),
               "SUMMARY:Complete your video interview - Corbel Financial (deadline 5pm ET)",
               "DESCRIPTION:" + esc("One-way video interview: 4 recorded questions, 2 minutes each. "
                                    "https://corbel.sparkhire.example/i/Q8r2"),
               att("Nell Oyelaran", OWNER, rsvp=False), "END:VEVENT", "END:VCALENDAR"])
    txt = ("Hi Nell,\n\nCorbel Financial has invited you to complete a one-way video interview for the Data Analyst "
           "position.\n\nThere's no one on the other end - you'll record answers to 4 questions on your own time. "
           "Please complete it by Friday, April 3 at 5:00 PM ET.\n\nStart your interview: "
           "https://corbel.sparkhire.example/i/Q8r2\n\nGood luck!\nCorbel Financial Talent Acquisition\n")
    m = mail(frm="Corbel Financial via Spark Hire <notifications@sparkhire.example>", to=OWNER,
             subject="Corbel Financial invited you to a video interview", date=t, mid=msgid(cid, 1, "sparkhire.example"),
             text=txt, attachments=[ics_att("deadline-reminder.ics", cal, "PUBLISH")])
    c.eml("01-video-interview-invitation", m)


# ----------------------------------------------------------------------------- main
def main():
    for d in os.listdir(HERE):
        if d.startswith("b118-") and os.path.isdir(os.path.join(HERE, d)):
            shutil.rmtree(os.path.join(HERE, d))
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               c14, c15, c16, c17, c18, c19, c20, c21, c22):
        fn()
    with open(os.path.join(HERE, "labels.yaml"), "w") as f:
        f.write("# Labels for blind118 (generated by make_cases.py). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)


if __name__ == "__main__":
    main()
