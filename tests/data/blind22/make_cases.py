#!/usr/bin/env python3
"""Deterministic generator for the blind22 evaluation set (messy threads: who and when).

Run: python make_cases.py  -> rewrites every b22-* folder and labels.yaml. stdlib + PyYAML + zoneinfo.
"""
import shutil
from datetime import datetime

import yaml

import base64
import hashlib
import json
import os
from datetime import timezone
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

UTC = timezone.utc


def h(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def addr(p):
    name, a = p
    return f"{name} <{a}>" if name else a


def addrs(ps):
    return ", ".join(addr(p) for p in ps)


def ampm(dt):
    hr = dt.hour % 12 or 12
    return f"{hr}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


# ---------------------------------------------------------------- quoting styles
def gmail_quote(text, dt, who, tz):
    d = dt.astimezone(ZoneInfo(tz))
    head = f"On {d:%a}, {d:%b} {d.day}, {d.year} at {ampm(d)} {addr(who)} wrote:"
    return head + "\n" + "\n".join(("> " + l) if l and not l.startswith(">") else (">" + l if l else ">")
                                   for l in text.rstrip("\n").split("\n"))


def apple_quote(text, dt, who, tz):
    d = dt.astimezone(ZoneInfo(tz))
    head = f"On {d.day} {d:%b} {d.year}, at {d:%H:%M}, {addr(who)} wrote:"
    return head + "\n\n" + "\n".join(("> " + l) if l and not l.startswith(">") else (">" + l if l else ">")
                                     for l in text.rstrip("\n").split("\n"))


def outlook_block(text, dt, frm, to, subject, tz, cc=(), style="orig"):
    d = dt.astimezone(ZoneInfo(tz))
    sent = f"{d:%A}, {d:%B} {d.day}, {d.year} {ampm(d)}"
    if style == "orig":
        lines = ["-----Original Message-----", f"From: {addr(frm)}", f"Sent: {sent}", f"To: {addrs(to)}"]
    else:
        lines = ["________________________________", f"From: {addr(frm)}", f"Sent: {sent}", f"To: {addrs(to)}"]
    if cc:
        lines.append(f"Cc: {addrs(cc)}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines) + "\n\n" + text.rstrip("\n")


DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]


def outlook_block_de(text, dt, frm, to, subject, tz, cc=()):
    d = dt.astimezone(ZoneInfo(tz))
    sent = f"{DE_DAYS[d.weekday()]}, {d.day}. {DE_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"
    lines = [f"Von: {addr(frm)}", f"Gesendet: {sent}", f"An: {addrs(to)}"]
    if cc:
        lines.append(f"Cc: {addrs(cc)}")
    lines.append(f"Betreff: {subject}")
    return "\n".join(lines) + "\n\n" + text.rstrip("\n")


def fwd_block(text, dt, frm, to, subject, tz, cc=()):
    d = dt.astimezone(ZoneInfo(tz))
    lines = ["---------- Forwarded message ---------", f"From: {addr(frm)}",
             f"Date: {d:%a}, {d.day} {d:%b} {d.year} at {d:%H:%M}", f"Subject: {subject}", f"To: {addrs(to)}"]
    if cc:
        lines.append(f"Cc: {addrs(cc)}")
    return "\n".join(lines) + "\n\n\n" + text.rstrip("\n")


# ---------------------------------------------------------------- iCalendar text
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
            out.append(cur)
            cur, limit = b"", 74
        cur += cb
    out.append(cur)
    return "\r\n ".join(x.decode("utf-8") for x in out)


def ics_text(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local_stamp(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


VTZ = {
    "W. Europe Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Asia/Singapore": [
        "BEGIN:VTIMEZONE", "TZID:Asia/Singapore", "X-LIC-LOCATION:Asia/Singapore",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:+08",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Asia/Tokyo": [
        "BEGIN:VTIMEZONE", "TZID:Asia/Tokyo", "X-LIC-LOCATION:Asia/Tokyo",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "TZNAME:JST",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "America/Denver": [
        "BEGIN:VTIMEZONE", "TZID:America/Denver", "X-LIC-LOCATION:America/Denver",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0600", "TZNAME:MDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700", "TZNAME:MST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
}


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", extra=""):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE{extra}"
            f";CN={name}:mailto:{email}")


# ---------------------------------------------------------------- case writer
class Case:
    def __init__(self, root, cid, owner):
        self.cid = cid
        self.dir = os.path.join(root, cid)
        os.makedirs(self.dir)
        self.owner = owner
        self.n = 0
        self.threads = {}

    def _path(self, slug, ext):
        self.n += 1
        return os.path.join(self.dir, f"{self.n:02d}-{slug}.{ext}")

    def write_bytes(self, slug, ext, data):
        with open(self._path(slug, ext), "wb") as f:
            f.write(data)

    def ics(self, slug, lines):
        self.write_bytes(slug, "ics", ics_text(lines).encode("utf-8"))

    def gcal(self, slug, obj):
        self.write_bytes(slug, "gcal.json", (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))

    def mail(self, slug, dt, frm, to, subject, text=None, html=None, cc=(), thread="main", client="gmail",
             cte="quoted-printable", html_cte=None, cal=None, cal_method="REQUEST", cal_cte="7bit", attach=None,
             reply_to=None, extra=(), sender=None, msg_host=None):
        m = EmailMessage()
        m["Delivered-To"] = self.owner[1]
        odom = self.owner[1].split("@")[1]
        sdom = (sender or frm)[1].split("@")[1]
        ip = int(h(slug + self.cid, 2), 16) % 250 + 2
        m["Received"] = (f"from mail.{sdom} (mail.{sdom} [203.0.113.{ip}]) by mx.{odom} with ESMTPS id "
                         f"{h(slug + 'rcv', 12)} for <{self.owner[1]}>; {format_datetime(dt)}")
        m["Return-Path"] = f"<{(sender or frm)[1]}>"
        if sender:
            m["Sender"] = addr(sender)
        if reply_to:
            m["Reply-To"] = addr(reply_to)
        m["Date"] = format_datetime(dt)
        m["From"] = addr(frm)
        m["To"] = addrs(to)
        if cc:
            m["Cc"] = addrs(cc)
        m["Subject"] = subject
        host = msg_host or sdom
        seed = self.cid + slug
        if client == "outlook":
            mid = f"<{h(seed, 20).upper()}@PR04MB{h(seed, 4).upper()}.{host}>"
        elif client == "apple":
            mid = f"<{h(seed, 8).upper()}-{h(seed + 'a', 4).upper()}-{h(seed + 'b', 4).upper()}-{h(seed + 'c', 12).upper()}@{host}>"
        else:
            mid = f"<CA{base64.urlsafe_b64encode(bytes.fromhex(h(seed, 30))).decode()}@mail.{host}>"
        th = self.threads.setdefault(thread, [])
        if th:
            m["In-Reply-To"] = th[-1]
            m["References"] = " ".join(th[-6:])
        th.append(mid)
        m["Message-ID"] = mid
        if client == "outlook":
            m["Thread-Topic"] = subject.split(": ", 1)[-1] if subject[:3].upper() in ("RE:", "FW:", "AW:", "WG:") else subject
            m["Thread-Index"] = base64.b64encode(bytes.fromhex(h(thread + self.cid, 44))).decode()
            m["Accept-Language"] = "en-US"
            m["X-MS-Has-Attach"] = "yes" if attach else ""
        if client == "apple":
            m["X-Mailer"] = "Apple Mail (2.3826.400.131.1.6)"
        for k, v in extra:
            m[k] = v
        if text is not None:
            m.set_content(text, cte=cte)
            if html is not None:
                m.add_alternative(html, subtype="html", cte=html_cte or cte)
        else:
            m.set_content(html, subtype="html", cte=html_cte or cte)
        if cal is not None:
            if m.get_content_type() != "multipart/alternative":
                m.make_alternative()
            m.add_alternative(cal, subtype="calendar", params={"method": cal_method}, cte=cal_cte)
        if attach is not None:
            fname, data = attach
            m.add_attachment(data.encode("utf-8"), maintype="application", subtype="ics", filename=fname)
        for i, part in enumerate(m.walk()):
            if part.is_multipart():
                part.set_boundary(f"{'=_' if client == 'outlook' else '0000'}{h(seed + str(i), 24)}")
        self.write_bytes(slug, "eml", m.as_bytes(policy=m.policy.clone(linesep="\n")))
        return mid
# ---------------------------------------------------------------- cases
def TT(tz, y, mo, d, hh, mi=0, s=0):
    return datetime(y, mo, d, hh, mi, s, tzinfo=ZoneInfo(tz))


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": start.isoformat(), "end": end.isoformat() if end else None,
            "status": status, "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


def label(owner, interviews, difficulty, category, notes):
    return {"user": owner[1], "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


def case01(root):
    LA = "America/Los_Angeles"
    me = ("Renata Solís", "renata.solis@example.com")
    dana = ("Dana Whitcombe", "dana@orrerylabs.example")
    pilar = ("Pilar Ocampo", "pilar.ocampo@orrerylabs.example")
    marcus = ("Marcus Feld", "marcus@orrerylabs.example")
    c = Case(root, "b22-01-ea-books-founder-chat-nudged-across-dst", me)
    subj = "Orrery Labs - final conversation with Marcus"
    sig_p = ("Pilar Ocampo\nExecutive Assistant to Marcus Feld, CEO\nOrrery Labs | 2250 Alameda St, San Francisco, CA 94103\n"
             "m: (415) 555-0187")
    t1 = TT(LA, 2026, 3, 4, 9, 12, 40)
    b1 = ("Hi Renata,\n\nThe team loved Monday's portfolio review - thank you for the care you put into it. The last step "
          "for the Head of Product Design role is a conversation with Marcus, our co-founder and CEO.\n\n"
          "I'm looping in Pilar, who runs Marcus's calendar and will find a time with you. Pilar - over to you! "
          "(moving myself to bcc)\n\nBest,\nDana\n\nDana Whitcombe | Talent Partner | Orrery Labs")
    c.mail("dana-intro-final-step", t1, dana, [me], subj, b1, cc=[pilar])
    t2 = TT(LA, 2026, 3, 4, 11, 40, 5)
    b2 = ("Hi Renata,\n\nNice to e-meet you. Marcus has two windows next week, 45 minutes each:\n\n"
          "  - Tue 3/10 at 8:30am PT\n  - Wed 3/11 at 1:00pm PT\n\nHe prefers to meet in person at our office, but Zoom "
          "is fine if you're not in the Bay Area that day. I've copied Marcus so he has the thread.\n\nWarmly,\n" + sig_p
          + "\n\n" + gmail_quote(b1, t1, dana, LA))
    c.mail("pilar-offers-two-windows", t2, pilar, [me], "Re: " + subj, b2, cc=[marcus])
    t3 = TT(LA, 2026, 3, 4, 19, 5, 12)
    b3 = ("Hi Pilar,\n\nThanks so much. Unfortunately I'm flying back from Austin on Tuesday and Wednesday afternoon is "
          "blocked by a workshop I'm running. Would anything on Thursday 3/12 work? I'm free any time after 3pm, and I'm "
          "happy to come to the office.\n\nBest,\nRenata\n\n" + gmail_quote(b2, t2, pilar, LA))
    c.mail("renata-counter-thursday", t3, me, [pilar], "Re: " + subj, b3, cc=[marcus])
    t4 = TT(LA, 2026, 3, 5, 8, 20, 51)
    b4 = ("Good morning Renata,\n\nThursday 3/12 at 4:00pm works for Marcus - I've put a 45-minute hold on his calendar. "
          "We're at 2250 Alameda St (the green door next to the bakery); just tell the front desk you're here for Marcus.\n\n"
          "Warmly,\n" + sig_p + "\n\n" + gmail_quote(b3, t3, me, LA))
    c.mail("pilar-holds-thursday-4pm", t4, pilar, [me], "Re: " + subj, b4, cc=[marcus])
    t5 = TT(LA, 2026, 3, 5, 9, 2, 33)
    b5 = "Perfect - see you Thursday at 4. Thanks, Pilar!\n\nRenata\n\n" + gmail_quote(b4, t4, pilar, LA)
    c.mail("renata-confirms", t5, me, [pilar], "Re: " + subj, b5, cc=[marcus], client="apple")
    t6 = TT(LA, 2026, 3, 9, 10, 47, 9)
    b6 = ("Hi Renata,\n\nSmall nudge, with apologies: Marcus has a board call on Thursday that is running long. Could we "
          "start at 4:30 instead? Same 45 minutes, so you'd wrap at 5:15.\n\nSo: Thu 3/12 @ 4:30p PT, in person. "
          "Let me know and I'll move the hold.\n\nWarmly,\n" + sig_p + "\n\n" + gmail_quote(b5, t5, me, LA))
    c.mail("pilar-nudge-430", t6, pilar, [me], "Re: " + subj, b6, cc=[marcus])
    t7 = TT(LA, 2026, 3, 9, 11, 2, 48)
    b7 = ("4:30 is totally fine. See you both Thursday!\n\nRenata\n\nSent from my iPhone\n\n" + apple_quote(b6, t6, pilar, LA))
    c.mail("renata-ok-430", t7, me, [pilar], "Re: " + subj, b7, cc=[marcus], client="apple", cte="8bit")
    s, e = TT(LA, 2026, 3, 12, 16, 30), TT(LA, 2026, 3, 12, 17, 15)
    return c.cid, label(me, [iv("Orrery Labs", "Head of Product Design", s, e, "scheduled", [marcus[1]], [marcus[1]],
                                "hiring_manager")], "hard", "positive/thread-assistant-booking",
                        "EA books a final chat with the CEO; Thursday 4pm agreed then nudged to 4:30 (45 min). Thread starts "
                        "in PST, interview is after the Mar 8 switch (PDT) although the mail says 'PT'. EA and recruiter are "
                        "not interviewers.")


def case02(root):
    WAW = "Europe/Warsaw"
    me = ("Jonas Behrendt", "jonas.behrendt@mail.example")
    ola = ("Ola Wiśniewska", "ola.wisniewska@kestrelbyte.example")
    tom = ("Tomasz Zieliński", "t.zielinski@kestrelbyte.example")
    c = Case(root, "b22-02-interviewer-confirms-himself-warsaw", me)
    subj = "Kestrelbyte - next step (Senior Android Engineer)"
    t1 = TT(WAW, 2026, 3, 16, 10, 5, 2)
    b1 = ("Hi Jonas,\n\nthanks for the call last week - happy to say we'd like to move you forward. The next step is a "
          "technical conversation with Tomek from our mobile team (around 60 minutes, part chat, part live coding).\n\n"
          "Would Thursday 19.03 or Friday 20.03 work for you? Tell me which part of the day suits you best.\n\n"
          "Pozdrawiam / Best regards,\nOla Wiśniewska\nTalent Acquisition | Kestrelbyte")
    c.mail("ola-next-step", t1, ola, [me], subj, b1, cte="quoted-printable")
    t2 = TT(WAW, 2026, 3, 16, 21, 30, 44)
    b2 = ("Hi Ola,\n\ngreat news, thank you! Friday works best, ideally in the afternoon - anything from 13:00 CET on.\n\n"
          "Jonas\n\n" + gmail_quote(b1, t1, ola, WAW))
    c.mail("jonas-friday-afternoon", t2, me, [ola], "Re: " + subj, b2, cte="quoted-printable")
    t3 = TT(WAW, 2026, 3, 17, 9, 15, 20)
    b3 = ("Hi Jonas,\n\nperfect. I'm adding Tomek here so you two can lock in the exact time directly - he owns his "
          "calendar better than I do :)\n\nOla\n\n" + gmail_quote(b2, t2, me, WAW))
    c.mail("ola-adds-tomek", t3, ola, [me], "Re: " + subj, b3, cc=[tom], cte="quoted-printable")
    t4 = TT(WAW, 2026, 3, 17, 12, 48, 7)
    b4 = ("Hi Jonas,\n\nnice to meet you (virtually). Friday 20 March at 14:00 Warsaw time works for me. Plan: ~15 min "
          "about your background, then ~45 min of live coding in Kotlin (no Android Studio needed, a shared editor is "
          "enough). We'll be done by 15:00. I'll send a Google Meet link on Thursday.\n\n"
          "Cheers,\nTomasz\n\n--\nTomasz Zieliński\nStaff Engineer, Mobile Platform\nKestrelbyte sp. z o.o.\n"
          "ul. Prosta 51, 00-838 Warszawa\n+48 22 555 01 77\n\n" + gmail_quote(b3, t3, ola, WAW))
    c.mail("tomasz-confirms-friday-14", t4, tom, [me], "Re: " + subj, b4, cc=[ola], cte="base64")
    t5 = TT(WAW, 2026, 3, 17, 13, 2, 51)
    b5 = "Hi Tomasz,\n\ngreat - Friday at 14h it is. Talk then!\n\nJonas\n\n" + gmail_quote(b4, t4, tom, WAW)
    c.mail("jonas-thanks", t5, me, [tom], "Re: " + subj, b5, cc=[ola], cte="quoted-printable")
    s, e = TT(WAW, 2026, 3, 20, 14, 0), TT(WAW, 2026, 3, 20, 15, 0)
    return c.cid, label(me, [iv("Kestrelbyte", "Senior Android Engineer", s, e, "scheduled", [tom[1]], [tom[1]],
                                "technical")], "medium", "positive/thread-interviewer-self-confirms",
                        "Recruiter introduces 'Tomek' by nickname and hands off; the interviewer himself confirms Fri 20 Mar "
                        "14:00 Warsaw (CET, +01:00), 60 min; full name only in his signature. Base64 body.")


def case03(root):
    NY = "America/New_York"
    me = ("Keisha Arden", "keisha.arden@example.com")
    colin = ("Maguire, Colin", "cmaguire@brightwatermutual.example")
    anj = ("Ramaswamy, Anjali", "aramaswamy@brightwatermutual.example")
    c = Case(root, "b22-03-outlook-original-message-hm-moves-time", me)
    subj = "Brightwater Mutual - Actuarial Analyst II - next steps"
    sig_c = ("Colin Maguire\nSenior Recruiter, Talent Acquisition\nBrightwater Mutual\n100 Pearl Street, Hartford, CT 06103\n"
             "o: (860) 555-0119")
    t1 = TT(NY, 2026, 4, 20, 9, 41, 16)
    b1 = ("Good morning Keisha,\n\nThank you for your time on Friday. Anjali, the hiring manager for the Actuarial Analyst II "
          "opening, would like to meet with you for 45 minutes over Microsoft Teams. She has the following openings:\n\n"
          "Tuesday 4/28 - 10:00 AM ET\nWednesday 4/29 - 2:00 PM ET\nThursday 4/30 - 11:30 AM ET\n\n"
          "Please let me know which works best.\n\nRegards,\n" + sig_c)
    c.mail("colin-hm-options", t1, colin, [me], subj, b1, client="outlook")
    t2 = TT(NY, 2026, 4, 20, 12, 15, 3)
    b2 = ("Hi Colin,\n\nThank you! Wednesday 4/29 at 2:00 PM works well for me.\n\nBest regards,\nKeisha Arden\n"
          "(203) 555-0166\n\n" + outlook_block(b1, t1, colin, [me], subj, NY))
    c.mail("keisha-picks-wed-2pm", t2, me, [colin], "RE: " + subj, b2, client="outlook")
    t3 = TT(NY, 2026, 4, 21, 8, 55, 40)
    b3 = ("Hi Keisha,\n\nYou're confirmed for Wednesday, April 29 from 2:00-2:45 PM ET. I've copied Anjali here and a Teams "
          "link will follow from her calendar.\n\nRegards,\n" + sig_c + "\n\n" + outlook_block(b2, t2, me, [colin], "RE: " + subj, NY))
    c.mail("colin-confirms-copies-anjali", t3, colin, [me], "RE: " + subj, b3, cc=[anj], client="outlook")
    t4 = TT(NY, 2026, 4, 27, 16, 20, 12)
    b4 = ("Hi Keisha,\n\nI'm looking forward to our conversation. Something has come up on Wednesday afternoon - would you "
          "be able to slide to 3:15 PM the same day? Apologies for the shuffle.\n\nThanks,\nAnjali\n\n"
          "Anjali Ramaswamy, FSA\nAVP, Pricing & Analytics\nBrightwater Mutual | 100 Pearl Street, Hartford, CT 06103\n"
          "o: (860) 555-0142\n\n" + outlook_block(b3, t3, colin, [me], "RE: " + subj, NY, cc=[anj]))
    c.mail("anjali-asks-315", t4, anj, [me], "RE: " + subj, b4, cc=[colin], client="outlook")
    t5 = TT(NY, 2026, 4, 27, 17, 2, 29)
    b5 = ("Hi Anjali,\n\nNo problem at all - 3:15 PM on Wednesday works for me.\n\nBest,\nKeisha\n\n"
          + outlook_block(b4, t4, anj, [me], "RE: " + subj, NY, cc=[colin]))
    c.mail("keisha-accepts-315", t5, me, [anj], "RE: " + subj, b5, cc=[colin], client="outlook")
    t6 = TT(NY, 2026, 4, 27, 17, 30, 55)
    b6 = ("Thanks both - I've updated the Teams invite to 3:15-4:00 PM ET on Wednesday 4/29.\n\nColin\n\n"
          + outlook_block(b5, t5, me, [anj], "RE: " + subj, NY, cc=[colin]))
    c.mail("colin-updates-invite", t6, colin, [me, anj], "RE: " + subj, b6, client="outlook")
    s, e = TT(NY, 2026, 4, 29, 15, 15), TT(NY, 2026, 4, 29, 16, 0)
    return c.cid, label(me, [iv("Brightwater Mutual", "Actuarial Analyst II", s, e, "scheduled", [anj[1]], [anj[1]],
                                "hiring_manager")], "hard", "positive/thread-outlook-reschedule",
                        "Outlook '-----Original Message-----' chain; HM named only 'Anjali' first, copied later, she moves "
                        "Wed 2:00 to 3:15 (45 min). Recruiter only coordinates.")


def case04(root):
    SYD = "Australia/Sydney"
    me = ("Callum Reid", "callum.reid@mail.example")
    bec = ("Bec Nguyen", "bec.nguyen@harbourlinetalent.example")
    pri = ("Priyanka Desai", "priyanka.desai@tallowoodenergy.example")
    ham = ("Hamish Cole", "hamish.cole@tallowoodenergy.example")
    c = Case(root, "b22-04-agency-forwards-client-chain-sydney-dst", me)
    sig_b = ("Bec Nguyen | Senior Consultant, Data & Analytics\nHarbourline Talent\nLevel 9, 60 Margaret St, Sydney NSW 2000\n"
             "M: 0412 555 208")
    tc1 = TT(SYD, 2026, 3, 26, 16, 2)
    cb1 = ("Hi Bec,\n\nThanks for sending Callum through - his platform migration work is very relevant. We'd like to see "
           "him for a one-hour technical conversation with myself and Hamish (our principal engineer) the week after Easter.\n\n"
           "We could do Tue 7 Apr at 10am or Wed 8 Apr at 2pm, Sydney time, at our Bligh St office.\n\nCheers,\nPri\n\n"
           "Priyanka Desai\nHead of Data Platform | Tallowood Energy")
    t1 = TT(SYD, 2026, 3, 27, 9, 14, 30)
    b1 = ("Hi Callum,\n\nGood news - Tallowood Energy would like to meet you for the Lead Data Engineer role! Their note is "
          "below. Which of the two times suits you?\n\nCheers,\n" + sig_b + "\n\n"
          + fwd_block(cb1, tc1, pri, [bec], "Candidate - Callum Reid (Lead Data Engineer)", SYD, cc=[ham]))
    c.mail("bec-fwd-client-slots", t1, bec, [me], "Fwd: Candidate - Callum Reid (Lead Data Engineer)", b1)
    t2 = TT(SYD, 2026, 3, 27, 12, 3, 11)
    b2 = ("Hi Bec,\n\nFantastic, thanks! Tuesday 7 April at 10am please.\n\nCallum\n\n" + gmail_quote(b1, t1, bec, SYD))
    c.mail("callum-picks-tuesday", t2, me, [bec], "Re: Fwd: Candidate - Callum Reid (Lead Data Engineer)", b2)
    tc2 = TT(SYD, 2026, 3, 27, 13, 40)
    cb2 = "Hi Pri,\n\nCallum can do Tuesday 7 April at 10am. Does that still work for you and Hamish?\n\nThanks,\nBec"
    tc3 = TT(SYD, 2026, 3, 30, 8, 51)
    cb3 = ("Hi Bec,\n\nLocked in: Tuesday 7 April, 10:00-11:00 (note clocks go back on the 5th, so that's AEST). Level 12, "
           "1 Bligh St - he can ask for me at reception. It'll be myself and Hamish.\n\nPri\n\n" + gmail_quote(cb2, tc2, bec, SYD))
    t3 = TT(SYD, 2026, 3, 30, 9, 26, 2)
    b3 = ("Hi Callum,\n\nAll confirmed - see Pri's note below. Good luck, and give me a call after!\n\n" + sig_b + "\n\n"
          + fwd_block(cb3, tc3, pri, [bec], "Re: Candidate - Callum Reid (Lead Data Engineer)", SYD, cc=[ham]))
    c.mail("bec-fwd-confirmed", t3, bec, [me], "Fwd: Re: Candidate - Callum Reid (Lead Data Engineer)", b3,
           thread="conf", cte="base64")
    s, e = TT(SYD, 2026, 4, 7, 10, 0), TT(SYD, 2026, 4, 7, 11, 0)
    return c.cid, label(me, [iv("Tallowood Energy", "Lead Data Engineer", s, e, "scheduled", [pri[1], ham[1]],
                                [pri[1], ham[1]], "onsite")], "hard", "positive/thread-forwarded-agency",
                        "Agency recruiter forwards the client's chain twice; interview Tue 7 Apr 10:00-11:00 Sydney, after the "
                        "Apr 5 DST end (+10:00) while all mail is +11:00. Interviewers are the client's HM and principal "
                        "engineer (addresses only in forwarded headers); agency consultant is not an interviewer.")
def case05(root):
    LON = "Europe/London"
    me = ("Amara Osei", "amara.osei@example.com")
    hat = ("Hattie Blake", "hattie.blake@fennickrowe.example")
    will = ("William Crane-Ashby", "william.crane-ashby@fennickrowe.example")
    c = Case(root, "b22-05-london-agreed-then-role-paused-cancel", me)
    subj = "Senior UX Researcher - chat with Will"
    sig_h = "Hattie Blake\nPeople & Talent | Fennick & Rowe\n14 Clerkenwell Green, London EC1R 0DP"
    t1 = TT(LON, 2026, 3, 23, 10, 2, 13)
    b1 = ("Hi Amara,\n\nThanks for sending over your case study. Will, our Head of Research, would love a 30-minute video "
          "chat about the Senior UX Researcher role. Would Monday 30th at half past ten work for you?\n\nBest,\n" + sig_h)
    c.mail("hattie-proposes-monday", t1, hat, [me], subj, b1, client="apple")
    t2 = TT(LON, 2026, 3, 23, 13, 15, 48)
    b2 = "Hi Hattie,\n\nYes - 10:30 on Monday the 30th is great.\n\nThanks,\nAmara\n\n" + apple_quote(b1, t1, hat, LON)
    c.mail("amara-yes", t2, me, [hat], "Re: " + subj, b2)
    t3 = TT(LON, 2026, 3, 24, 9, 0, 31)
    b3 = ("Lovely - confirmed for Monday 30 March, 10:30-11:00 (UK time - the clocks will have gone forward by then, so do "
          "double-check your calendar). I've copied Will in. He'll send a Google Meet link.\n\nBest,\n" + sig_h + "\n\n"
          + gmail_quote(b2, t2, me, LON))
    c.mail("hattie-confirms-ccs-will", t3, hat, [me], "Re: " + subj, b3, cc=[will], client="apple")
    t4 = TT(LON, 2026, 3, 25, 17, 44, 6)
    b4 = ("Hi Amara,\n\nLooking forward to it - here's the link for Monday: https://meet.fennickrowe.example/wcr-uxr-2026\n\n"
          "Will\n\n--\nWilliam Crane-Ashby\nHead of Research\nFennick & Rowe\n14 Clerkenwell Green, London EC1R 0DP\n"
          "+44 20 7946 0321\n\n" + gmail_quote(b3, t3, hat, LON))
    c.mail("will-sends-link", t4, will, [me], "Re: " + subj, b4, cc=[hat])
    t5 = TT(LON, 2026, 3, 27, 16, 40, 19)
    b5 = ("Hi Amara,\n\nI'm really sorry to be writing this. Following an internal restructure we've had to pause the Senior "
          "UX Researcher role, so we need to cancel Monday's conversation with Will. This is no reflection on you - we were "
          "genuinely excited. If the role reopens you'll be the first person I call.\n\nWith apologies,\n" + sig_h)
    c.mail("hattie-cancels-role-paused", t5, hat, [me], "Re: " + subj, b5, cc=[will], client="apple")
    s, e = TT(LON, 2026, 3, 30, 10, 30), TT(LON, 2026, 3, 30, 11, 0)
    return c.cid, label(me, [iv("Fennick & Rowe", "Senior UX Researcher", s, e, "cancelled", [will[1]], [will[1]],
                                "hiring_manager")], "hard", "positive/cancellation-by-email",
                        "Agreed 'Monday 30th at half past ten' (after UK clocks go forward on Mar 29, so +01:00 while mails "
                        "are +00:00); interviewer introduced as 'Will', full name in his own mail; later cancelled because the "
                        "role is paused.")


def case06(root):
    TOR = "America/Toronto"
    me = ("Mei-Ling Tran", "meiling.tran@mail.example")
    jp = ("Jordan Pike", "jordan.pike@northgale.example")
    c = Case(root, "b22-06-google-invite-then-candidate-withdraws", me)
    subj = "Operations Analyst - intro call?"
    t1 = TT(TOR, 2026, 5, 4, 14, 22, 8)
    b1 = ("Hi Mei-Ling,\n\nThanks for applying to the Operations Analyst role at Northgale Logistics. I'd love to set up a "
          "30-minute intro call with you - I'll walk you through the team and ask about your experience. What does your "
          "availability look like next Monday or Tuesday?\n\nJordan Pike\nTalent Acquisition Partner, Northgale Logistics\n"
          "2 Bloor St W, Toronto, ON | 416-555-0173")
    c.mail("jordan-asks-availability", t1, jp, [me], subj, b1)
    t2 = TT(TOR, 2026, 5, 4, 20, 10, 45)
    b2 = ("Hi Jordan,\n\nThanks for reaching out! Tuesday 12th between 12 and 3 works best for me.\n\nMei-Ling\n\n"
          + gmail_quote(b1, t1, jp, TOR))
    c.mail("meiling-tuesday-window", t2, me, [jp], "Re: " + subj, b2)
    s, e = TT(TOR, 2026, 5, 12, 13, 0), TT(TOR, 2026, 5, 12, 13, 30)
    uid = "6h3k2o0rjv8b1tq4m9cfe5d7ls@google.com"
    summ = "Northgale Logistics - Intro call (Operations Analyst) - Mei-Ling Tran"
    t3 = TT(TOR, 2026, 5, 5, 9, 3, 12)
    gtxt = (f"{summ}\nTuesday May 12, 2026 \u22c5 1:00pm \u2013 1:30pm\nEastern Time - Toronto\n\n"
            "Jordan will call you at the number on your application.\n\nOrganizer\nJordan Pike\njordan.pike@northgale.example\n\n"
            "Guests\nJordan Pike - organizer\njordan.pike@northgale.example\nmeiling.tran@mail.example\n\n"
            "Invitation from Google Calendar\n\nYou are receiving this email because you are an attendee on the event.")
    ghtml = "<html><body><div>" + gtxt.replace("\n", "<br>") + "</div></body></html>"
    cal = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                    "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{zstamp(s)}", f"DTEND:{zstamp(e)}",
                    f"DTSTAMP:{zstamp(t3)}", f"ORGANIZER;CN={jp[0]}:mailto:{jp[1]}", f"UID:{uid}",
                    attendee(jp[0], jp[1], "ACCEPTED", extra=";X-NUM-GUESTS=0"),
                    attendee(me[1], me[1], extra=";X-NUM-GUESTS=0"),
                    f"CREATED:{zstamp(t3)}", "DESCRIPTION:" + ics_escape("Jordan will call you at the number on your application."),
                    f"LAST-MODIFIED:{zstamp(t3)}", "LOCATION:Phone", "SEQUENCE:0", "STATUS:CONFIRMED",
                    f"SUMMARY:{ics_escape(summ)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    c.mail("invitation-intro-call", t3, jp, [me],
           f"Invitation: {summ} @ Tue May 12, 2026 1pm - 1:30pm (EDT) ({me[1]})", gtxt, html=ghtml, thread="inv",
           cal=cal, attach=("invite.ics", cal), cte="base64", html_cte="quoted-printable", reply_to=jp,
           sender=("Google Calendar", "calendar-notification@calendar.example"))
    t4 = TT(TOR, 2026, 5, 8, 11, 37, 50)
    b4 = ("Hi Jordan,\n\nI wanted to let you know as early as possible: I've accepted an offer elsewhere, so I'd like to "
          "withdraw my application. Please go ahead and cancel our call on Tuesday - I'm sorry for the short notice and "
          "thank you for your time.\n\nAll the best,\nMei-Ling\n\n" + gmail_quote(b2, t2, me, TOR))
    c.mail("meiling-withdraws", t4, me, [jp], "Re: " + subj, b4)
    t5 = TT(TOR, 2026, 5, 8, 12, 5, 14)
    cal2 = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                     "CALSCALE:GREGORIAN", "METHOD:CANCEL", "BEGIN:VEVENT", f"DTSTART:{zstamp(s)}", f"DTEND:{zstamp(e)}",
                     f"DTSTAMP:{zstamp(t5)}", f"ORGANIZER;CN={jp[0]}:mailto:{jp[1]}", f"UID:{uid}",
                     attendee(me[1], me[1], extra=";X-NUM-GUESTS=0"), f"CREATED:{zstamp(t3)}",
                     f"LAST-MODIFIED:{zstamp(t5)}", "LOCATION:Phone", "SEQUENCE:1", "STATUS:CANCELLED",
                     f"SUMMARY:{ics_escape(summ)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    ctxt = (f"This event has been canceled.\n\n{summ}\nTuesday May 12, 2026 \u22c5 1:00pm \u2013 1:30pm\n"
            "Eastern Time - Toronto\n\nCongrats on the new role, Mei-Ling - best of luck!\n\nOrganizer\nJordan Pike\n"
            "jordan.pike@northgale.example\n\nInvitation from Google Calendar")
    c.mail("canceled-event", t5, jp, [me], f"Canceled event: {summ} @ Tue May 12, 2026 1pm - 1:30pm (EDT) ({me[1]})",
           ctxt, thread="inv", cal=cal2, cal_method="CANCEL", attach=("invite.ics", cal2), cte="base64", reply_to=jp,
           sender=("Google Calendar", "calendar-notification@calendar.example"))
    return c.cid, label(me, [iv("Northgale Logistics", "Operations Analyst", s, e, "cancelled", [jp[1]], [jp[1]],
                                "phone_screen")], "medium", "positive/cancellation-candidate-withdraws",
                        "Google invite for a recruiter screen Tue May 12 1:00-1:30pm Toronto; the candidate withdraws in the "
                        "thread and a METHOD:CANCEL follows. Recruiter conducts the screen.")


def case07(root):
    CHI = "America/Chicago"
    me = ("Diego Ferrand", "diego.ferrand@example.com")
    tess = ("Tess Kowal", "tess@lakeshoreledger.example")
    ines = ("Inés Carvalho", "ines.carvalho@lakeshoreledger.example")
    bo = ("Bo Lindqvist", "bo.lindqvist@lakeshoreledger.example")
    c = Case(root, "b22-07-screen-then-technical-same-thread", me)
    subj = "Lakeshore Ledger <> Diego"
    sig_t = "Tess Kowal\nRecruiting Lead, Lakeshore Ledger\n(312) 555-0199 | 311 W Monroe St, Chicago IL"
    t1 = TT(CHI, 2026, 2, 9, 8, 50, 1)
    b1 = ("Hey Diego,\n\nThanks for the referral from Sam! I'd love to do a quick 30 min intro call about the Staff Backend "
          "Engineer role. Wed 2/11 at noon CT or Thu 2/12 at 9am CT - either work?\n\nTess\n\n" + sig_t)
    c.mail("tess-intro-options", t1, tess, [me], subj, b1)
    t2 = TT(CHI, 2026, 2, 9, 10, 12, 37)
    b2 = "Hi Tess - Wednesday at noon works great. Best number is 773-555-0148.\n\nDiego\n\n" + gmail_quote(b1, t1, tess, CHI)
    c.mail("diego-wed-noon", t2, me, [tess], "Re: " + subj, b2)
    t3 = TT(CHI, 2026, 2, 9, 10, 30, 2)
    b3 = "Booked! I'll call you Wed 2/11, 12:00-12:30 CT.\n\nTess\n\n" + gmail_quote(b2, t2, me, CHI)
    c.mail("tess-booked-screen", t3, tess, [me], "Re: " + subj, b3)
    t4 = TT(CHI, 2026, 2, 11, 15, 10, 44)
    b4 = ("Diego - great chatting today! As promised, next step is a technical deep-dive on distributed systems with Ines "
          "and Bo from the ledger team. It's 75 minutes over Zoom. Would Monday 2/16 at 2pm CT work? Adding them here.\n\n"
          "Tess\n\n" + sig_t + "\n\n" + gmail_quote(b3, t3, tess, CHI))
    c.mail("tess-next-round-adds-ines-bo", t4, tess, [me], "Re: " + subj, b4, cc=[ines, bo])
    t5 = TT(CHI, 2026, 2, 11, 16, 1, 9)
    b5 = "Thanks Tess, that was fun. Monday 2/16 at 2pm CT works for me.\n\nDiego\n\n" + gmail_quote(b4, t4, tess, CHI)
    c.mail("diego-monday-2pm", t5, me, [tess], "Re: " + subj, b5, cc=[ines, bo])
    t6 = TT(CHI, 2026, 2, 13, 9, 25, 30)
    b6 = ("Quick update: Bo is out next week, so Ines will run the session solo (dropping Bo from cc). Time is unchanged: "
          "Mon 2/16, 2:00-3:15pm CT. Zoom link below.\n\nhttps://lakeshoreledger.zoom.example/j/86120044731\n\nTess\n\n"
          + gmail_quote(b5, t5, me, CHI))
    c.mail("tess-drops-bo", t6, tess, [me], "Re: " + subj, b6, cc=[ines])
    t7 = TT(CHI, 2026, 2, 13, 11, 48, 0)
    b7 = ("Hi Diego, looking forward to Monday. Come ready to sketch - we'll design a double-entry ledger service together.\n\n"
          "Inés Carvalho\nPrincipal Engineer, Ledger Core\nLakeshore Ledger\n\n" + gmail_quote(b6, t6, tess, CHI))
    c.mail("ines-looking-forward", t7, ines, [me], "Re: " + subj, b7, cc=[tess], cte="8bit")
    s1, e1 = TT(CHI, 2026, 2, 11, 12, 0), TT(CHI, 2026, 2, 11, 12, 30)
    s2, e2 = TT(CHI, 2026, 2, 16, 14, 0), TT(CHI, 2026, 2, 16, 15, 15)
    return c.cid, label(me, [
        iv("Lakeshore Ledger", "Staff Backend Engineer", s1, e1, "scheduled", [tess[1]], [tess[1]], "phone_screen"),
        iv("Lakeshore Ledger", "Staff Backend Engineer", s2, e2, "scheduled", [ines[1]], [ines[1]], "technical")],
        "hard", "positive/two-interviews-one-thread",
        "One 7-message thread: recruiter screen Wed 2/11 noon CT (30 min), then a technical Mon 2/16 2:00-3:15pm CT; Bo is "
        "added to cc then dropped, so only Ines interviews.")


def case08(root):
    ZRH = "Europe/Zurich"
    me = ("Lea Brunner", "lea.brunner@mail.example")
    san = ("Keller Sandra", "sandra.keller@alpenquell.example")
    mar = ("Aebi Martin", "martin.aebi@alpenquell.example")
    nic = ("Frey Nicole", "nicole.frey@alpenquell.example")
    c = Case(root, "b22-08-german-assistant-thread-then-exchange-invite", me)
    subj = "Ihre Bewerbung als Product Owner Schadenmanagement"
    sig = ("Freundliche Grüsse\n\nSandra Keller\nAssistentin Bereichsleitung Schaden\nAlpenquell Versicherungen AG\n"
           "Thurgauerstrasse 101, 8050 Zürich\nTel. +41 44 555 27 10")
    t1 = TT(ZRH, 2026, 4, 1, 10, 12, 0)
    b1 = ("Sehr geehrte Frau Brunner\n\nHerr Aebi, Leiter Schadenmanagement, würde Sie gerne persönlich kennenlernen. "
          "Für das Gespräch (ca. 60 Minuten, bei uns in Zürich-Oerlikon) kann ich Ihnen folgende Termine anbieten:\n\n"
          "- Dienstag, 14. April, 14:00 Uhr\n- Donnerstag, 16. April, 9:30 Uhr\n\nBitte teilen Sie mir mit, welcher Termin "
          "Ihnen passt.\n\n" + sig)
    c.mail("keller-terminvorschlaege", t1, san, [me], subj, b1, client="outlook", cte="quoted-printable")
    t2 = TT(ZRH, 2026, 4, 1, 18, 33, 20)
    b2 = ("Sehr geehrte Frau Keller\n\nVielen Dank für die Einladung. Donnerstag passt mir leider nicht, sehr gerne aber am "
          "Dienstag, 14. April um 14:00 Uhr.\n\nFreundliche Grüsse\nLea Brunner\n\n"
          + outlook_block_de(b1, t1, san, [me], subj, ZRH))
    c.mail("brunner-dienstag", t2, me, [san], "AW: " + subj, b2, client="outlook", cte="quoted-printable")
    t3 = TT(ZRH, 2026, 4, 2, 8, 5, 44)
    b3 = ("Sehr geehrte Frau Brunner\n\nBesten Dank, der Termin ist reserviert. Neben Herrn Aebi wird auch Frau Frey "
          "(Teamleiterin Schadenprozesse) am Gespräch teilnehmen. Sie erhalten gleich eine Outlook-Einladung.\n\n" + sig
          + "\n\n" + outlook_block_de(b2, t2, me, [san], "AW: " + subj, ZRH))
    c.mail("keller-bestaetigt", t3, san, [me], "AW: " + subj, b3, client="outlook", cte="quoted-printable")
    t4 = TT(ZRH, 2026, 4, 2, 8, 9, 10)
    s, e = TT(ZRH, 2026, 4, 14, 14, 0), TT(ZRH, 2026, 4, 14, 15, 0)
    desc = ("Wann: Dienstag, 14. April 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.\n"
            "Wo: Alpenquell, Thurgauerstrasse 101, 8050 Zürich, Sitzungszimmer Glärnisch (3. OG)\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "Vorstellungsgespräch Product Owner Schadenmanagement mit Martin Aebi und Nicole Frey.\n"
            "Bitte melden Sie sich am Empfang im Erdgeschoss.")
    cal = ics_text(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
                   + VTZ["W. Europe Standard Time"] + [
        "BEGIN:VEVENT", f"ORGANIZER;CN={san[0]}:mailto:{san[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={mar[0]}:mailto:{mar[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={nic[0]}:mailto:{nic[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={me[0]}:mailto:{me[1]}",
        "DESCRIPTION;LANGUAGE=de-CH:" + ics_escape(desc),
        "UID:040000008200E00074C5B7101A82E008000000003A9F1C6E2FC2DC01000000000000000010000000C4D1F2A7B3E5094C8D2F6E1A0B7C3D59",
        "SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch Lea Brunner - Product Owner Schadenmanagement",
        f"DTSTART;TZID=W. Europe Standard Time:{local_stamp(s)}", f"DTEND;TZID=W. Europe Standard Time:{local_stamp(e)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(t4)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-CH:Zürich Oerlikon\\, Sitzungszimmer Glärnisch",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2117538410", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            + "".join(f"<p>{l}</p>" for l in desc.split("\n") if l) + "</body></html>")
    c.mail("einladung-vorstellungsgespraech", t4, san, [mar, nic, me],
           "Vorstellungsgespräch Lea Brunner - Product Owner Schadenmanagement", desc, html=html, thread="inv",
           client="outlook", cte="quoted-printable", cal=cal, cal_cte="base64",
           extra=[("Content-class", "urn:content-classes:calendarmessage")])
    return c.cid, label(me, [iv("Alpenquell Versicherungen AG", "Product Owner Schadenmanagement", s, e, "scheduled",
                                [mar[1], nic[1]], [mar[1], nic[1]], "onsite")], "medium",
                        "positive/thread-assistant-then-exchange-invite",
                        "German Outlook thread (Von/Gesendet blocks, '14:00 Uhr') with the division head's assistant, then an "
                        "Exchange invite (W. Europe Standard Time, body label UTC+01:00 while CEST applies). Two interviewers; "
                        "assistant only organizes. Same interview announced twice.")
def case09(root):
    SG = "Asia/Singapore"
    me = ("Farah Iskandar", "farah.iskandar@example.com")
    grace = ("Grace Teo", "grace.teo@merantipay.example")
    wj = ("Lim Wei Jie", "weijie.lim@merantipay.example")
    raj = ("Raj Menon", "raj.menon@merantipay.example")
    mei = ("Mei Chen", "mei.chen@merantipay.example")
    dan = ("Daniel Koh", "daniel.koh@merantipay.example")
    c = Case(root, "b22-09-singapore-loop-cc-churn-swap-interviewer", me)
    subj = "Meranti Pay | Final round - Senior Risk Data Scientist"
    sig = "Grace Teo\nTalent Coordinator, Meranti Pay\n8 Marina View, #21-01, Singapore 018960 | +65 6555 0132"
    t1 = TT(SG, 2026, 5, 11, 11, 20, 5)
    b1 = ("Hi Farah,\n\nCongratulations on progressing to our final round! It's an in-person half day at our Marina View "
          "office with three conversations and lunch with the team. Would Thursday 21 May or Friday 22 May suit you?\n\n"
          "Best regards,\n" + sig)
    c.mail("grace-final-round-dates", t1, grace, [me], subj, b1, client="outlook")
    t2 = TT(SG, 2026, 5, 11, 13, 2, 40)
    b2 = "Hi Grace,\n\nThank you! Thursday 21 May works for me.\n\nRegards,\nFarah\n\n" + gmail_quote(b1, t1, grace, SG)
    c.mail("farah-thursday", t2, me, [grace], "Re: " + subj, b2)
    t3 = TT(SG, 2026, 5, 12, 10, 15, 0)
    b3 = ("Hi Farah,\n\nHere is your itinerary for Thursday 21 May (all times SGT). I've copied your interviewers.\n\n"
          "09:30 - 10:30  Modelling deep-dive with Wei Jie\n10:45 - 11:45  Case discussion with Raj\n"
          "11:45 - 12:30  Lunch with the team (informal)\n12:30 - 13:30  Hiring manager conversation with Daniel\n\n"
          "Please arrive at 09:15 and ask for me at level 21 reception.\n\nBest regards,\n" + sig + "\n\n"
          + outlook_block(b2, t2, me, [grace], "Re: " + subj, SG, style="line"))
    c.mail("grace-itinerary", t3, grace, [me], "RE: " + subj, b3, cc=[wj, raj, dan], client="outlook")
    t4 = TT(SG, 2026, 5, 14, 17, 48, 26)
    b4 = ("Hi Farah,\n\nA small change: Raj is on leave that week, so Mei from our fraud analytics team will take the case "
          "discussion slot instead. I've also had to shift Daniel to 13:30 - 14:30 because of an exco meeting, so the lunch "
          "runs a little longer. Start time (09:30) is unchanged. Removing Raj and adding Mei on this thread.\n\n"
          "Best regards,\n" + sig + "\n\n" + outlook_block(b3, t3, grace, [me], "RE: " + subj, SG, cc=[wj, raj, dan], style="line"))
    c.mail("grace-swaps-raj-for-mei", t4, grace, [me], "RE: " + subj, b4, cc=[wj, mei, dan], client="outlook")
    t5 = TT(SG, 2026, 5, 15, 9, 4, 51)
    b5 = ("Hi Farah, looking forward to the case discussion next Thursday! No prep needed beyond a pen and paper.\n\n"
          "Mei Chen\nLead Data Scientist, Fraud Analytics | Meranti Pay\n\n"
          + outlook_block(b4, t4, grace, [me], "RE: " + subj, SG, cc=[wj, mei, dan], style="line"))
    c.mail("mei-hello", t5, mei, [me], "RE: " + subj, b5, cc=[grace], client="outlook")
    s, e = TT(SG, 2026, 5, 21, 9, 30), TT(SG, 2026, 5, 21, 14, 30)
    t6 = TT(SG, 2026, 5, 15, 9, 30, 0)
    cal = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Meranti Pay//Interview Scheduler 3.2//EN", "METHOD:PUBLISH",
           "CALSCALE:GREGORIAN"] + VTZ["Asia/Singapore"] + [
        "BEGIN:VEVENT", "UID:final-round-fi-20260521@merantipay.example", f"DTSTAMP:{zstamp(t6)}",
        f"DTSTART;TZID=Asia/Singapore:{local_stamp(s)}", f"DTEND;TZID=Asia/Singapore:{local_stamp(e)}",
        "SUMMARY:Final round - Farah Iskandar (Senior Risk Data Scientist)",
        "LOCATION:" + ics_escape("Meranti Pay, 8 Marina View, #21-01, Singapore 018960"),
        "DESCRIPTION:" + ics_escape("09:30 Wei Jie Lim - modelling deep-dive\n10:45 Mei Chen - case discussion\n"
                                    "11:45 lunch\n13:30 Daniel Koh - hiring manager"),
        f"ORGANIZER;CN={grace[0]}:mailto:{grace[1]}",
        attendee("Wei Jie Lim", wj[1]), attendee(mei[0], mei[1]), attendee(dan[0], dan[1]), attendee(me[0], me[1]),
        "STATUS:CONFIRMED", "SEQUENCE:2", "END:VEVENT", "END:VCALENDAR"]
    c.ics("final-round-hold", cal)
    return c.cid, label(me, [iv("Meranti Pay", "Senior Risk Data Scientist", s, e, "scheduled", [wj[1], mei[1], dan[1]],
                                [wj[1], mei[1], dan[1]], "onsite")], "hard", "positive/onsite-cc-churn",
                        "Half-day loop in Singapore; Raj is copied on the itinerary but replaced by Mei, and the last session "
                        "moves to 13:30-14:30, so ONE onsite 09:30-14:30 SGT with Wei Jie, Mei, Daniel; standalone .ics hold "
                        "agrees.")


def case10(root):
    DEN = "America/Denver"
    me = ("Nadia Rahimi", "nadia.rahimi@mail.example")
    becca = ("Becca Lund", "becca.lund@quarrystone.example")
    har = ("Harold Ng", "harold.ng@quarrystone.example")
    noreply = ("Quarrystone Health Recruiting", "no-reply@schedule.goodtime.example")
    c = Case(root, "b22-10-scheduler-booking-then-interviewer-nudge-dst", me)
    s0, e0 = TT(DEN, 2026, 3, 10, 10, 0), TT(DEN, 2026, 3, 10, 10, 45)
    t1 = TT(DEN, 2026, 3, 5, 15, 31, 2)
    txt = ("Hi Nadia,\n\nYour interview is confirmed!\n\nPosition: Clinical Data Manager\nWhen: Tuesday, March 10, 2026, "
           "10:00 AM - 10:45 AM (MDT)\nInterviewer: Harold Ng, Director, Clinical Data\nWhere: Zoom - "
           "https://quarrystone.zoom.example/j/93311207755\n\nNeed to reschedule? Reply to this e-mail and Becca Lund will "
           "help.\n\nAdd to calendar: the attached .ics file works with Google, Outlook and Apple Calendar.\n\n"
           "Powered by GoodTime")
    html = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif\"><h2>Your interview is confirmed!</h2>"
            "<table><tr><td><b>Position</b></td><td>Clinical Data Manager</td></tr><tr><td><b>When</b></td>"
            "<td>Tuesday, March 10, 2026, 10:00 AM &ndash; 10:45 AM (MDT)</td></tr><tr><td><b>Interviewer</b></td>"
            "<td>Harold Ng, Director, Clinical Data</td></tr><tr><td><b>Where</b></td><td><a href=\"https://quarrystone."
            "zoom.example/j/93311207755\">Zoom</a></td></tr></table><p>Need to reschedule? Reply to this e-mail and Becca Lund "
            "will help.</p><p style=\"color:#888\">Powered by GoodTime</p></body></html>")
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//GoodTime//Scheduler//EN", "METHOD:REQUEST"]
                   + VTZ["America/Denver"] + [
        "BEGIN:VEVENT", "UID:gt-8f21c0d7-44b1-4c6e-9a0e-3c5f7d2e1b90@goodtime.example", f"DTSTAMP:{zstamp(t1)}",
        f"DTSTART;TZID=America/Denver:{local_stamp(s0)}", f"DTEND;TZID=America/Denver:{local_stamp(e0)}",
        "SUMMARY:Interview: Nadia Rahimi <> Quarrystone Health (Clinical Data Manager)",
        "DESCRIPTION:" + ics_escape("Interviewer: Harold Ng\nZoom: https://quarrystone.zoom.example/j/93311207755"),
        "LOCATION:https://quarrystone.zoom.example/j/93311207755", f"ORGANIZER;CN=Quarrystone Health Recruiting:mailto:{noreply[1]}",
        attendee(me[0], me[1]), "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    c.mail("goodtime-confirmation", t1, noreply, [me], "Interview confirmed: Clinical Data Manager at Quarrystone Health",
           txt, html=html, reply_to=becca, attach=("interview.ics", ics), thread="gt")
    t2 = TT(DEN, 2026, 3, 6, 8, 12, 45)
    b2 = ("Hi Nadia,\n\nI'm the Clinical Data director you'll be meeting on Tuesday. I've just been pulled into a study "
          "readiness review at 10 - would 11:15 work for you the same day? Same length (45 min).\n\nHarold\n\n"
          "Harold Ng, MS\nDirector, Clinical Data | Quarrystone Health\n1600 Wynkoop St, Suite 400, Denver, CO 80202\n"
          "(720) 555-0134")
    subj = "Tuesday's interview - small time change?"
    c.mail("harold-asks-1115", t2, har, [me], subj, b2, cc=[becca], client="outlook")
    t3 = TT(DEN, 2026, 3, 6, 9, 40, 3)
    b3 = "Hi Harold,\n\n11:15 on Tuesday works perfectly for me.\n\nBest,\nNadia\n\n" + gmail_quote(b2, t2, har, DEN)
    c.mail("nadia-ok", t3, me, [har], "Re: " + subj, b3, cc=[becca])
    t4 = TT(DEN, 2026, 3, 6, 10, 5, 29)
    b4 = ("Thanks both! I've moved the Zoom and the calendar hold to Tue 3/10, 11:15 AM-12:00 PM MT. Heads-up that clocks "
          "spring forward on Sunday.\n\nBecca Lund\nRecruiter, Quarrystone Health\n\n" + gmail_quote(b3, t3, me, DEN))
    c.mail("becca-moved-hold", t4, becca, [me, har], "Re: " + subj, b4)
    s, e = TT(DEN, 2026, 3, 10, 11, 15), TT(DEN, 2026, 3, 10, 12, 0)
    return c.cid, label(me, [iv("Quarrystone Health", "Clinical Data Manager", s, e, "scheduled", [har[1]], [har[1]],
                                "hiring_manager")], "hard", "positive/scheduler-then-email-reschedule",
                        "Scheduling-vendor confirmation (.ics, 10:00 MDT) then the interviewer moves it by e-mail to 11:15; no "
                        "new .ics. Mails are MST (-07:00), interview day is MDT (-06:00).")


def case11(root):
    IST = "Asia/Kolkata"
    me = ("Kavitha Subramanian", "kavitha.s@example.com")
    rohit = ("Rohit Bansal", "rohit.bansal@tejasvi.example")
    farhan = ("Farhan Qureshi", "farhan.qureshi@tejasvi.example")
    c = Case(root, "b22-11-bottom-posted-ist-tomorrow-half-past-ten", me)
    subj = "Tejasvi Analytics - ML Engineer - Technical round"
    t1 = TT(IST, 2026, 6, 8, 16, 20, 0)
    b1 = ("Hi Kavitha,\n\nGreetings from Tejasvi Analytics! You have been shortlisted for the technical round for the ML "
          "Engineer position. It will be a 1 hour discussion with Farhan from our ML platform team.\n\n"
          "Are you free this Wed or Thu?\n\nThanks & Regards,\nRohit Bansal\nHR - Talent Acquisition")
    c.mail("rohit-shortlisted", t1, rohit, [me], subj, b1)
    t2 = TT(IST, 2026, 6, 8, 19, 2, 11)
    b2 = ("On Mon, Jun 8, 2026 at 4:20 PM Rohit Bansal <rohit.bansal@tejasvi.example> wrote:\n"
          "> Hi Kavitha,\n>\n> Greetings from Tejasvi Analytics! You have been shortlisted for the technical round for the ML\n"
          "> Engineer position. It will be a 1 hour discussion with Farhan from our ML platform team.\n>\n"
          "> Are you free this Wed or Thu?\n\nThank you Rohit. Thursday morning is best for me, Wednesday I have a release.\n\n"
          "Kavitha")
    c.mail("kavitha-thursday-morning", t2, me, [rohit], "Re: " + subj, b2)
    t3 = TT(IST, 2026, 6, 10, 18, 5, 37)
    b3 = ("On Mon, Jun 8, 2026 at 7:02 PM Kavitha Subramanian <kavitha.s@example.com> wrote:\n"
          "> Thank you Rohit. Thursday morning is best for me, Wednesday I have a release.\n\n"
          "Done - scheduled for tomorrow at half past ten, for one hour. Farhan is in cc, he will share the meeting link.\n\n"
          "> Kavitha\n\nRegards,\nRohit")
    c.mail("rohit-tomorrow-half-past-ten", t3, rohit, [me], "Re: " + subj, b3, cc=[farhan])
    t4 = TT(IST, 2026, 6, 10, 18, 40, 2)
    b4 = ("On Wed, Jun 10, 2026 at 6:05 PM Rohit Bansal <rohit.bansal@tejasvi.example> wrote:\n"
          "> Done - scheduled for tomorrow at half past ten, for one hour. Farhan is in cc, he will share the meeting link.\n\n"
          "Hi Kavitha, here's the link: https://meet.tejasvi.example/mle-kavitha\n"
          "We'll go over one of your past projects and then a short feature-store design exercise. See you at 10:30 IST.\n\n"
          "--\nFarhan Qureshi\nSenior ML Engineer, ML Platform\nTejasvi Analytics Pvt. Ltd.\n"
          "4th Floor, Prestige Tech Park, Marathahalli, Bengaluru 560103\n+91 80 4000 1234")
    c.mail("farhan-link", t4, farhan, [me], "Re: " + subj, b4, cc=[rohit])
    t5 = TT(IST, 2026, 6, 10, 19, 15, 20)
    b5 = ("On Wed, Jun 10, 2026 at 6:40 PM Farhan Qureshi <farhan.qureshi@tejasvi.example> wrote:\n"
          "> See you at 10:30 IST.\n\nThanks Farhan, see you tomorrow.\n\nKavitha")
    c.mail("kavitha-see-you", t5, me, [farhan], "Re: " + subj, b5, cc=[rohit])
    s, e = TT(IST, 2026, 6, 11, 10, 30), TT(IST, 2026, 6, 11, 11, 30)
    return c.cid, label(me, [iv("Tejasvi Analytics", "ML Engineer", s, e, "scheduled", [farhan[1]], [farhan[1]],
                                "technical")], "hard", "positive/thread-bottom-posted-relative-date",
                        "Bottom-posted thread; 'tomorrow at half past ten' in a mail dated Wed 10 Jun 2026 -> Thu 11 Jun "
                        "10:30-11:30 IST; interviewer first named 'Farhan', full address when he replies.")


def case12(root):
    SP = "America/Sao_Paulo"
    me = ("Lucas Andrade", "lucas.andrade@mail.example")
    fer = ("Fernanda Lima", "fernanda.lima@cajuina.example")
    c = Case(root, "b22-12-portuguese-html-only-screen-moved-30min", me)
    subj = "Cajuína Software | Vaga Desenvolvedor Front-end Pleno"
    sig = ("<p>Abraços,<br><b>Fernanda Lima</b><br>Tech Recruiter | Cajuína Software<br>Av. Paulista, 1842 - 12º andar, "
           "São Paulo - SP<br>+55 11 95555-0192</p>")

    def quote(html, dt, who):
        d = dt.astimezone(ZoneInfo(SP))
        wd = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."][d.weekday()]
        mo = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."][d.month - 1]
        return (f"<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">Em {wd}, {d.day} de {mo} de {d.year} às "
                f"{d:%H:%M}, {who[0]} &lt;<a href=\"mailto:{who[1]}\">{who[1]}</a>&gt; escreveu:<br></div>"
                f"<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
                f"{html}</blockquote></div>")

    def wrap(inner):
        return f"<html><body><div dir=\"ltr\">{inner}</div></body></html>"
    t1 = TT(SP, 2026, 7, 6, 10, 12, 0)
    h1 = ("<p>Olá, Lucas! Tudo bem?</p><p>Gostei muito do seu perfil para a vaga de Desenvolvedor Front-end Pleno. Que tal "
          "um bate-papo de 30 minutos comigo para nos conhecermos melhor? Tenho disponibilidade na <b>quarta (8/7) às 15h</b> "
          "ou na <b>quinta (9/7) às 16h</b>.</p>" + sig)
    c.mail("fernanda-convite", t1, fer, [me], subj, html=wrap(h1), cte="base64")
    t2 = TT(SP, 2026, 7, 6, 12, 47, 30)
    h2 = "<p>Oi, Fernanda! Tudo ótimo. Quinta às 16h fica perfeito para mim.</p><p>Lucas</p>" + quote(h1, t1, fer)
    c.mail("lucas-quinta", t2, me, [fer], "Re: " + subj, html=wrap(h2), cte="base64")
    t3 = TT(SP, 2026, 7, 6, 14, 3, 8)
    h3 = ("<p>Perfeito, Lucas! Confirmado: <b>quinta-feira, 9 de julho, das 16h às 16h30</b> (horário de Brasília), pelo "
          "Google Meet. Eu mesma vou conduzir a conversa.</p>" + sig + quote(h2, t2, me))
    c.mail("fernanda-confirma", t3, fer, [me], "Re: " + subj, html=wrap(h3), cte="base64")
    t4 = TT(SP, 2026, 7, 8, 17, 55, 41)
    h4 = ("<p>Oi, Lucas! Pequeno ajuste: consegue começar às <b>16h30</b> amanhã em vez de 16h? Continua sendo 30 minutinhos. "
          "Desculpa a mudança!</p>" + sig + quote(h3, t3, fer))
    c.mail("fernanda-ajuste-1630", t4, fer, [me], "Re: " + subj, html=wrap(h4), cte="base64")
    t5 = TT(SP, 2026, 7, 8, 18, 20, 2)
    h5 = "<p>Claro, sem problemas! 16h30 então. Até amanhã!</p><p>Lucas</p>" + quote(h4, t4, fer)
    c.mail("lucas-combinado", t5, me, [fer], "Re: " + subj, html=wrap(h5), cte="base64")
    s, e = TT(SP, 2026, 7, 9, 16, 30), TT(SP, 2026, 7, 9, 17, 0)
    return c.cid, label(me, [iv("Cajuína Software", "Desenvolvedor Front-end Pleno", s, e, "scheduled", [fer[1]],
                                [fer[1]], "phone_screen")], "hard", "positive/thread-html-only-portuguese",
                        "HTML-only base64 Gmail thread in Portuguese; quinta 9/7 16h agreed, nudged to 16h30 (30 min) by the "
                        "recruiter, who conducts the chat herself. Brasília -03:00.")


def case13(root):
    AKL = "Pacific/Auckland"
    me = ("Hemi Walker", "hemi.walker@example.com")
    soph = ("Sophie Tane", "sophie.tane@kowhairobotics.example")
    ben = ("Ben Whitaker", "ben.whitaker@kowhairobotics.example")
    c = Case(root, "b22-13-auckland-counter-then-gcal-event-dst", me)
    subj = "Kōwhai Robotics - Embedded Software Engineer"
    t1 = TT(AKL, 2026, 3, 30, 14, 5, 0)
    b1 = ("Kia ora Hemi,\n\nThanks for your application! Ben, our firmware lead, would like to have a one-hour technical "
          "chat with you. Does Monday 6 April at 9am work?\n\nNgā mihi,\nSophie\n\nSophie Tane | People & Culture\n"
          "Kōwhai Robotics | 12 Normanby Rd, Mt Eden, Auckland 1024 | 09 555 0178")
    c.mail("sophie-proposes-monday", t1, soph, [me], subj, b1, cte="quoted-printable")
    t2 = TT(AKL, 2026, 3, 30, 16, 44, 19)
    b2 = ("Kia ora Sophie,\n\nThanks! Monday the 6th is Easter Monday - is the office open? If not, I could do Tuesday 7th "
          "any time after 12.\n\nHemi\n\n" + gmail_quote(b1, t1, soph, AKL))
    c.mail("hemi-counter-tuesday", t2, me, [soph], "Re: " + subj, b2, cte="quoted-printable")
    t3 = TT(AKL, 2026, 3, 31, 9, 10, 27)
    b3 = ("Ha, good catch - we're closed! Tuesday 7 April at 1pm works for Ben. Invite coming through now from my calendar "
          "(note daylight saving ends on the Sunday before).\n\nSophie\n\n" + gmail_quote(b2, t2, me, AKL))
    c.mail("sophie-tuesday-1pm", t3, soph, [me], "Re: " + subj, b3, cte="quoted-printable")
    s, e = TT(AKL, 2026, 4, 7, 13, 0), TT(AKL, 2026, 4, 7, 14, 0)
    ev = {
        "kind": "calendar#event", "etag": "\"3551849203114000\"", "id": "k0wha1r0b0t1cs7apr2026hw", "status": "confirmed",
        "htmlLink": "https://calendar.example/event?eid=azB3aGExcjBiMHQxY3M3YXByMjAyNmh3",
        "created": "2026-03-30T20:12:40.000Z", "updated": "2026-03-30T20:15:01.557Z",
        "summary": "Hemi Walker <> Ben - technical chat",
        "description": "Embedded Software Engineer - 60 min technical conversation with Ben (firmware). Whiteboard in the "
                       "meeting room, no laptop needed.",
        "location": "Kōwhai Robotics, 12 Normanby Rd, Mt Eden, Auckland",
        "creator": {"email": soph[1], "displayName": soph[0]},
        "organizer": {"email": soph[1], "displayName": soph[0]},
        "start": {"dateTime": s.isoformat(), "timeZone": AKL},
        "end": {"dateTime": e.isoformat(), "timeZone": AKL},
        "iCalUID": "k0wha1r0b0t1cs7apr2026hw@google.com", "sequence": 1,
        "attendees": [
            {"email": soph[1], "displayName": soph[0], "organizer": True, "responseStatus": "accepted"},
            {"email": ben[1], "displayName": ben[0], "responseStatus": "accepted"},
            {"email": me[1], "self": True, "responseStatus": "needsAction"}],
        "reminders": {"useDefault": True}, "eventType": "default"}
    c.gcal("event-technical-chat", ev)
    return c.cid, label(me, [iv("Kōwhai Robotics", "Embedded Software Engineer", s, e, "scheduled", [ben[1]], [ben[1]],
                                "technical")], "medium", "positive/thread-plus-calendar-api",
                        "Candidate counters Easter Monday; Tue 7 Apr 1pm agreed; Calendar API event carries it. Mails are NZDT "
                        "(+13:00), interview after Apr 5 is NZST (+12:00). Ben only in the event attendees.")
def neg(owner, category, notes, difficulty="hard"):
    return label(owner, [], difficulty, category, notes)


def case14(root):
    SEA = "America/Los_Angeles"
    me = ("Gabriel Moreau", "gabriel.moreau@example.com")
    joy = ("Joy Park", "joy.park@sablefin.example")
    olu = ("Olu Adeyemi", "olu.adeyemi@sablefin.example")
    c = Case(root, "b22-14-neg-owner-is-the-interviewer-ea-thread", me)
    subj = "Interview: Ravi Chandran - Staff SRE - 45 min with Gabriel"
    t1 = TT(SEA, 2026, 4, 6, 9, 4, 0)
    b1 = ("Hi Joy,\n\nCould you find 45 minutes on Gabriel's calendar this week or next for the hiring manager interview "
          "with Ravi Chandran (Staff SRE candidate)? Ravi is flexible in the afternoons Pacific.\n\nThanks!\nOlu\n\n"
          "Olu Adeyemi | Technical Recruiter | Sablefin")
    c.mail("olu-asks-joy", t1, olu, [joy], subj, b1, cc=[me], client="outlook")
    t2 = TT(SEA, 2026, 4, 6, 10, 30, 12)
    b2 = ("Hi Olu,\n\nGabriel can interview Ravi on Thursday 4/9 from 2:00-2:45 PM PT. I'll send the invite to Ravi and Gabriel.\n\n"
          "Joy\n\nJoy Park | Executive Assistant to Gabriel Moreau, VP Engineering\n\n"
          + outlook_block(b1, t1, olu, [joy], subj, SEA, cc=[me], style="line"))
    c.mail("joy-books-thursday", t2, joy, [olu], "RE: " + subj, b2, cc=[me], client="outlook")
    t3 = TT(SEA, 2026, 4, 8, 16, 10, 48)
    b3 = ("Gabriel - reminder that you're interviewing Ravi tomorrow at 2. His resume and the SRE scorecard are in "
          "Greenhouse; please submit feedback by Friday noon so we can debrief.\n\nOlu\n\n"
          + outlook_block(b2, t2, joy, [olu], "RE: " + subj, SEA, cc=[me], style="line"))
    c.mail("olu-reminder-scorecard", t3, olu, [me], "RE: " + subj, b3, cc=[joy], client="outlook")
    t4 = TT(SEA, 2026, 4, 8, 16, 31, 5)
    b4 = "Thanks Olu, I've read his packet. Will have feedback in by Friday.\n\nG.\n\n" + outlook_block(
        b3, t3, olu, [me], "RE: " + subj, SEA, cc=[joy], style="line")
    c.mail("gabriel-ack", t4, me, [olu], "RE: " + subj, b4, cc=[joy], client="outlook")
    return c.cid, neg(me, "negative/user-is-interviewer",
                      "Assistant books a hiring-manager interview where the mailbox owner is the interviewer (VP Eng at his "
                      "current employer); the candidate is someone else.")


def case15(root):
    NY = "America/New_York"
    me = ("Tom Okonkwo", "tom.okonkwo@mail.example")
    carla = ("Carla Dunn", "carla.dunn@vellumvine.example")
    c = Case(root, "b22-15-neg-availability-ping-pong-never-booked", me)
    subj = "Brand Manager role - call with Priya?"
    sig = "Carla Dunn\nTalent Acquisition, Vellum & Vine\n(646) 555-0127"
    t1 = TT(NY, 2026, 9, 14, 11, 2, 0)
    b1 = ("Hi Tom,\n\nPriya, the hiring manager for our Brand Manager role, would like to schedule a 30-minute interview "
          "with you. Could you send me 3-4 windows that work next week?\n\nThanks,\n" + sig)
    c.mail("carla-asks-windows", t1, carla, [me], subj, b1)
    t2 = TT(NY, 2026, 9, 14, 13, 40, 22)
    b2 = ("Hi Carla,\n\nGreat to hear! Next week I'm free:\n- Tue 9/22, 2-4pm ET\n- Wed 9/23 after 11am ET\n- Fri 9/25 "
          "before noon\n\nTom\n\n" + gmail_quote(b1, t1, carla, NY))
    c.mail("tom-sends-windows", t2, me, [carla], "Re: " + subj, b2)
    t3 = TT(NY, 2026, 9, 16, 9, 15, 40)
    b3 = ("Thanks Tom - Priya is traveling this week so I'm still waiting on her to confirm one of those. Will circle back "
          "shortly!\n\n" + sig + "\n\n" + gmail_quote(b2, t2, me, NY))
    c.mail("carla-waiting-on-priya", t3, carla, [me], "Re: " + subj, b3)
    t4 = TT(NY, 2026, 9, 21, 8, 30, 5)
    b4 = ("Hi Carla, just checking in - is Tuesday 2pm still a possibility? Happy to adjust.\n\nTom\n\n"
          + gmail_quote(b3, t3, carla, NY))
    c.mail("tom-checks-in", t4, me, [carla], "Re: " + subj, b4)
    t5 = TT(NY, 2026, 9, 22, 10, 48, 33)
    b5 = ("Hi Tom,\n\nI'm sorry for the silence. Priya has decided to hold off on interviews while the Brand Manager role is "
          "re-scoped with the new CMO, so we won't be scheduling the call for now. I'll reach out as soon as it reopens - "
          "you're at the top of my list.\n\n" + sig + "\n\n" + gmail_quote(b4, t4, me, NY))
    c.mail("carla-on-hold", t5, carla, [me], "Re: " + subj, b5)
    return c.cid, neg(me, "negative/availability-never-booked",
                      "Recruiter asks for windows, candidate offers several, a time is never agreed and the role goes on hold; "
                      "no interview was ever scheduled.")


def case16(root):
    TYO = "Asia/Tokyo"
    me = ("Yuki Tanabe", "yuki.tanabe@example.com")
    prod = ("Marisol Vega", "marisol@shippinghours.example")
    host = ("Ken Adler", "ken@shippinghours.example")
    c = Case(root, "b22-16-neg-podcast-interview-producer-thread", me)
    subj = "Shipping Hours podcast - interview recording"
    t1 = TT(TYO, 2026, 6, 1, 10, 0, 0)
    b1 = ("Hi Yuki,\n\nKen loved your talk on incident reviews at SREcon and would love to interview you for Shipping Hours "
          "(episode ~50 min, recorded remotely). Could you do Thu 6/11 at 15:00 JST, or Fri 6/12 at 09:00 JST?\n\n"
          "Marisol Vega\nProducer, Shipping Hours")
    c.mail("producer-invites", t1, prod, [me], subj, b1, cc=[host], client="outlook")
    t2 = TT(TYO, 2026, 6, 1, 21, 14, 3)
    b2 = ("Hi Marisol, Ken,\n\nI'd be honored. Thursday 15:00 JST works.\n\nYuki\n\n"
          + outlook_block(b1, t1, prod, [me], subj, TYO, cc=[host]))
    c.mail("yuki-thursday", t2, me, [prod], "RE: " + subj, b2, cc=[host], client="outlook")
    t3 = TT(TYO, 2026, 6, 2, 8, 45, 10)
    s, e = TT(TYO, 2026, 6, 11, 15, 0), TT(TYO, 2026, 6, 11, 16, 0)
    cal = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Riverside//Recording Scheduler//EN", "METHOD:REQUEST"]
                   + VTZ["Asia/Tokyo"] + [
        "BEGIN:VEVENT", "UID:sh-ep-142-tanabe@shippinghours.example", f"DTSTAMP:{zstamp(t3)}",
        f"DTSTART;TZID=Asia/Tokyo:{local_stamp(s)}", f"DTEND;TZID=Asia/Tokyo:{local_stamp(e)}",
        "SUMMARY:Shipping Hours - interview recording with Yuki Tanabe",
        "DESCRIPTION:" + ics_escape("Podcast interview recording. Studio link: https://studio.shippinghours.example/ep142"),
        f"ORGANIZER;CN={prod[0]}:mailto:{prod[1]}", attendee(host[0], host[1]), attendee(me[0], me[1]),
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    b3 = ("Wonderful! Confirmed for Thursday 11 June, 15:00-16:00 JST (that's 11pm Wednesday for Ken in San Francisco, he "
          "insists it's fine). Invite attached; please use headphones and a quiet room.\n\nMarisol\n\n"
          + outlook_block(b2, t2, me, [prod], "RE: " + subj, TYO, cc=[host]))
    c.mail("producer-confirms-ics", t3, prod, [me], "RE: " + subj, b3, cc=[host], client="outlook",
           attach=("recording.ics", cal))
    t4 = TT(TYO, 2026, 6, 9, 7, 20, 55)
    b4 = ("Hi Yuki - looking forward to Thursday. Rough outline: how you got into SRE, blameless postmortems, and what you'd "
          "tell a new on-call engineer. No prep needed.\n\nKen Adler\nHost, Shipping Hours\n\n"
          + outlook_block(b3, t3, prod, [me], "RE: " + subj, TYO, cc=[host]))
    c.mail("host-outline", t4, host, [me], "RE: " + subj, b4, cc=[prod], client="outlook")
    return c.cid, neg(me, "negative/podcast-interview",
                      "Podcast producer/host thread with an .ics for an 'interview recording'; not a job interview.")


def case17(root):
    BER = "Europe/Berlin"
    me = ("Hannah Kessler", "hannah.kessler@mail.example")
    coach = ("Dev Malhotra", "dev@loopprep.example")
    c = Case(root, "b22-17-neg-paid-mock-system-design-rescheduled", me)
    subj = "Your mock system design interview"
    t1 = TT(BER, 2026, 10, 19, 9, 30, 0)
    b1 = ("Hi Hannah,\n\nThanks for booking the Senior Loop package. Our first session is a mock system design interview "
          "(60 min) run exactly like a FAANG onsite round, followed by 15 min of written feedback. Does Thu 22 Oct at "
          "18:00 CEST work?\n\nDev Malhotra\nInterview coach, LoopPrep\n(ex-staff engineer; I'll play the interviewer)")
    c.mail("coach-proposes", t1, coach, [me], subj, b1)
    t2 = TT(BER, 2026, 10, 19, 12, 5, 31)
    b2 = "Hi Dev, Thursday is tricky - could we do Tuesday 27 Oct at 18:00 instead?\n\nHannah\n\n" + gmail_quote(b1, t1, coach, BER)
    c.mail("hannah-counter", t2, me, [coach], "Re: " + subj, b2)
    t3 = TT(BER, 2026, 10, 19, 14, 0, 2)
    b3 = ("Sure - Tuesday 27 Oct, 18:00 CET (Germany will be back on winter time by then). I'll send a Zoom link. Treat it as "
          "the real thing: camera on, think aloud.\n\nDev\n\nPayment received: EUR 149.00 - invoice LP-2026-10-0412\n\n"
          + gmail_quote(b2, t2, me, BER))
    c.mail("coach-confirms-paid", t3, coach, [me], "Re: " + subj, b3)
    return c.cid, neg(me, "negative/mock-interview",
                      "Paid mock system-design interview with a coach, negotiated and rescheduled like a real one; not a "
                      "hiring process.", "medium")


def case18(root):
    LON = "Europe/London"
    me = ("Marco Bellini", "marco.bellini@example.com")
    res = ("Tidewell Research", "no-reply@participants.userpanel.example")
    ana = ("Ana Sousa", "ana.sousa@tidewell.example")
    c = Case(root, "b22-18-neg-user-research-interview-rescheduled", me)
    t1 = TT(LON, 2026, 11, 3, 9, 0, 0)
    b1 = ("Hi Marco,\n\nYou've been selected for a research study with Tidewell Bank!\n\nStudy: 60-minute interview about "
          "how you plan your savings\nWhen: Tuesday 10 November, 14:00 GMT\nIncentive: GBP 80 gift card\n\n"
          "Your researcher is Ana Sousa. You can reply to this e-mail to reach her.\n\nThe UserPanel team")
    c.mail("userpanel-selected", t1, res, [me], "You're confirmed: Tidewell savings interview (60 min, GBP 80)", b1,
           reply_to=ana, thread="up")
    t2 = TT(LON, 2026, 11, 5, 16, 22, 40)
    b2 = ("Hi Marco,\n\nAna here, the researcher for Tuesday's session. Could we move the interview to 15:30 the same day? "
          "Everything else stays the same - you'll still receive the full incentive.\n\nThanks,\nAna Sousa\n"
          "Senior UX Researcher, Tidewell Bank\n\n" + gmail_quote(b1, t1, res, LON))
    c.mail("researcher-moves", t2, ana, [me], "Re: You're confirmed: Tidewell savings interview (60 min, GBP 80)", b2,
           thread="up")
    t3 = TT(LON, 2026, 11, 5, 18, 1, 9)
    b3 = "Hi Ana, 15:30 is fine by me.\n\nMarco\n\n" + gmail_quote(b2, t2, ana, LON)
    c.mail("marco-ok", t3, me, [ana], "Re: You're confirmed: Tidewell savings interview (60 min, GBP 80)", b3, thread="up")
    return c.cid, neg(me, "negative/user-research",
                      "Paid user-research 'interview' booked through a participant panel and moved by the researcher.")


def case19(root):
    PAR = "Europe/Paris"
    me = ("Chloé Martin", "chloe.martin@mail.example")
    sam = ("Sam Ortega", "sam.ortega@mail.example")
    gr = ("Noémie Laurent", "noemie.laurent@gridline.example")
    c = Case(root, "b22-19-neg-friend-forwards-his-own-onsite", me)
    tf = TT(PAR, 2026, 5, 18, 17, 2)
    fb = ("Bonjour Sam,\n\nYour onsite for the Lead Product Manager role is confirmed for Tuesday 26 May, 09:30-13:00, at "
          "our office (42 rue de Paradis, Paris 10e). You'll meet Hugo (VP Product), Inès (Design) and Karim (Engineering).\n\n"
          "Best,\nNoémie Laurent\nRecruiting, Gridline Systems")
    t1 = TT(PAR, 2026, 5, 19, 8, 44, 13)
    b1 = ("Hey Chloé,\n\nSo... I made it to the onsite at Gridline! Details below. You did the PM loop at your last job - any "
          "tips for the product sense round? Coffee this week?\n\nSam\n\n"
          + fwd_block(fb, tf, gr, [sam], "Gridline Systems - onsite confirmation", PAR))
    c.mail("sam-fwd-onsite", t1, sam, [me], "Fwd: Gridline Systems - onsite confirmation", b1, cte="8bit")
    t2 = TT(PAR, 2026, 5, 19, 12, 30, 55)
    b2 = ("Sam, félicitations!! For product sense: pick one user, go deep, and always say what you'd measure. Happy to do a "
          "practice run - Thursday 19h at the café near Arts et Métiers?\n\nChloé\n\n" + gmail_quote(b1, t1, sam, PAR))
    c.mail("chloe-tips", t2, me, [sam], "Re: Fwd: Gridline Systems - onsite confirmation", b2, cte="8bit")
    t3 = TT(PAR, 2026, 5, 19, 13, 5, 20)
    b3 = "Deal, Thursday 19h. You're the best.\n\n" + gmail_quote(b2, t2, me, PAR)
    c.mail("sam-deal", t3, sam, [me], "Re: Fwd: Gridline Systems - onsite confirmation", b3, client="apple", cte="8bit")
    return c.cid, neg(me, "negative/forwarded-someone-elses-interview",
                      "A friend forwards HIS OWN onsite confirmation asking for tips; the owner is not the candidate; the "
                      "practice chat is not an interview.")


def case20(root):
    NY = "America/New_York"
    LAG = "Africa/Lagos"
    me = ("Oluwaseun Bello", "seun.bello@example.com")
    para = ("Rachel Ford", "rford@fordlindimmigration.example")
    atty = ("David Lind", "dlind@fordlindimmigration.example")
    c = Case(root, "b22-20-neg-visa-consular-interview-thread", me)
    subj = "H-1B consular processing - Norland Tech - interview appointment"
    t1 = TT(NY, 2026, 4, 27, 10, 15, 0)
    b1 = ("Hi Seun,\n\nGood news: your visa interview at the U.S. Consulate General in Lagos is confirmed for Thursday, "
          "May 14, 2026 at 8:15 AM local time. Please bring your passport, the I-797 approval and your employment "
          "verification letter from Norland Tech.\n\nWe'd also like to schedule a 30-minute prep call with David beforehand.\n\n"
          "Rachel Ford\nSenior Paralegal | Ford & Lind Immigration LLP\n1350 Avenue of the Americas, New York, NY 10019")
    c.mail("paralegal-visa-interview", t1, para, [me], subj, b1, client="outlook")
    t2 = TT(LAG, 2026, 4, 27, 19, 2, 44)
    b2 = ("Thanks Rachel! For the prep call, Monday 11 May any time after 3pm Lagos time works.\n\nSeun\n\n"
          + outlook_block(b1, t1, para, [me], subj, LAG))
    c.mail("seun-prep-availability", t2, me, [para], "RE: " + subj, b2, client="outlook")
    t3 = TT(NY, 2026, 4, 28, 9, 5, 30)
    b3 = ("Hi Seun,\n\nDavid will call you Monday, May 11 at 10:00 AM ET (3:00 PM in Lagos) to go over likely consular "
          "interview questions about your role at Norland Tech.\n\nBest,\nDavid Lind\nPartner\n\n"
          + outlook_block(b2, t2, me, [para], "RE: " + subj, NY))
    c.mail("attorney-prep-call", t3, atty, [me], "RE: " + subj, b3, cc=[para], client="outlook")
    return c.cid, neg(me, "negative/non-job-interview",
                      "Consular visa interview plus an attorney prep call, tied to a job offer but not a hiring interview.")


def case21(root):
    PDX = "America/Los_Angeles"
    me = ("Ellie Nakamura", "ellie.nakamura@mail.example")
    jon = ("Jonah Price", "jonah.price@brindlestudio.example")
    c = Case(root, "b22-21-neg-networking-coffee-not-a-process-step", me)
    subj = "coffee + Brindle questions"
    t1 = TT(PDX, 2026, 2, 17, 20, 11, 0)
    b1 = ("Hey Ellie!\n\nSo good to hear from you. Totally happy to grab coffee and tell you what it's like at Brindle - to "
          "be clear I'm not on the hiring side for the design role and this isn't an interview, just two old coworkers "
          "catching up. If it sounds like a fit afterwards I'm glad to refer you.\n\nThursday 8:30am at Blue Door on Alberta?\n\n"
          "Jonah")
    c.mail("jonah-coffee-offer", t1, jon, [me], subj, b1)
    t2 = TT(PDX, 2026, 2, 17, 21, 3, 12)
    b2 = "Yes! Could we do 9 instead of 8:30? School drop-off.\n\nE\n\n" + gmail_quote(b1, t1, jon, PDX)
    c.mail("ellie-nine", t2, me, [jon], "Re: " + subj, b2, client="apple")
    t3 = TT(PDX, 2026, 2, 18, 7, 40, 0)
    b3 = "9 it is. First round's on me.\n\nJonah Price\nDesign Director, Brindle Studio\n\n" + apple_quote(b2, t2, me, PDX)
    c.mail("jonah-nine-ok", t3, jon, [me], "Re: " + subj, b3)
    return c.cid, neg(me, "negative/networking-coffee",
                      "Informal coffee with a former colleague explicitly 'not an interview' and not a process step.",
                      "medium")


def case22(root):
    LA = "America/Los_Angeles"
    me = ("Rafael Costa", "rafael.costa@example.com")
    kim = ("Kim Alvarez", "kim.alvarez@pinecrestgames.example")
    c = Case(root, "b22-22-neg-take-home-then-technical-interview-never-booked", me)
    subj = "Pinecrest Games - Gameplay Engineer take-home"
    sig = "Kim Alvarez\nRecruiting Coordinator, Pinecrest Games\n(206) 555-0110"
    t1 = TT(LA, 2026, 10, 28, 13, 0, 0)
    b1 = ("Hi Rafael,\n\nThanks for your interest in the Gameplay Engineer role! Next step is a take-home exercise "
          "(about 3 hours). Please submit by Friday 10/30 at 5pm PT. Once we've reviewed it, we'll schedule a technical "
          "interview with two engineers where you walk them through your solution.\n\n" + sig)
    c.mail("kim-take-home", t1, kim, [me], subj, b1)
    t2 = TT(LA, 2026, 10, 29, 8, 12, 0)
    b2 = ("Hi Kim, could I get until Monday 9am PT? I'm traveling Thursday.\n\nRafael\n\n" + gmail_quote(b1, t1, kim, LA))
    c.mail("rafael-extension", t2, me, [kim], "Re: " + subj, b2)
    t3 = TT(LA, 2026, 10, 29, 9, 30, 0)
    b3 = "Of course - Monday 11/2, 9am PT is fine.\n\n" + sig + "\n\n" + gmail_quote(b2, t2, me, LA)
    c.mail("kim-extension-ok", t3, kim, [me], "Re: " + subj, b3)
    t4 = TT(LA, 2026, 11, 2, 8, 41, 0)
    b4 = "Hi Kim, submitted via the portal just now. Looking forward to the interview!\n\nRafael\n\n" + gmail_quote(b3, t3, kim, LA)
    c.mail("rafael-submitted", t4, me, [kim], "Re: " + subj, b4)
    t5 = TT(LA, 2026, 11, 12, 15, 22, 0)
    b5 = ("Hi Rafael,\n\nThank you for the time you put into the exercise. After review, the team has decided not to move "
          "forward to the technical interview stage. We appreciate your interest in Pinecrest Games.\n\n" + sig + "\n\n"
          + gmail_quote(b4, t4, me, LA))
    c.mail("kim-decline", t5, kim, [me], "Re: " + subj, b5)
    return c.cid, neg(me, "negative/take-home-then-rejection",
                      "Take-home with deadline (extended), a technical interview is promised but never booked; ends in a "
                      "rejection.", "medium")
CASES = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12, case13,
         case14, case15, case16, case17, case18, case19, case20, case21, case22]


def main():
    root = os.path.dirname(os.path.abspath(__file__))
    for name in sorted(os.listdir(root)):
        if name.startswith("b22-") and os.path.isdir(os.path.join(root, name)):
            shutil.rmtree(os.path.join(root, name))
    labels = {}
    for fn in CASES:
        cid, lab = fn(root)
        labels[cid] = lab
    with open(os.path.join(root, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# Labels for blind22 (written blind, synthetic). Generated by make_cases.py - do not edit by hand.\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=120)
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
