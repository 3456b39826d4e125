#!/usr/bin/env python3
"""Deterministic generator for the blind73 evaluation set.

Rewrites every b73-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All names, companies and domains are invented.
Run:  python make_cases.py
"""
import hashlib
import json
import shutil
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
OWNER = "tamsin.quillon@example.com"
OWNER_NAME = "Tamsin Quillon"
OWNER_VL = "(602) 555-0118"  # owner's VoiceLink number

PHX = ZoneInfo("America/Phoenix")
LA = ZoneInfo("America/Los_Angeles")
CHI = ZoneInfo("America/Chicago")
DEN = ZoneInfo("America/Denver")
MAD = ZoneInfo("Europe/Madrid")

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def T(y, mo, d, h, mi, tz, wd=None):
    dt = datetime(y, mo, d, h, mi, tzinfo=tz)
    if wd is not None:
        assert DAYS[dt.weekday()].startswith(wd), (dt, wd)
    return dt


def mid(case, n, domain):
    h = hashlib.sha1(f"{case}/{n}".encode()).hexdigest()
    return f"<{h[:24]}@{domain}>"


def hx(case, n, k=16):
    return hashlib.sha1(f"{case}#{n}".encode()).hexdigest()[:k]


# ---------------------------------------------------------------- iCalendar

def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


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


def off(dt):
    o = dt.utcoffset()
    sign = "+" if o >= timedelta(0) else "-"
    o = abs(o)
    return f"{sign}{o.seconds // 3600:02d}{(o.seconds % 3600) // 60:02d}"


def vtimezone(zone, tzid, exchange=False):
    std = datetime(2026, 1, 15, 12, tzinfo=zone)
    dst = datetime(2026, 7, 15, 12, tzinfo=zone)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if std.utcoffset() == dst.utcoffset():
        lines += ["BEGIN:STANDARD", "DTSTART:16010101T000000" if exchange else "DTSTART:19700101T000000",
                  f"TZOFFSETFROM:{off(std)}", f"TZOFFSETTO:{off(std)}"]
        if not exchange:
            lines.append(f"TZNAME:{std.tzname()}")
        lines.append("END:STANDARD")
    else:  # US rules (only US zones are used with DST here)
        base = "1601" if exchange else "1970"
        lines += ["BEGIN:STANDARD", f"DTSTART:{base}1104T020000" if exchange else "DTSTART:19701101T020000",
                  "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
                  f"TZOFFSETFROM:{off(dst)}", f"TZOFFSETTO:{off(std)}"]
        if not exchange:
            lines.append(f"TZNAME:{std.tzname()}")
        lines += ["END:STANDARD", "BEGIN:DAYLIGHT",
                  f"DTSTART:{base}0311T020000" if exchange else "DTSTART:19700308T020000",
                  "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
                  f"TZOFFSETFROM:{off(std)}", f"TZOFFSETTO:{off(dst)}"]
        if not exchange:
            lines.append(f"TZNAME:{dst.tzname()}")
        lines.append("END:DAYLIGHT")
    lines.append("END:VTIMEZONE")
    return lines


def utcstamp(dt):
    return dt.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")


def ics(*, method, uid, seq, start, end, summary, organizer, attendees, description="", location="",
        status="CONFIRMED", tzid=None, prodid="-//Invented//Calendar 1.0//EN", stamp=None,
        exchange=False, extra=(), zone=None):
    zone = zone or start.tzinfo
    tzid = tzid or zone.key
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    L += vtimezone(zone, tzid, exchange)
    L += ["BEGIN:VEVENT"]
    on, oe = organizer
    L.append(f"ORGANIZER;CN={on}:mailto:{oe}")
    for an, ae, role, ps in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={an}:mailto:{ae}")
    L.append(f"DTSTART;TZID={tzid}:{start.astimezone(zone).strftime('%Y%m%dT%H%M%S')}")
    L.append(f"DTEND;TZID={tzid}:{end.astimezone(zone).strftime('%Y%m%dT%H%M%S')}")
    L.append(f"DTSTAMP:{utcstamp(stamp or start)}")
    L.append(f"UID:{uid}")
    L.append(f"SEQUENCE:{seq}")
    L.append(f"SUMMARY:{ics_escape(summary)}")
    if description:
        L.append(f"DESCRIPTION:{ics_escape(description)}")
    if location:
        L.append(f"LOCATION:{ics_escape(location)}")
    L.append(f"STATUS:{status}")
    L.append("TRANSP:OPAQUE")
    L += list(extra)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# ---------------------------------------------------------------- e-mail

def base_msg(case, n, *, frm, subject, date, to=None, domain="mail.example", cc=None, reply_to=None,
             in_reply_to=None, refs=None, extra=()):
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    m["Received"] = (f"from out-{hx(case, n, 6)}.{domain} ({domain}) by mx.example.com with ESMTPS id "
                     f"{hx(case, n, 12)} for <{OWNER}>; {format_datetime(date)}")
    m["Return-Path"] = f"<bounce-{hx(case, n, 8)}@{domain}>"
    m["From"] = frm
    m["To"] = to or f"{OWNER_NAME} <{OWNER}>"
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid(case, n, domain)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = refs or in_reply_to
    for k, v in extra:
        m[k] = v
    return m


def sms_mail(case, n, *, number, text, date, sender_digits):
    """SMS-to-email gateway notification (VoiceLink)."""
    digits = "".join(c for c in number if c.isdigit())
    m = base_msg(case, n, frm=f'"{number}" <1{digits}.1{sender_digits}.{hx(case, n, 10)}@txt.voicelink.example>',
                 subject=f"New text message from {number}", date=date, domain="txt.voicelink.example")
    body = (f"{number}:\n{text}\n\n"
            f"YOUR ACCOUNT <https://voicelink.example/account>  HELP CENTER <https://support.voicelink.example/>\n"
            f"To respond to this text message, reply to this email or visit VoiceLink.\n"
            f"This message was sent to {OWNER} because you turned on text forwarding for {OWNER_VL}.\n")
    html = (f"<html><body><div style=\"font-family:Arial,sans-serif;font-size:14px\">"
            f"<p style=\"color:#5f6368\">{number}</p><p>{text}</p>"
            f"<hr><p style=\"font-size:11px;color:#5f6368\"><a href=\"https://voicelink.example/account\">YOUR ACCOUNT</a> "
            f"&nbsp; <a href=\"https://support.voicelink.example/\">HELP CENTER</a><br>To respond to this text message, "
            f"reply to this email or visit VoiceLink.</p></div></body></html>")
    m.set_content(body)
    m.add_alternative(html, subtype="html")
    return m


def voicemail_mail(case, n, *, number, caller, length, transcript, date):
    digits = "".join(c for c in number if c.isdigit())
    hhmm = date.strftime("%I:%M %p").lstrip("0")
    m = base_msg(case, n, frm="VoiceLink <voicemail-noreply@voicelink.example>",
                 subject=f"New voicemail from {caller} {number} at {hhmm}", date=date,
                 domain="voicelink.example")
    body = (f"Voicemail from: {caller} {number} at {hhmm}\nLength: {length}\n\n"
            f"Transcript: {transcript}\n\n"
            f"Play message: https://voicelink.example/vm/{hx(case, n, 20)}\n"
            f"Call back: tel:+1{digits}\n\n"
            f"Transcripts are machine generated and may contain errors.\n"
            f"You are receiving this email because you turned on voicemail forwarding for {OWNER_VL}.\n")
    m.set_content(body, cte="quoted-printable")
    return m


def write_email(folder, name, m):
    # deterministic MIME boundaries so that re-running the generator gives identical bytes
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        h = hashlib.sha1(f"{folder.name}/{name}/{i}".encode()).hexdigest()[:24]
        part.set_boundary(f"000000000000{h}")
    (folder / name).write_bytes(m.as_bytes())


# ---------------------------------------------------------------- cases

CASES = {}
LABELS = {}


def case(cid, *, interviews, difficulty, category, notes):
    folder = HERE / cid
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    LABELS[cid] = {
        "user": OWNER,
        "interview": bool(interviews),
        "interviews": interviews,
        "difficulty": difficulty,
        "category": category,
        "notes": notes,
        "source": "synthetic",
    }
    return folder


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


def c01():
    cid = "b73-01-sms-gateway-tmrw-interview"
    d1 = T(2026, 3, 16, 17, 42, PHX, "Mon")
    start = T(2026, 3, 17, 14, 0, PHX, "Tue")
    marco = "marco.ruiz@saguarogrill.example"
    f = case(cid, interviews=[iv("Saguaro Grill", "Kitchen Manager", start, None, "scheduled", [marco], [marco],
                                 "hiring_manager")],
             difficulty="hard", category="positive/sms-gateway",
             notes="Two texts via SMS-to-email gateway; 'tmrw at 2' resolved against the Monday 16 Mar message date "
                   "(Phoenix, -07:00); GM gives his e-mail in the second text; no duration.")
    write_email(f, "01-text-from-6025550147.eml", sms_mail(cid, 1, number="(602) 555-0147", date=d1, sender_digits="6025550118",
        text="hi this is Marco from Saguaro Grill on Camelback, got ur application for the kitchen manager spot. "
             "can u come in tmrw at 2 for an interview? just ask for me at the host stand"))
    write_email(f, "02-text-from-6025550147.eml", sms_mail(cid, 2, number="(602) 555-0147",
        date=d1 + timedelta(minutes=9), sender_digits="6025550118",
        text="perfect see u tmrw at 2 then \U0001F44D bring a copy of ur resume + food handler card. "
             "if anything comes up my email is marco.ruiz@saguarogrill.example"))


def c02():
    cid = "b73-02-pharmacy-voicemail-schedule-call"
    f = case(cid, interviews=[], difficulty="easy", category="negative/voicemail-pharmacy",
             notes="Voicemail transcript from a pharmacy asking to schedule a call with the pharmacist.")
    write_email(f, "01-voicemail.eml", voicemail_mail(cid, 1, number="(602) 555-0110", caller="Palo Verde Pharmacy",
        length="0:37", date=T(2026, 3, 18, 10, 6, PHX, "Wed"),
        transcript="Hi, this message is for Tamsin Quillon. This is Palo Verde Pharmacy on Indian School Road "
                   "calling to let you know your prescription is ready for pickup. Uh, our pharmacist would also like "
                   "to schedule a quick call with you to go over the new medication, it takes about five minutes. "
                   "Please call us back at 602-555-0110, we're open until 9 tonight. Thank you."))


def shifthire(case_id, n, *, employer, subject, date, html_inner):
    m = base_msg(case_id, n, frm="ShiftHire <messages@notify.shifthire.example>", subject=subject, date=date,
                 domain="notify.shifthire.example",
                 extra=[("List-Unsubscribe", "<https://shifthire.example/unsub?u=8841203>")])
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>ShiftHire</title></head>"
            "<body style=\"margin:0;background:#f3f4f6\"><table role=\"presentation\" width=\"100%\" "
            "cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\"><table width=\"600\" "
            "style=\"background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#111827\">"
            "<tr><td style=\"padding:20px;background:#0f766e;color:#fff;font-size:20px;font-weight:bold\">ShiftHire</td></tr>"
            f"<tr><td style=\"padding:24px\">{html_inner}</td></tr>"
            "<tr><td style=\"padding:16px;font-size:11px;color:#6b7280\">You received this email because you have a "
            "ShiftHire account. ShiftHire, 500 Example Plaza, Suite 12, Austin, TX 78701. "
            "<a href=\"https://shifthire.example/settings/notifications\">Notification settings</a> | "
            "<a href=\"https://shifthire.example/unsub?u=8841203\">Unsubscribe</a></td></tr>"
            "</table></td></tr></table></body></html>")
    m.set_content(html, subtype="html", cte="quoted-printable")
    return m


def c03():
    cid = "b73-03-jobboard-employer-message-phone-screen"
    start = T(2026, 3, 26, 10, 30, PHX, "Thu")
    kelly = "kbrandt@desertbloommarket.example"
    f = case(cid, interviews=[iv("Desert Bloom Market", "Assistant Store Manager", start, start + timedelta(minutes=20),
                                 "scheduled", [kelly], [kelly], "phone_screen")],
             difficulty="medium", category="positive/job-board-message",
             notes="Job-board notifications (HTML-only, quoted-printable) quoting the employer's messages; proposal "
                   "then confirmation; the store director (the caller) signs with her e-mail.")
    write_email(f, "01-employer-sent-you-a-message.eml", shifthire(cid, 1, employer="Desert Bloom Market",
        subject="Desert Bloom Market sent you a message about Assistant Store Manager",
        date=T(2026, 3, 23, 9, 14, PHX, "Mon"), html_inner=(
            "<p style=\"font-size:16px\"><b>Desert Bloom Market</b> sent you a message</p>"
            "<p style=\"color:#6b7280\">Assistant Store Manager &middot; Chandler, AZ</p>"
            "<blockquote style=\"border-left:4px solid #0f766e;margin:0;padding:8px 16px;background:#f9fafb\">"
            "Hi Tamsin, thanks for applying! We&#39;d like to set up a phone interview for the Assistant Store "
            "Manager position at our Chandler store (Ray &amp; Alma School). Does Thursday, March 26 at 10:30 AM "
            "(Arizona time) work for you? I&#39;ll call you at the number on your application &ndash; plan on "
            "about 20 minutes.<br><br>If that time doesn&#39;t work just reply here with a couple of options."
            "<br><br>Kelly Brandt<br>Store Director, Desert Bloom Market #14<br>kbrandt@desertbloommarket.example"
            "<br>(480) 555-0133</blockquote>"
            "<p><a href=\"https://shifthire.example/inbox/t/551902\" style=\"background:#0f766e;color:#fff;"
            "padding:10px 18px;text-decoration:none;border-radius:4px\">Reply to Desert Bloom Market</a></p>"
            "<p style=\"font-size:12px;color:#6b7280\">Please don&#39;t reply to this email. Replies go to a "
            "no-reply address; use the button above.</p>")))
    write_email(f, "02-employer-sent-you-a-message.eml", shifthire(cid, 2, employer="Desert Bloom Market",
        subject="Desert Bloom Market sent you a message about Assistant Store Manager",
        date=T(2026, 3, 23, 13, 2, PHX, "Mon"), html_inner=(
            "<p style=\"font-size:16px\"><b>Desert Bloom Market</b> replied to your message</p>"
            "<p style=\"color:#6b7280\">Assistant Store Manager &middot; Chandler, AZ</p>"
            "<p style=\"font-size:12px;color:#6b7280\">You wrote: &ldquo;Hi Kelly, Thursday at 10:30 works "
            "great. Thank you! &ndash; Tamsin&rdquo;</p>"
            "<blockquote style=\"border-left:4px solid #0f766e;margin:0;padding:8px 16px;background:#f9fafb\">"
            "Perfect, you&#39;re all set for Thurs 3/26 at 10:30am. Talk soon!<br>&ndash; Kelly</blockquote>"
            "<p><a href=\"https://shifthire.example/inbox/t/551902\">View conversation</a></p>")))


def c04():
    cid = "b73-04-voicemail-transcript-diner-interview"
    d1 = T(2026, 4, 7, 11, 18, PHX, "Tue")
    start = T(2026, 4, 9, 10, 30, PHX, "Thu")
    lupe = "lupe@copperkettlediner.example"
    f = case(cid, interviews=[iv("Copper Kettle Diner", "Front-of-House Manager", start, start + timedelta(minutes=45),
                                 "scheduled", [lupe], [lupe], "hiring_manager")],
             difficulty="hard", category="positive/voicemail-transcript",
             notes="Voicemail transcript proposes 'this Thursday at half past ten' (message Tue 7 Apr -> Thu 9 Apr), "
                   "~45 min; owner confirms by e-mail reply (base64) quoting the candidate's acceptance.")
    write_email(f, "01-voicemail.eml", voicemail_mail(cid, 1, number="(480) 555-0192", caller="Copper Kettle",
        length="0:52", date=d1,
        transcript="Hi, Tamsin, this is Lupe Garza from the Copper Kettle Diner on Main Street in Mesa, calling about "
                   "the, uh, front of house manager job you applied for. We'd love to have you come in and sit down "
                   "with me for an interview this Thursday at, um, half past ten in the morning, if that works for "
                   "you. It'll be about forty five minutes. You can call me back at 480-555-0192 or, uh, send me an "
                   "email, it's lupe at copper kettle diner dot example. Okay, thanks, bye."))
    m = base_msg(cid, 2, frm="Lupe Garza <lupe@copperkettlediner.example>",
                 subject="Re: Front of house manager interview", date=T(2026, 4, 7, 14, 51, PHX, "Tue"),
                 domain="copperkettlediner.example", in_reply_to=mid(cid, 102, "example.com"))
    body = ("Perfect! See you Thursday at 10:30. Park in the back lot off Center St, the front is metered.\n\n"
            "Lupe\n\n-- \nLupe Garza | Owner\nCopper Kettle Diner\n118 W Main St, Mesa, AZ 85201\n(480) 555-0192\n\n"
            "On Tue, Apr 7, 2026 at 1:37 PM Tamsin Quillon <tamsin.quillon@example.com> wrote:\n"
            "> Hi Lupe,\n>\n> Thanks so much for the voicemail! Thursday at 10:30 works great for me. I'll bring\n"
            "> a copy of my resume and my references.\n>\n> Best,\n> Tamsin Quillon\n> (602) 555-0118\n")
    m.set_content(body, cte="base64")
    write_email(f, "02-re-front-of-house-manager-interview.eml", m)


def c05():
    cid = "b73-05-landlord-text-showing"
    f = case(cid, interviews=[], difficulty="medium", category="negative/sms-landlord-showing",
             notes="Landlord texts to schedule a showing 'tmrw at 2'; he is 'interviewing' prospective tenants.")
    write_email(f, "01-text-from-6025550163.eml", sms_mail(cid, 1, number="(602) 555-0163",
        date=T(2026, 4, 22, 8, 31, PHX, "Wed"), sender_digits="6025550118",
        text="Hi Tamsin, Gary Pruitt here (landlord). Need to schedule a showing of your unit tmrw at 2 for a "
             "prospective tenant, I'm interviewing a couple applicants for when your lease is up in June. Should "
             "take 15 min, I'll text when we're on the way. Thx!"))


def hirechat(cid, n, *, subject, date, text, html, ics_text=None):
    m = base_msg(cid, n, frm="Sunny at Pacific Crest Hotels <sunny@bot.hirechat.example>", subject=subject,
                 date=date, domain="bot.hirechat.example",
                 reply_to="Pacific Crest Hotels Recruiting <no-reply@hirechat.example>")
    m.set_content(text)
    m.add_alternative(html, subtype="html")
    if ics_text:
        m.add_attachment(ics_text.encode("utf-8"), maintype="text", subtype="calendar", filename="interview.ics",
                         params={"method": "REQUEST"})
    return m


def c06():
    cid = "b73-06-chatbot-scheduler-reschedule-pacific"
    s1 = T(2026, 3, 10, 13, 0, LA, "Tue")
    s2 = T(2026, 3, 12, 11, 0, LA, "Thu")
    jordan = "jordan.ames@pacificcresthotels.example"
    f = case(cid, interviews=[iv("Pacific Crest Hotels", "Front Office Manager", s2, s2 + timedelta(minutes=30),
                                 "scheduled", [jordan], [jordan], "hiring_manager")],
             difficulty="hard", category="positive/chatbot-scheduler-reschedule",
             notes="Chat-bot scheduler confirmation booked before the 8 Mar California DST switch, then rescheduled "
                   "(SEQUENCE 1) to Thu 12 Mar 11:00 PDT; bot shows times in the candidate's Arizona zone; GM is an "
                   "attendee in the .ics.")
    uid = "hc-7f3a91c2-interview@hirechat.example"
    org = ("Pacific Crest Hotels Recruiting", "no-reply@hirechat.example")
    att = [("Jordan Ames", jordan, "REQ-PARTICIPANT", "ACCEPTED"), (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")]
    loc = "Video interview - https://meet.hirechat.example/r/pch-4471"
    for n, (s, seq, date, subj, intro) in enumerate([
            (s1, 0, T(2026, 3, 5, 16, 22, LA, "Thu"), "Your interview with Pacific Crest Hotels is confirmed",
             "Thanks for chatting with me! Your interview is confirmed."),
            (s2, 1, T(2026, 3, 9, 9, 47, LA, "Mon"), "Updated: your interview with Pacific Crest Hotels has been rescheduled",
             "Jordan had a conflict come up, so I moved your interview. Here are the new details. Your previous "
             "time is no longer reserved.")], start=1):
        e = s + timedelta(minutes=30)
        loc_s, loc_e = s.astimezone(PHX), e.astimezone(PHX)
        when = (f"{loc_s.strftime('%a, %b')} {loc_s.day} \u00b7 {loc_s.strftime('%I:%M %p').lstrip('0')} \u2013 "
                f"{loc_e.strftime('%I:%M %p').lstrip('0')} MST (Arizona - your time zone)")
        text = (f"Hi Tamsin,\n\n{intro}\n\nPosition: Front Office Manager - Pacific Crest Hotel Carlsbad\n"
                f"When: {when}\nWith: Jordan Ames, General Manager\nWhere: {loc}\n\n"
                "Need to change it? Just text RESCHEDULE to (760) 555-0102 or reply here and I'll help.\n\n"
                "Sunny \u2600\ufe0f\nVirtual Hiring Assistant, Pacific Crest Hotels\n"
                "Powered by HireChat - automated messages, replies are not monitored by a person.\n")
        html = ("<html><body style=\"font-family:Arial,sans-serif\"><p>Hi Tamsin,</p>"
                f"<p>{intro}</p><table style=\"border:1px solid #ddd;padding:8px\">"
                "<tr><td><b>Position</b></td><td>Front Office Manager - Pacific Crest Hotel Carlsbad</td></tr>"
                f"<tr><td><b>When</b></td><td>{when}</td></tr>"
                "<tr><td><b>With</b></td><td>Jordan Ames, General Manager</td></tr>"
                f"<tr><td><b>Where</b></td><td><a href=\"https://meet.hirechat.example/r/pch-4471\">Join video interview</a></td></tr>"
                "</table><p>Sunny &#9728;&#65039;<br>Virtual Hiring Assistant, Pacific Crest Hotels</p>"
                "<p style=\"font-size:11px;color:#888\">Powered by HireChat</p></body></html>")
        cal = ics(method="REQUEST", uid=uid, seq=seq, start=s, end=e,
                  summary="Interview: Tamsin Quillon - Front Office Manager (Pacific Crest Hotels)",
                  organizer=org, attendees=att, location=loc, stamp=date,
                  description="Video interview with Jordan Ames, General Manager. Scheduled by Sunny (HireChat).",
                  prodid="-//HireChat//Scheduler 3.2//EN")
        write_email(f, f"0{n}-hirechat-{'confirmed' if n == 1 else 'rescheduled'}.eml",
                    hirechat(cid, n, subject=subj, date=date, text=text, html=html, ics_text=cal))


def c07():
    cid = "b73-07-jobboard-interview-request-marketing"
    f = case(cid, interviews=[], difficulty="medium", category="negative/job-board-marketing",
             notes="Job-board upsell: 'you have new interview requests', no employer, no time.")
    write_email(f, "01-new-interview-requests.eml", shifthire(cid, 1, employer=None,
        subject="\U0001F389 Tamsin, you have 3 new interview requests waiting",
        date=T(2026, 5, 2, 7, 0, PHX, "Sat"), html_inner=(
            "<p style=\"font-size:22px;font-weight:bold\">Managers near Phoenix, AZ want to interview you!</p>"
            "<p>Good news, Tamsin &ndash; 3 employers viewed your profile this week and sent you an interview "
            "request. Candidates who respond within 24 hours are 4x more likely to get hired.</p>"
            "<table width=\"100%\"><tr><td style=\"padding:8px;border:1px solid #e5e7eb\">&#128274; Restaurant "
            "employer &middot; Phoenix, AZ &middot; Shift Manager</td></tr>"
            "<tr><td style=\"padding:8px;border:1px solid #e5e7eb\">&#128274; Retail employer &middot; Tempe, AZ "
            "&middot; Assistant Manager</td></tr><tr><td style=\"padding:8px;border:1px solid #e5e7eb\">&#128274; "
            "Hospitality employer &middot; Scottsdale, AZ &middot; Supervisor</td></tr></table>"
            "<p><a href=\"https://shifthire.example/plus?src=ir_email\" style=\"background:#f59e0b;color:#111;"
            "padding:12px 20px;text-decoration:none;border-radius:4px;font-weight:bold\">Upgrade to ShiftHire Plus to "
            "see who wants to interview you</a></p>"
            "<p style=\"font-size:12px;color:#6b7280\">Plus members can schedule interviews instantly, message "
            "hiring managers directly and get a Top Candidate badge. $9.99/mo, cancel anytime.</p>")))


def c08():
    cid = "b73-08-inmail-recruiter-then-google-invite"
    start = T(2026, 4, 16, 15, 30, CHI, "Thu")
    end = start + timedelta(minutes=30)
    reggie = "reggie.holt@mesaverdehg.example"
    f = case(cid, interviews=[iv("Mesa Verde Hospitality Group", "Restaurant General Manager", start, end, "scheduled",
                                 [reggie], [reggie], "phone_screen")],
             difficulty="medium", category="positive/inmail-thread-google-invite",
             notes="InMail-style notification, recruiter e-mail reply and Google Calendar invite for one phone "
                   "screen: Thu 16 Apr 3:30 Central (CDT, -05:00) = 1:30 Arizona. Dedupe to one.")
    m = base_msg(cid, 1, frm="Reggie Holt via ProLink <inmail-hit-reply@prolink.example>",
                 subject="Reggie Holt sent you a new message", date=T(2026, 4, 13, 10, 4, CHI, "Mon"),
                 domain="prolink.example")
    txt = ("ProLink\n\nReggie Holt\nSenior Talent Acquisition Partner at Mesa Verde Hospitality Group\n\n"
           "Restaurant GM openings - Phoenix metro\n\n"
           "Hi Tamsin - I'm a recruiter with Mesa Verde Hospitality Group out of Austin. We're opening three "
           "Cantina Verde restaurants in the Phoenix metro this summer and are hiring General Managers. Your time "
           "running shifts at Ember & Oak caught my eye.\n\nWould you be up for a 30-min phone screen this week? I "
           "have Thursday 4/16 at 3:30 Central (1:30 your time) open. Easiest is to email me directly at "
           "reggie.holt@mesaverdehg.example.\n\nThanks,\nReggie\n\n"
           "Reply: https://www.prolink.example/messaging/thread/2-Nzk4MjE1/\n\n"
           "This is an InMail. You are receiving InMail notification emails. Unsubscribe: "
           "https://www.prolink.example/e/unsub\n(c) 2026 ProLink Corporation, 1 Example Way, Sunnyvale CA.\n")
    m.set_content(txt)
    m.add_alternative("<html><body>" + txt.replace("\n", "<br>\n") + "</body></html>", subtype="html")
    write_email(f, "01-prolink-inmail.eml", m)
    m = base_msg(cid, 2, frm="Reggie Holt <reggie.holt@mesaverdehg.example>",
                 subject="Re: Restaurant GM openings - Phoenix metro", date=T(2026, 4, 13, 16, 40, CHI, "Mon"),
                 domain="mesaverdehg.example", in_reply_to=mid(cid, 102, "example.com"))
    m.set_content("Great - you're on my calendar for Thursday. I'll call you at (602) 555-0118. Invite coming "
                  "separately so it's on your calendar.\n\nReggie Holt\nSenior Talent Acquisition Partner\n"
                  "Mesa Verde Hospitality Group\n2100 S Lamar Blvd, Austin, TX 78704\nc: (512) 555-0177\n\n"
                  "On Mon, Apr 13, 2026 at 2:15 PM Tamsin Quillon <tamsin.quillon@example.com> wrote:\n"
                  "> Hi Reggie,\n> Thanks for reaching out! Thursday at 1:30 my time works. My cell is\n"
                  "> (602) 555-0118.\n> Tamsin\n", cte="quoted-printable")
    write_email(f, "02-re-restaurant-gm-openings.eml", m)
    summary = "Phone screen: Tamsin Quillon / Mesa Verde Hospitality (Restaurant GM)"
    when = "Thu Apr 16, 2026 3:30pm - 4pm (CDT)"
    m = base_msg(cid, 3, frm="Reggie Holt <reggie.holt@mesaverdehg.example>",
                 subject=f"Invitation: {summary} @ {when} ({OWNER})", date=T(2026, 4, 13, 16, 43, CHI, "Mon"),
                 domain="calendar.mesaverdehg.example", reply_to="Reggie Holt <reggie.holt@mesaverdehg.example>",
                 extra=[("Sender", "Google Calendar <calendar-notification@calendar.example>")])
    m.set_content(f"{summary}\nThursday Apr 16, 2026 \u22c5 3:30pm \u2013 4:00pm\nCentral Time - Chicago\n\n"
                  "Reggie will call Tamsin at (602) 555-0118.\n\nOrganizer\nReggie Holt\nreggie.holt@mesaverdehg.example\n\n"
                  "Guests\nReggie Holt - organizer\nreggie.holt@mesaverdehg.example\ntamsin.quillon@example.com\n\n"
                  "Invitation from Google Calendar\n", cte="base64")
    m.add_alternative(f"<html><body><p><b>{summary}</b><br>Thursday Apr 16, 2026 &#8901; 3:30pm &ndash; 4:00pm<br>"
                      "Central Time - Chicago</p><p>Reggie will call Tamsin at (602) 555-0118.</p>"
                      "<p>Organizer<br>Reggie Holt<br>reggie.holt@mesaverdehg.example</p></body></html>",
                      subtype="html", cte="quoted-printable")
    cal = ics(method="REQUEST", uid="5q1h8k2mf0v9c3r7t6@google.com", seq=0, start=start, end=end, summary=summary,
              organizer=("Reggie Holt", reggie),
              attendees=[("Reggie Holt", reggie, "REQ-PARTICIPANT", "ACCEPTED"),
                         (OWNER, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
              description="Reggie will call Tamsin at (602) 555-0118.", location="Phone",
              stamp=T(2026, 4, 13, 16, 43, CHI), prodid="-//Google Inc//Google Calendar 70.9054//EN")
    m.add_alternative(cal, subtype="calendar", params={"method": "REQUEST"})
    m.add_attachment(cal.encode(), maintype="application", subtype="ics", filename="invite.ics")
    write_email(f, "03-invitation-phone-screen.eml", m)


def exchange_invite(cid, n, *, frm, to, subject, date, when_line, body, cal, domain):
    m = base_msg(cid, n, frm=frm, to=to, subject=subject, date=date, domain=domain,
                 extra=[("Thread-Topic", subject.split(": ", 1)[-1]), ("Accept-Language", "en-US"),
                        ("Content-Language", "en-US"),
                        ("Content-class", "urn:content-classes:calendarmessage"),
                        ("X-MS-Has-Attach", ""), ("x-ms-publictraffictype", "Email")])
    m.set_content(f"{when_line}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}", cte="quoted-printable")
    m.add_alternative("<html><body><div style=\"font-family:Calibri,sans-serif\">"
                      + "<br>\n".join(f"{when_line}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}".split("\n"))
                      + "</div></body></html>", subtype="html", cte="quoted-printable")
    m.add_alternative(cal, subtype="calendar", cte="base64", params={"method": cal.split("METHOD:")[1].split("\r")[0],
                                                                     "name": "meeting.ics"})
    return m


def c09():
    cid = "b73-09-exchange-panel-dallas-cancelled"
    start = T(2026, 3, 4, 11, 0, CHI, "Wed")
    end = start + timedelta(hours=1)
    hs, pn = "hsalinas@lonestarprovisions.example", "pnatarajan@lonestarprovisions.example"
    coord = ("Dana Whitcomb", "dwhitcomb@lonestarprovisions.example")
    f = case(cid, interviews=[iv("Lone Star Provisions", "Store Operations Manager", start, end, "cancelled",
                                 [hs, pn], [hs, pn], "onsite")],
             difficulty="medium", category="positive/exchange-cancel",
             notes="Exchange/Teams panel invite (TZID 'Central Standard Time', 11:00 CST = 10:00 Arizona) followed "
                   "by METHOD:CANCEL; coordinator is not an interviewer.")
    uid = "040000008200E00074C5B7101A82E00800000000B0C4A1D2E3A6DC01000000000000000010000000A7F3"
    to = (f"{OWNER_NAME} <{OWNER}>, Hector Salinas <{hs}>, Priya Natarajan <{pn}>")
    attendees = [("Hector Salinas", hs, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                 ("Priya Natarajan", pn, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                 (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")]
    when = ("When: Wednesday, March 4, 2026 11:00 AM-12:00 PM (UTC-06:00) Central Time (US & Canada).\n"
            "Where: Microsoft Teams Meeting")
    body = ("Hi Tamsin,\n\nYou're confirmed for a 60-minute panel interview for the Store Operations Manager role "
            "(Scottsdale opening) with Hector Salinas, Regional Director of Operations, and Priya Natarajan, HR "
            "Business Partner. Please join from a quiet spot with video on. I'm coordinating but won't be on the "
            "call.\n\nDana Whitcomb\nRecruiting Coordinator | Lone Star Provisions\n4400 Commerce St, Dallas, TX "
            "75226 | (214) 555-0140\n\n________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            "Click here to join the meeting<https://teams.example/l/meetup-join/19%3ameeting_LSP77>\n"
            "Meeting ID: 281 640 993 115\nPasscode: x7Qe2P\n"
            "________________________________________________________________________________\n")
    tz_extra = ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE"]
    cal = ics(method="REQUEST", uid=uid, seq=0, start=start, end=end, tzid="Central Standard Time", exchange=True,
              summary="Panel Interview: Tamsin Quillon - Store Operations Manager", organizer=coord,
              attendees=attendees, location="Microsoft Teams Meeting", stamp=T(2026, 2, 26, 14, 5, CHI),
              description=body.replace("\n\n", "\n"), prodid="Microsoft Exchange Server 2010", extra=tz_extra)
    write_email(f, "01-panel-interview-invite.eml", exchange_invite(
        cid, 1, frm=f"{coord[0]} <{coord[1]}>", to=to,
        subject="Panel Interview: Tamsin Quillon - Store Operations Manager", date=T(2026, 2, 26, 14, 5, CHI, "Thu"),
        when_line=when, body=body, cal=cal, domain="lonestarprovisions.example"))
    body2 = ("Hi Tamsin,\n\nI'm sorry for the late notice - we've paused hiring for the Scottsdale Store Operations "
             "Manager role while the store opening date is re-evaluated, so I need to cancel Wednesday's panel. "
             "We'll keep your application on file and I'll reach out if the role reopens.\n\nDana Whitcomb\n"
             "Recruiting Coordinator | Lone Star Provisions\n(214) 555-0140\n")
    cal2 = ics(method="CANCEL", uid=uid, seq=1, start=start, end=end, tzid="Central Standard Time", exchange=True,
               summary="Canceled: Panel Interview: Tamsin Quillon - Store Operations Manager", organizer=coord,
               attendees=attendees, location="Microsoft Teams Meeting", stamp=T(2026, 3, 2, 9, 12, CHI),
               status="CANCELLED", description=body2.replace("\n\n", "\n"), prodid="Microsoft Exchange Server 2010",
               extra=["X-MICROSOFT-CDO-BUSYSTATUS:FREE", "X-MICROSOFT-CDO-IMPORTANCE:2"])
    write_email(f, "02-canceled-panel-interview.eml", exchange_invite(
        cid, 2, frm=f"{coord[0]} <{coord[1]}>", to=to,
        subject="Canceled: Panel Interview: Tamsin Quillon - Store Operations Manager",
        date=T(2026, 3, 2, 9, 12, CHI, "Mon"), when_line=when, body=body2, cal=cal2,
        domain="lonestarprovisions.example"))


def c10():
    cid = "b73-10-assessment-text-before-interview"
    f = case(cid, interviews=[], difficulty="medium", category="negative/assessment-text",
             notes="Automated short-code text: complete an assessment to move on to the interview stage.")
    write_email(f, "01-text-from-88024.eml", sms_mail(cid, 1, number="88024", date=T(2026, 3, 27, 18, 3, PHX, "Fri"),
        sender_digits="6025550118",
        text="Sunburst Foods: Hi Tamsin! Thanks for applying for Shift Lead (Glendale). Next step: complete your "
             "15-min assessment so we can schedule your interview: https://snbf.example/a/7Qx2 Link expires in 72 "
             "hrs. Msg&data rates may apply. Reply STOP to opt out."))


def c11():
    cid = "b73-11-confirm-email-then-sms-cancel"
    start = T(2026, 5, 8, 9, 0, PHX, "Fri")
    omar = "omar.feliciano@sonoranfresh.example"
    f = case(cid, interviews=[iv("Sonoran Fresh Co", "Shift Lead", start, start + timedelta(minutes=30), "cancelled",
                                 [omar], [omar], "hiring_manager")],
             difficulty="hard", category="positive/cancel-by-text",
             notes="Recruiter e-mail confirms 'Fri 5/8 @ 9a AZ time' (30 min) with the district manager (cc'd); the "
                   "recruiter later cancels by text ('cancel ur call w Omar tmrw').")
    m = base_msg(cid, 1, frm="Bree Lindqvist <bree.lindqvist@sonoranfresh.example>",
                 cc=f"Omar Feliciano <{omar}>",
                 subject="Phone interview confirmed - Shift Lead, Gilbert", date=T(2026, 5, 4, 12, 26, PHX, "Mon"),
                 domain="sonoranfresh.example")
    m.set_content("Hi Tamsin,\n\nThanks for your time on the phone this morning! You're set for a phone interview "
                  "with Omar Feliciano, our District Manager (cc'd), on Fri 5/8 @ 9a AZ time. Omar will call the "
                  "number on your application, plan on about 30 min.\n\nLet me know if anything changes!\n\n"
                  "Bree Lindqvist\nTalent Acquisition, Sonoran Fresh Co.\n1650 N Gilbert Rd, Gilbert, AZ 85234\n"
                  "(480) 555-0176\n")
    write_email(f, "01-phone-interview-confirmed.eml", m)
    write_email(f, "02-text-from-4805550176.eml", sms_mail(cid, 2, number="(480) 555-0176",
        date=T(2026, 5, 7, 16, 5, PHX, "Thu"), sender_digits="6025550118",
        text="Hi Tamsin its Bree w/ Sonoran Fresh. so sorry but we have to cancel ur call w Omar tmrw, the Gilbert "
             "shift lead position got put on hold :( I'll reach out if it reopens!"))


def c12():
    cid = "b73-12-coworker-shift-swap-text"
    f = case(cid, interviews=[], difficulty="hard", category="negative/shift-swap-coworker-interview",
             notes="Coworker at the user's current job asks to swap shifts because SHE has a job interview Thursday at "
                   "2; the user is not the candidate.")
    write_email(f, "01-text-from-6025550199.eml", sms_mail(cid, 1, number="(602) 555-0199",
        date=T(2026, 4, 13, 21, 48, PHX, "Mon"), sender_digits="6025550118",
        text="hey Tamsin its Kayla (E&O). any chance u can swap ur thurs close for my sat open?? I have a job "
             "interview at 2 this thurs and theres no way I make it back for my 4pm shift \U0001F64F lmk, I already "
             "asked Deshawn and he said to ask u since ur the MOD"))


def c13():
    cid = "b73-13-phone-screen-then-store-interview"
    s1 = T(2026, 4, 20, 12, 0, PHX, "Mon")
    s2 = T(2026, 4, 28, 14, 0, PHX, "Tue")
    e2 = T(2026, 4, 28, 15, 30, PHX)
    nia = "nia.okafor-baptiste@cactuswrencoffee.example"
    theo, mar = "theo.brandvold@cactuswrencoffee.example", "marisol.jiang@cactuswrencoffee.example"
    f = case(cid, interviews=[
        iv("Cactus Wren Coffee", "Cafe Manager", s1, s1 + timedelta(minutes=20), "scheduled", [nia], [nia],
           "phone_screen"),
        iv("Cactus Wren Coffee", "Cafe Manager", s2, e2, "scheduled", [theo, mar], [theo, mar], "onsite")],
        difficulty="medium", category="positive/two-interviews",
        notes="Recruiter phone screen Mon 20 Apr at noon (~20 min), then an in-store panel Tue 28 Apr 2-3:30p with "
              "two interviewers (standalone .ics, TZID America/Phoenix).")
    m = base_msg(cid, 1, frm="Nia Okafor-Baptiste <nia.okafor-baptiste@cactuswrencoffee.example>",
                 subject="Cafe Manager (Tempe - Mill Ave) - quick phone screen?", date=T(2026, 4, 15, 10, 12, PHX, "Wed"),
                 domain="cactuswrencoffee.example")
    m.set_content("Hi Tamsin,\n\nThanks for applying for the Cafe Manager role at our Mill Ave store! Could you do a "
                  "quick phone screen with me on Monday 4/20 at noon? Should take about 20 minutes - mostly about "
                  "your experience and availability.\n\nNia\n\nNia Okafor-Baptiste | People Team\nCactus Wren Coffee "
                  "Co. | 21 E 6th St, Tempe, AZ 85281\n(480) 555-0121\n")
    write_email(f, "01-quick-phone-screen.eml", m)
    m = base_msg(cid, 2, frm="Nia Okafor-Baptiste <nia.okafor-baptiste@cactuswrencoffee.example>",
                 subject="Re: Cafe Manager (Tempe - Mill Ave) - quick phone screen?",
                 date=T(2026, 4, 15, 13, 40, PHX, "Wed"), domain="cactuswrencoffee.example",
                 in_reply_to=mid(cid, 102, "example.com"), refs=f"{mid(cid, 1, 'cactuswrencoffee.example')} {mid(cid, 102, 'example.com')}")
    m.set_content("Perfect, noon Monday it is - I'll call your cell.\n\nNia\n\n"
                  "On Wed, Apr 15, 2026 at 1:02 PM Tamsin Quillon <tamsin.quillon@example.com> wrote:\n"
                  "> Hi Nia, Monday at noon works for me. My cell is (602) 555-0118.\n> Thanks! Tamsin\n")
    write_email(f, "02-re-quick-phone-screen.eml", m)
    m = base_msg(cid, 3, frm="Nia Okafor-Baptiste <nia.okafor-baptiste@cactuswrencoffee.example>",
                 subject="Next step - in-store interview at Mill Ave", date=T(2026, 4, 21, 9, 5, PHX, "Tue"),
                 cc=f"Theo Brandvold <{theo}>, Marisol Jiang <{mar}>", domain="cactuswrencoffee.example")
    m.set_content("Hi Tamsin,\n\nGreat talking with you yesterday! Next step is an in-person interview at the Mill "
                  "Ave store with Theo Brandvold (District Manager) and Marisol Jiang (Director of Operations), both "
                  "cc'd. We have you down for Tuesday 4/28 from 2-3:30p - you'll chat with both of them and do a "
                  "short walk of the floor with Theo. I'll send a calendar hold.\n\nNia\n")
    write_email(f, "03-next-step-in-store-interview.eml", m)
    cal = ics(method="REQUEST", uid="cwc-interview-88412@cactuswrencoffee.example", seq=0, start=s2, end=e2,
              summary="In-person interview - Tamsin Quillon - Cafe Manager", organizer=("Nia Okafor-Baptiste", nia),
              attendees=[("Theo Brandvold", theo, "REQ-PARTICIPANT", "ACCEPTED"),
                         ("Marisol Jiang", mar, "REQ-PARTICIPANT", "ACCEPTED"),
                         (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
              location="Cactus Wren Coffee - Mill Ave, 21 E 6th St, Tempe, AZ 85281",
              description="Interview with Theo (District Manager) and Marisol (Director of Operations), incl. floor walk.",
              stamp=T(2026, 4, 21, 9, 7, PHX), prodid="-//Apple Inc.//macOS 15.3//EN")
    (f / "04-in-person-interview.ics").write_bytes(cal.encode("utf-8"))


def c14():
    cid = "b73-14-user-is-interviewer-hiring-platform"
    start = T(2026, 3, 20, 15, 0, PHX, "Fri")
    f = case(cid, interviews=[], difficulty="hard", category="negative/user-is-interviewer",
             notes="Current employer's hiring platform tells the user (a shift manager) she will interview a server "
                   "candidate; .ics has the user as organizer/interviewer.")
    m = base_msg(cid, 1, frm="Staffwise for Ember & Oak <notifications@staffwise.example>",
                 subject="Interview scheduled: Jaylen Brooks - Server (Ember & Oak Scottsdale)",
                 date=T(2026, 3, 18, 16, 20, PHX, "Wed"), domain="staffwise.example")
    m.set_content("Hi Tamsin,\n\nA candidate booked an interview with you.\n\nCandidate: Jaylen Brooks\n"
                  "Position: Server - Ember & Oak Scottsdale\nInterviewer: Tamsin Quillon (Manager on Duty)\n"
                  "When: Fri, Mar 20, 2026 3:00 PM - 3:20 PM MST\nWhere: In store - ask host to page MOD\n\n"
                  "Review the candidate's application and interview guide before the interview: "
                  "https://app.staffwise.example/interviews/55310\nAfter the interview, submit your scorecard so the "
                  "GM can make a hiring decision.\n\nStaffwise - hiring for hospitality\n")
    cal = ics(method="REQUEST", uid="sw-interview-55310@staffwise.example", seq=0, start=start,
              end=start + timedelta(minutes=20), summary="Interview: Jaylen Brooks (Server candidate)",
              organizer=(OWNER_NAME, OWNER),
              attendees=[(OWNER_NAME, OWNER, "CHAIR", "ACCEPTED"),
                         ("Jaylen Brooks", "jaylen.brooks.92@mail.example", "REQ-PARTICIPANT", "ACCEPTED")],
              location="Ember & Oak Scottsdale", stamp=T(2026, 3, 18, 16, 20, PHX),
              description="You are interviewing Jaylen Brooks for Server. Scorecard: https://app.staffwise.example/interviews/55310",
              prodid="-//Staffwise//Interviews//EN")
    m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="interview.ics",
                     params={"method": "REQUEST"})
    write_email(f, "01-interview-scheduled-candidate.eml", m)


def c15():
    cid = "b73-15-forwarded-madrid-video-interview"
    start = T(2026, 5, 14, 17, 0, MAD, "Thu")
    end = start + timedelta(minutes=45)
    lucia, javier = "lucia.ferrer@grupoalameda.example", "javier.ortuno@grupoalameda.example"
    f = case(cid, interviews=[iv("Grupo Alameda Hoteles", "Food & Beverage Supervisor", start, end, "scheduled",
                                 [lucia, javier], [lucia, javier], "onsite")],
             difficulty="hard", category="positive/forwarded-europe",
             notes="Owner forwards a thread from her old address: Madrid-based director proposes 'jueves 14 de mayo a "
                   "las 17h' (CEST, +02:00) = 8:00 Arizona, two interviewers, 45 min.")
    phx_s = start.astimezone(PHX)
    assert phx_s.hour == 8 and phx_s.minute == 0
    l1 = T(2026, 5, 11, 10, 2, MAD, "Mon")
    u1 = T(2026, 5, 11, 6, 30, PHX, "Mon")
    l2 = T(2026, 5, 11, 16, 5, MAD, "Mon")
    fwd = T(2026, 5, 11, 7, 40, PHX, "Mon")
    assert l1 < u1 < l2 < fwd
    m = base_msg(cid, 1, frm="Tamsin Q <tamsinq@mail.example>",
                 subject="Fwd: Entrevista - F&B Supervisor, Alameda Red Rock Sedona", date=fwd, domain="mail.example")
    body = ("fwd to my new email so I don't lose this. interview thurs 8am!!\n\n"
            "---------- Forwarded message ---------\n"
            "From: Lucía Ferrer <lucia.ferrer@grupoalameda.example>\n"
            f"Date: Mon, May 11, 2026 at {l2.astimezone(PHX).strftime('%I:%M %p').lstrip('0')}\n"
            "Subject: Re: Entrevista - F&B Supervisor, Alameda Red Rock Sedona\n"
            "To: Tamsin Q <tamsinq@mail.example>\n"
            "Cc: Javier Ortuño <javier.ortuno@grupoalameda.example>\n\n\n"
            "Perfecto, Tamsin. Confirmado:\n\n"
            "jueves 14 de mayo, 17:00-17:45 h (hora de Madrid, CEST) = 8:00-8:45 AM Arizona\n"
            "Microsoft Teams - os enviaré el enlace el miércoles.\n\n"
            "Javier and I look forward to speaking with you.\n\nUn saludo / Best regards,\n\n"
            "Lucía Ferrer\nDirectora de Alimentos y Bebidas | Grupo Alameda Hoteles\n"
            "Paseo de la Castellana 000, 28046 Madrid, España\nT. +34 910 000 000\n\n"
            f"El lun, 11 may 2026 a las {u1.astimezone(MAD).strftime('%H:%M')}, Tamsin Q <tamsinq@mail.example> escribió:\n"
            "> Hi Lucía,\n> Thank you! Thursday at 8:00 AM my time works well for me.\n> Tamsin\n>\n"
            f"> On Mon, May 11, 2026 at {l1.astimezone(PHX).strftime('%I:%M %p').lstrip('0')} Lucía Ferrer "
            "<lucia.ferrer@grupoalameda.example> wrote:\n"
            ">> Dear Tamsin,\n>>\n>> Thank you for your application for the Food & Beverage Supervisor position at\n"
            ">> our new resort, Alameda Red Rock Sedona. We would like to invite you to a video\n"
            ">> interview with myself and Javier Ortuño, the resort's General Manager.\n>>\n"
            ">> Would Thursday 14 May at 17h Madrid time suit you? I believe that is 8:00 in the\n"
            ">> morning in Arizona. The conversation will take about 45 minutes.\n>>\n"
            ">> Quedo atenta,\n>> Lucía Ferrer\n")
    m.set_content(body)
    write_email(f, "01-fwd-entrevista.eml", m)


def c16():
    cid = "b73-16-chatbot-pick-a-time-unbooked"
    f = case(cid, interviews=[], difficulty="hard", category="negative/chatbot-availability-link",
             notes="Chat-bot invites the candidate to pick an interview time via link; nothing booked.")
    m = base_msg(cid, 1, frm="Max from Harbor Lane Grocers <max@bot.hirechat.example>",
                 subject="Tamsin, let's get your interview scheduled!", date=T(2026, 6, 8, 11, 15, PHX, "Mon"),
                 domain="bot.hirechat.example", reply_to="no-reply@hirechat.example")
    txt = ("Hi Tamsin! \U0001F44B\n\nGreat news - the hiring team at Harbor Lane Grocers would like to interview you "
           "for Night Stocking Supervisor (Phoenix - 7th St & Bell).\n\nPick a time that works for you:\n"
           "https://schedule.hirechat.example/hlg/tq-20931\n\nAvailable times are shown in your local time (MST). "
           "Interviews are 20 minutes with the Store Manager. This link expires in 3 days.\n\n"
           "Questions? Text me at (602) 555-0109.\n\nMax \U0001F916\nVirtual Recruiting Assistant, Harbor Lane "
           "Grocers\nPowered by HireChat\n")
    m.set_content(txt)
    m.add_alternative("<html><body>" + txt.replace("\n", "<br>\n") + "</body></html>", subtype="html")
    write_email(f, "01-schedule-your-interview.eml", m)


def c17():
    cid = "b73-17-gcal-json-after-fall-back"
    start = T(2026, 11, 2, 10, 0, LA, "Mon")
    end = start + timedelta(minutes=45)
    assert start.utcoffset() == timedelta(hours=-8)
    assert start.astimezone(PHX).hour == 11
    kim, raf = "ksato@blueagaverg.example", "rmontoya@blueagaverg.example"
    f = case(cid, interviews=[iv("Blue Agave Restaurant Group", "Area Manager", start, end, "scheduled", [raf], [raf],
                                 "hiring_manager")],
             difficulty="hard", category="positive/gcal-json-dst-fallback",
             notes="Coordinator e-mail on Wed 28 Oct (PDT) for Mon 2 Nov 10am Pacific, after California falls back "
                   "(PST -08:00 = 11am Arizona); Calendar API event JSON for the same interview.")
    m = base_msg(cid, 1, frm="Kim Sato <ksato@blueagaverg.example>", cc=f"Rafael Montoya <{raf}>",
                 subject="Video interview Monday 11/2 - Area Manager (Phoenix)", date=T(2026, 10, 28, 15, 12, LA, "Wed"),
                 domain="blueagaverg.example")
    m.set_content("Hi Tamsin,\n\nConfirming your video interview with Rafael Montoya, Director of Operations, on "
                  "Monday 11/2 at 10am Pacific for 45 minutes. Google Meet link is on the calendar invite.\n\n"
                  "Heads up since you're in Arizona: California falls back this Sunday, so 10am Pacific on Monday "
                  "will be 11am your time (not 10).\n\nThanks!\nKim Sato\nRecruiting Coordinator, Blue Agave "
                  "Restaurant Group\n3045 Rosecrans St, San Diego, CA 92110 | (619) 555-0183\n",
                  cte="quoted-printable")
    write_email(f, "01-video-interview-monday.eml", m)
    ev = {
        "kind": "calendar#event",
        "etag": "\"3571928840112000\"",
        "id": "7bq2m0c4v1k9areag8dnl5s3tp",
        "status": "confirmed",
        "htmlLink": "https://calendar.example/event?eid=N2JxMm0wYzR2MWs5YXJlYWc4ZG5sNXMzdHA",
        "created": "2026-10-28T22:10:31.000Z",
        "updated": "2026-10-28T22:14:02.224Z",
        "summary": "Blue Agave RG - Area Manager interview (Tamsin Quillon)",
        "description": "Video interview with Rafael Montoya (Director of Operations). Coordinator: Kim Sato.",
        "creator": {"email": kim, "displayName": "Kim Sato"},
        "organizer": {"email": kim, "displayName": "Kim Sato"},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/Los_Angeles"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/Los_Angeles"},
        "iCalUID": "7bq2m0c4v1k9areag8dnl5s3tp@google.com",
        "sequence": 0,
        "attendees": [
            {"email": kim, "displayName": "Kim Sato", "organizer": True, "responseStatus": "accepted"},
            {"email": raf, "displayName": "Rafael Montoya", "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.example/bqa-mkte-zrv",
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    (f / "02-area-manager-interview.gcal.json").write_text(json.dumps(ev, indent=2, ensure_ascii=False) + "\n")


def c18():
    cid = "b73-18-jobboard-rejection-after-interview"
    f = case(cid, interviews=[], difficulty="medium", category="negative/rejection-via-job-board",
             notes="Employer message via job board thanking her for interviewing and rejecting; no upcoming interview.")
    write_email(f, "01-employer-sent-you-a-message.eml", shifthire(cid, 1, employer="Ironwood Steakhouse",
        subject="Ironwood Steakhouse sent you a message about Bar Manager", date=T(2026, 6, 15, 10, 41, PHX, "Mon"),
        html_inner=(
            "<p style=\"font-size:16px\"><b>Ironwood Steakhouse</b> sent you a message</p>"
            "<p style=\"color:#6b7280\">Bar Manager &middot; Scottsdale, AZ</p>"
            "<blockquote style=\"border-left:4px solid #0f766e;margin:0;padding:8px 16px;background:#f9fafb\">"
            "Hi Tamsin,<br><br>Thank you for taking the time to interview with Chef Dario and me last Tuesday. We "
            "enjoyed meeting you. After a lot of thought we&#39;ve decided to move forward with another candidate "
            "whose bar program experience more closely matches what we need right now.<br><br>We&#39;ll keep your "
            "info for future openings and wish you the best in your search.<br><br>Stacy Marr<br>General Manager"
            "</blockquote><p><a href=\"https://shifthire.example/inbox/t/603311\">View conversation</a></p>")))


def c19():
    cid = "b73-19-thread-thu-430p-pst"
    start = T(2026, 2, 12, 16, 30, LA, "Thu")
    assert start.utcoffset() == timedelta(hours=-8) and start.astimezone(PHX).hour == 17
    shay = "shay.pemberton@goldenhourcinemas.example"
    f = case(cid, interviews=[iv("Golden Hour Cinemas", "Theater General Manager", start, start + timedelta(minutes=30),
                                 "scheduled", [shay], [shay], "phone_screen")],
             difficulty="medium", category="positive/thread-propose-confirm",
             notes="Recruiter proposes 'Thu 2/12 @ 4:30p PST' (5:30 Arizona), 30-min Zoom; confirms in reply with "
                   "quoted text and a signature with address and phone.")
    d1 = T(2026, 2, 9, 11, 20, LA, "Mon")
    m = base_msg(cid, 1, frm="Shay Pemberton <shay.pemberton@goldenhourcinemas.example>",
                 subject="Golden Hour Cinemas - Theater GM (Chandler)", date=d1, domain="goldenhourcinemas.example")
    sig = ("Shay Pemberton | Talent Partner | Golden Hour Cinemas\n1200 N Vine St, Suite 400, Los Angeles, CA 90038\n"
           "m (323) 555-0164\n")
    m.set_content("Hi Tamsin,\n\nThanks for applying to the Theater General Manager opening at our Chandler "
                  "Fashion location. Your multi-unit shift experience is a great fit.\n\nAre you free Thu 2/12 @ "
                  "4:30p PST for a 30 min video call with me? (I think that's 5:30 for you.) Happy to find another "
                  "slot if not.\n\nShay\n\n" + sig)
    m.add_alternative("<html><body><div>Hi Tamsin,</div><div><br></div><div>Thanks for applying to the Theater "
                      "General Manager opening at our Chandler Fashion location. Your multi-unit shift experience is "
                      "a great fit.</div><div><br></div><div>Are you free <b>Thu 2/12 @ 4:30p PST</b> for a 30 min "
                      "video call with me? (I think that&#39;s 5:30 for you.) Happy to find another slot if not.</div>"
                      "<div><br></div><div>Shay</div><div><br></div><div style=\"color:#888\">"
                      + sig.replace("\n", "<br>") + "</div></body></html>", subtype="html")
    write_email(f, "01-theater-gm-chandler.eml", m)
    m = base_msg(cid, 2, frm="Shay Pemberton <shay.pemberton@goldenhourcinemas.example>",
                 subject="RE: Golden Hour Cinemas - Theater GM (Chandler)", date=T(2026, 2, 10, 8, 3, LA, "Tue"),
                 domain="goldenhourcinemas.example", in_reply_to=mid(cid, 102, "example.com"),
                 refs=f"{mid(cid, 1, 'goldenhourcinemas.example')} {mid(cid, 102, 'example.com')}")
    m.set_content("Locked in - Thu 2/12 @ 4:30p PST / 5:30p AZ.\n\nZoom: https://goldenhour.zoom.example/j/83310027754"
                  "?pwd=Qm9vbXRvd24\nMeeting ID: 833 1002 7754\n\nTalk then!\nShay\n\n" + sig + "\n"
                  "-----Original Message-----\nFrom: Tamsin Quillon <tamsin.quillon@example.com>\n"
                  "Sent: Monday, February 9, 2026 3:12 PM\nTo: Shay Pemberton <shay.pemberton@goldenhourcinemas.example>\n"
                  "Subject: Re: Golden Hour Cinemas - Theater GM (Chandler)\n\n"
                  "Hi Shay, yes 5:30 my time on Thursday works! Looking forward to it.\nTamsin\n",
                  cte="quoted-printable")
    write_email(f, "02-re-theater-gm-chandler.eml", m)


def c20():
    cid = "b73-20-ats-confirmation-mountain-daylight"
    start = T(2026, 6, 3, 14, 0, DEN, "Wed")
    end = start + timedelta(minutes=45)
    assert start.utcoffset() == timedelta(hours=-6)
    carmen = "cruelas@ocotillooutfitters.example"
    f = case(cid, interviews=[iv("Ocotillo Outfitters", "Retail Store Manager", start, end, "scheduled", [], [carmen],
                                 "hiring_manager")],
             difficulty="hard", category="positive/ats-email-with-ics",
             notes="ATS (Crewline) confirmation from no-reply with .ics (TZID America/Denver, 2:00 PM MDT = 1:00 PM "
                   "Arizona) and a reminder; interviewer named only, so follow-up goes to the coordinator (Reply-To).")
    text = ("Hi Tamsin,\n\nYour interview for Retail Store Manager - Tempe Marketplace with Ocotillo Outfitters is "
            "confirmed.\n\nDate: Wednesday, June 3, 2026\nTime: 2:00 PM - 2:45 PM MDT (Denver)\nType: Video "
            "(Crewline Video - link below)\nInterviewer: Gwen Alcott, District Manager\n\n"
            "Join: https://video.crewline.example/i/OCO-58219\n\nNeed to reschedule? Reply to this email to reach "
            "Carmen Ruelas, Recruiting Coordinator.\n\nSent via Crewline on behalf of Ocotillo Outfitters.\n")
    cal = ics(method="REQUEST", uid="crewline-oco-58219@crewline.example", seq=0, start=start, end=end,
              summary="Interview: Retail Store Manager - Ocotillo Outfitters", organizer=("Crewline", "no-reply@crewline.example"),
              attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
              location="https://video.crewline.example/i/OCO-58219", stamp=T(2026, 5, 27, 9, 30, DEN),
              description="Video interview with Gwen Alcott (District Manager).", prodid="-//Crewline//ATS//EN")
    m = base_msg(cid, 1, frm="Ocotillo Outfitters via Crewline <no-reply@crewline.example>",
                 reply_to=f"Carmen Ruelas <{carmen}>",
                 subject="Interview confirmed: Retail Store Manager at Ocotillo Outfitters",
                 date=T(2026, 5, 27, 9, 30, DEN, "Wed"), domain="crewline.example")
    m.set_content(text)
    m.add_alternative("<html><body>" + text.replace("\n", "<br>\n") + "</body></html>", subtype="html",
                      cte="quoted-printable")
    m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="interview.ics")
    write_email(f, "01-interview-confirmed.eml", m)
    m = base_msg(cid, 2, frm="Ocotillo Outfitters via Crewline <no-reply@crewline.example>",
                 reply_to=f"Carmen Ruelas <{carmen}>",
                 subject="Reminder: your interview with Ocotillo Outfitters is tomorrow",
                 date=T(2026, 6, 2, 14, 0, DEN, "Tue"), domain="crewline.example")
    m.set_content("Hi Tamsin,\n\nJust a reminder that your video interview for Retail Store Manager is tomorrow, "
                  "Wednesday, June 3 at 2:00 PM MDT (Denver).\n\nJoin: https://video.crewline.example/i/OCO-58219\n\n"
                  "Good luck!\nCrewline on behalf of Ocotillo Outfitters\n")
    write_email(f, "02-reminder-tomorrow.eml", m)


def c21():
    cid = "b73-21-workforce-mock-interview-ics"
    start = T(2026, 5, 19, 10, 0, PHX, "Tue")
    f = case(cid, interviews=[], difficulty="medium", category="negative/mock-interview",
             notes="Workforce-center mock interview practice appointment with a career coach (.ics attached).")
    coach = ("Renee Valdez", "rvaldez@valleyworkforce.example")
    m = base_msg(cid, 1, frm=f"{coach[0]} <{coach[1]}>",
                 subject="Confirmed: Mock Interview Practice - Tue 5/19 10:00 AM", date=T(2026, 5, 12, 13, 30, PHX, "Tue"),
                 domain="valleyworkforce.example")
    m.set_content("Hi Tamsin,\n\nYou're booked for a Mock Interview Practice session with me on Tuesday, May 19 at "
                  "10:00 AM at the Valley Workforce Connection - West Phoenix center (Room B). We'll run a practice "
                  "interview for restaurant/retail management roles and go over your answers and resume. Plan on "
                  "about an hour. This is a free service for job seekers.\n\nRenee Valdez\nCareer Coach, Valley "
                  "Workforce Connection\n4635 W McDowell Rd, Phoenix, AZ 85035 | (602) 555-0150\n")
    cal = ics(method="REQUEST", uid="vwc-appt-30817@valleyworkforce.example", seq=0, start=start,
              end=start + timedelta(hours=1), summary="Mock Interview Practice - Tamsin Quillon", organizer=coach,
              attendees=[(coach[0], coach[1], "REQ-PARTICIPANT", "ACCEPTED"),
                         (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
              location="Valley Workforce Connection - West Phoenix, Room B", stamp=T(2026, 5, 12, 13, 30, PHX),
              description="Practice interview + resume review with a career coach.",
              prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="Mock Interview Practice.ics",
                     params={"method": "REQUEST"})
    write_email(f, "01-confirmed-mock-interview.eml", m)


def c22():
    cid = "b73-22-exchange-invite-us-mountain-standard"
    start = T(2026, 7, 14, 14, 0, PHX, "Tue")
    end = start + timedelta(hours=1)
    dvu = "dvu@mesquitemain.example"
    alana = ("Alana Poe", "apoe@mesquitemain.example")
    f = case(cid, interviews=[iv("Mesquite & Main Markets", "Assistant Store Director", start, end, "scheduled",
                                 [dvu], [dvu], "hiring_manager")],
             difficulty="medium", category="positive/exchange-invite-windows-tz",
             notes="Recruiter e-mail ('2:00 PM Arizona time') plus Outlook invite with Windows TZID 'US Mountain "
                   "Standard Time' ((UTC-07:00) Arizona); hiring manager is the interviewer, recruiter only schedules.")
    m = base_msg(cid, 1, frm=f"{alana[0]} <{alana[1]}>", subject="Next step: meet Derrick (Assistant Store Director)",
                 date=T(2026, 7, 8, 15, 2, PHX, "Wed"), domain="mesquitemain.example")
    m.set_content("Hi Tamsin,\n\nDerrick Vu, our Store Director at the Chandler Heights store, would love to meet "
                  "you in person. I've sent an invite for Tuesday 7/14 at 2:00 PM Arizona time - it's an hour, at "
                  "our Store Support Center in Tempe. Bring a photo ID for the front desk.\n\nAlana Poe\nTalent "
                  "Acquisition Specialist | Mesquite & Main Markets\n2250 S Priest Dr, Tempe, AZ 85282\n"
                  "o: (480) 555-0115\n")
    write_email(f, "01-next-step-meet-derrick.eml", m)
    body = ("Hi Tamsin - in-person interview with Derrick Vu, Store Director (Chandler Heights). Check in at the "
            "front desk of the Store Support Center; parking is in the visitor lot on the north side.\n\nAlana\n")
    cal = ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000D8F1C3A40B12DD0100000000000000001000000093B2",
              seq=0, start=start, end=end, tzid="US Mountain Standard Time", exchange=True,
              summary="Interview - Tamsin Quillon / Assistant Store Director", organizer=alana,
              attendees=[("Derrick Vu", dvu, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                         (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
              location="Store Support Center - Conf Rm Ironwood, 2250 S Priest Dr, Tempe AZ 85282",
              stamp=T(2026, 7, 8, 15, 5, PHX), description=body, prodid="Microsoft Exchange Server 2010",
              extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"])
    write_email(f, "02-interview-invite.eml", exchange_invite(
        cid, 2, frm=f"{alana[0]} <{alana[1]}>", to=f"{OWNER_NAME} <{OWNER}>, Derrick Vu <{dvu}>",
        subject="Interview - Tamsin Quillon / Assistant Store Director", date=T(2026, 7, 8, 15, 5, PHX, "Wed"),
        when_line="When: Tuesday, July 14, 2026 2:00 PM-3:00 PM (UTC-07:00) Arizona.\n"
                  "Where: Store Support Center - Conf Rm Ironwood, 2250 S Priest Dr, Tempe AZ 85282",
        body=body, cal=cal, domain="mesquitemain.example"))


def main():
    for p in HERE.glob("b73-*"):
        if p.is_dir():
            shutil.rmtree(p)
    for fn in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20,
               c21, c22]:
        fn()
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as fh:
        fh.write("# Labels for blind73 (written blind). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=110)
    pos = sum(1 for v in LABELS.values() if v["interview"])
    print(f"{len(LABELS)} cases, {pos} positive, {len(LABELS) - pos} negative, "
          f"{sum(len(v['interviews']) for v in LABELS.values())} interviews")


if __name__ == "__main__":
    main()
