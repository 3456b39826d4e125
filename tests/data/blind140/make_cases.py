#!/usr/bin/env python3
"""Regenerate the blind140 evaluation set (Helsinki game designer, Finnish + English mail).

Deterministic: fixed dates, Message-IDs, boundaries and UIDs derived from hashes of fixed seeds.
Standard library + PyYAML + zoneinfo only.  Run:  python make_cases.py
Writes every b140-* case folder and labels.yaml next to this file (old b140-* folders are replaced).
"""
import base64
import hashlib
import html as htmlmod
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
HEL = ZoneInfo("Europe/Helsinki")
BER = ZoneInfo("Europe/Berlin")
STO = ZoneInfo("Europe/Stockholm")
UTC = timezone.utc

OWNER = "saara.lehtinen@example.com"
OWNER_NAME = "Saara Lehtinen"

FI_WD = ["ma", "ti", "ke", "to", "pe", "la", "su"]
FI_WD_LONG = ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"]
FI_WD_ESS = ["maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina", "lauantaina",
             "sunnuntaina"]
FI_MON = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
          "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
EN_MON3 = [m[:3] for m in EN_MON]

CASES = []      # list of (case_id, builder)
LABELS = {}     # case_id -> label dict
FILES = {}      # case_id -> {filename: bytes}


# ----------------------------------------------------------------------------- small helpers
def H(y, m, d, hh=0, mm=0, ss=0):
    """Aware Europe/Helsinki datetime."""
    return datetime(y, m, d, hh, mm, ss, tzinfo=HEL)


def wd(dt, name):
    """Assert that a weekday word used in text matches dt, and return it."""
    for table in (FI_WD, FI_WD_LONG, FI_WD_ESS, EN_WD, EN_WD3):
        if name in table:
            assert table.index(name) == dt.weekday(), (dt.isoformat(), name)
            return name
        if name[:1].isupper() and name.lower() in table:
            assert table.index(name.lower()) == dt.weekday(), (dt.isoformat(), name)
            return name
    raise AssertionError("unknown weekday word %r" % name)


def hx(seed, n):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("%s#%d" % (seed, i)).encode()).hexdigest()
        i += 1
    return out[:n]


def alnum(seed, n, alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    h = hashlib.sha256(seed.encode()).digest() * 4
    return "".join(alphabet[b % len(alphabet)] for b in h[:n])


def digits(seed, n):
    return alnum(seed, n, "0123456789")


def uuidish(seed):
    h = hx(seed, 32)
    return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])


def meet_code(seed):
    a = alnum(seed, 10, "abcdefghijkmnopqrstuvwxyz")
    return "%s-%s-%s" % (a[:3], a[3:7], a[7:10])


def z(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def rfc(dt):
    return format_datetime(dt)


def fi_hm(dt):
    """'14.30' / '9.00'."""
    return "%d.%02d" % (dt.hour, dt.minute)


def fi_h(dt):
    """'14' / '14.30' (Finnish short form)."""
    return "%d" % dt.hour if dt.minute == 0 else "%d.%02d" % (dt.hour, dt.minute)


def fi_day(dt):
    """'ti 10.3.'"""
    return "%s %d.%d." % (FI_WD[dt.weekday()], dt.day, dt.month)


def fi_long(dt):
    """'tiistai 31. maaliskuuta 2026'"""
    return "%s %d. %s %d" % (FI_WD_LONG[dt.weekday()], dt.day, FI_MON[dt.month - 1], dt.year)


def en_t(dt):
    h = dt.hour % 12 or 12
    suf = "am" if dt.hour < 12 else "pm"
    return ("%d%s" % (h, suf)) if dt.minute == 0 else ("%d:%02d%s" % (h, dt.minute, suf))


def utc_label(dt):
    off = int(dt.utcoffset().total_seconds() // 3600)
    return "UTC+%d" % off


# ----------------------------------------------------------------------------- MIME helpers
def qword(s):
    out = ""
    for b in s.encode("utf-8"):
        c = chr(b)
        if (b < 128 and c.isalnum()) or c in "!*+-/":
            out += c
        elif c == " ":
            out += "_"
        else:
            out += "=%02X" % b
    return "=?utf-8?q?%s?=" % out


def hdr(value, name="Subject"):
    """Header value: non-ASCII words as RFC 2047 Q encoded-words, folded at 76 columns."""
    words = value.replace("\n ", " ").split(" ")
    toks = []
    run = []

    def flush():
        if not run:
            return
        text = " ".join(run)
        chunk = ""
        for ch in text:
            if len(qword(chunk + ch)) > 75:
                toks.append(qword(chunk))
                chunk = ""
            chunk += ch
        toks.append(qword(chunk))
        run.clear()

    for w in words:
        if all(ord(c) < 128 for c in w):
            flush()
            toks.append(w)
        else:
            run.append(w)
    flush()
    lines = []
    cur = name + ":"
    for t in toks:
        if len(cur) + 1 + len(t) > 76 and cur != name + ":" and cur.strip():
            lines.append(cur)
            cur = " " + t
        else:
            cur += " " + t
    lines.append(cur)
    return "\n".join(lines)[len(name) + 2:]


SPECIALS = set('()<>[]:;@\\,."|')


def addr(name, email):
    if not name:
        return email
    if any(c in SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def addrs(lst):
    return ", ".join(addr(n, e) for n, e in lst)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body if body.endswith("\n") else body + "\n"

    def render(self):
        return "".join("%s: %s\n" % kv for kv in self.headers) + "\n" + self.body


def leaf(ctype, content, cte, disposition=None, extra=()):
    if cte == "quoted-printable":
        body = qp(content)
    elif cte == "base64":
        body = b64(content)
    else:
        body = content
    headers = [("Content-Type", ctype)]
    if disposition:
        headers.append(("Content-Disposition", disposition))
    headers.append(("Content-Transfer-Encoding", cte))
    headers.extend(extra)
    return Part(headers, body)


def multi(subtype, boundary, parts, blank_between=False):
    body = ""
    for p in parts:
        body += "--%s\n%s" % (boundary, p.render())
        if blank_between:
            body += "\n"
    body += "--%s--\n" % boundary
    return Part([("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, boundary))], body)


def to_html(text, style):
    """Very small text -> HTML renderer (paragraphs, <br>, '>' quotes as blockquote)."""
    lines = text.split("\n")

    def render(ls):
        out = []
        i = 0
        para = []

        def flush():
            if para:
                inner = "<br>\n".join(htmlmod.escape(x, quote=False) for x in para)
                if style == "outlook":
                    out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % inner)
                elif style == "gmail":
                    out.append("<div>%s</div>" % inner)
                else:
                    out.append('<p style="margin:0 0 12px 0">%s</p>' % inner)
                para.clear()

        while i < len(ls):
            ln = ls[i]
            if ln.startswith(">"):
                flush()
                q = []
                while i < len(ls) and ls[i].startswith(">"):
                    q.append(ls[i][1:][1:] if ls[i][1:2] == " " else ls[i][1:])
                    i += 1
                out.append('<blockquote style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                           'rgb(204,204,204);padding-left:1ex">%s</blockquote>' % render(q))
                continue
            if ln.strip() == "":
                flush()
                if style == "gmail":
                    out.append("<div><br></div>")
            else:
                para.append(ln)
            i += 1
        flush()
        return "\n".join(out)

    inner = render(lines)
    if style == "gmail":
        return '<div dir="ltr">%s</div>\n' % inner
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="'
                'Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="'
                'Microsoft Word 15 (filtered medium)"></head><body lang="FI" link="#0563C1" vlink="'
                '#954F72" style="word-wrap:break-word"><div class="WordSection1">\n%s\n</div></body>'
                '</html>\n' % inner)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" content="'
            'width=device-width"></head><body style="font-family:Helvetica,Arial,sans-serif;font-'
            'size:15px;color:#1f2328"><table role="presentation" width="100%%" cellpadding="0" '
            'cellspacing="0"><tr><td style="padding:24px">\n%s\n</td></tr></table></body></html>\n'
            % inner)


RELAYS = {
    "gmail": ("mail-sor-f41.google.com", "209.85.220.41"),
    "outlook": ("EUR05-VI1-obe.outbound.protection.outlook.com", "40.107.21.97"),
    "apple": ("st43p00im-ztdg10061801.me.com", "17.58.63.170"),
    "rails": ("o6.mail.example-esp.net", "149.72.19.88"),
    "plain": ("smtp-out.example-esp.net", "185.12.64.31"),
}


def received(client, sent, relay=None):
    host, ip = relay or RELAYS[client]
    rid = alnum("rcv" + host + sent.isoformat(), 12, "abcdefghijklmnopqrstuvwxyz0123456789")
    return ("from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n"
            "        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s"
            % (host, host, ip, rid, OWNER, rfc(sent + timedelta(seconds=2))))


def msgid(client, seed, domain=None):
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % alnum(seed, 46, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-")
    if client == "outlook":
        p = "HE1PR07MB%s" % digits(seed + "p", 4)
        return "<%s%s@%s.eurprd07.prod.outlook.com>" % (p, hx(seed, 24).upper(), p)
    if client == "apple":
        return "<%s@%s>" % (uuidish(seed).upper(), domain)
    if client == "gcal":
        return "<calendar-%s@google.com>" % uuidish(seed)
    return "<%s_%s@%s>" % (hx(seed, 16), digits(seed, 6), domain)


def boundary(client, seed, k=0):
    s = "%s/%d" % (seed, k)
    if client in ("gmail", "gcal"):
        return "000000000000" + hx(s, 12)
    if client == "outlook":
        return "_00%d_HE1PR07MB%s%sEURP_" % (k, digits(s, 4), hx(s, 16).upper())
    if client == "apple":
        return "Apple-Mail=_" + uuidish(s).upper()
    return "--==_mimepart_%s_%s" % (hx(s, 13), digits(s, 5))


def put(case, fname, content):
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    FILES.setdefault(case, {})[fname] = data


def mail(case, fname, *, client, sent, frm, to, subject, text, cc=None, reply_to=None,
         sender=None, in_reply_to=None, references=None, attachments=(), extra=(), domain=None,
         plain_only=False, text_cte="quoted-printable", html_cte="quoted-printable",
         return_path=None, relay=None, html=None, delivered=True):
    """Write one e-mail; return its Message-ID."""
    seed = "%s/%s" % (case, fname)
    mid = msgid(client, seed, domain or frm[1].split("@")[1])
    hs = []
    if delivered:
        hs.append(("Delivered-To", OWNER))
        hs.append(("Received", received(client, sent, relay)))
        hs.append(("Return-Path", "<%s>" % (return_path or frm[1])))
    date = sent.astimezone(UTC) if client == "outlook" else sent
    hs.append(("From", hdr(addr(*frm), "From")))
    if sender:
        hs.append(("Sender", hdr(addr(*sender), "Sender")))
    hs.append(("To", hdr(addrs(to), "To")))
    if cc:
        hs.append(("Cc", hdr(addrs(cc), "Cc")))
    if reply_to:
        hs.append(("Reply-To", hdr(addr(*reply_to), "Reply-To")))
    hs.append(("Subject", hdr(subject, "Subject")))
    if client == "outlook":
        topic = subject
        for pre in ("RE: ", "VS: ", "Re: ", "Vs: "):
            if topic.startswith(pre):
                topic = topic[len(pre):]
        hs.append(("Thread-Topic", hdr(topic, "Thread-Topic")))
        hs.append(("Thread-Index", base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()))
    hs.append(("Date", rfc(date)))
    hs.append(("Message-ID", mid))
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
    if references:
        hs.append(("References", "\n ".join(references)))
    if client == "outlook":
        hs += [("Accept-Language", "fi-FI, en-US"), ("Content-Language", "fi-FI"),
               ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
    if client == "apple" and not any(k == "X-Mailer" for k, _ in extra):
        hs.append(("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"))
    hs.extend(extra)
    style = {"gmail": "gmail", "outlook": "outlook"}.get(client, "rails")
    cs = 'charset="UTF-8"' if client == "gmail" else ('charset="utf-8"' if client == "outlook"
                                                        else "charset=UTF-8")
    tpart = leaf("text/plain; %s" % cs, text, text_cte)
    if plain_only:
        body = tpart
    else:
        hpart = leaf("text/html; %s" % cs, html or to_html(text, style), html_cte)
        body = multi("alternative", boundary(client, seed, 1), [tpart, hpart],
                     blank_between=(client == "outlook"))
    if attachments:
        body = multi("mixed", boundary(client, seed, 0), [body] + list(attachments),
                     blank_between=(client == "outlook"))
    hs.append(("MIME-Version", "1.0"))
    msg = "".join("%s: %s\n" % kv for kv in hs) + body.render()
    put(case, fname, msg)
    return mid


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line, eol):
    b = line.encode("utf-8")
    parts = []
    limit = 75
    while len(b) > limit:
        cut = limit
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut])
        b = b[cut:]
        limit = 74
    parts.append(b)
    return (eol + " ").join(p.decode("utf-8") for p in parts)


def ics(lines, eol="\r\n"):
    return eol.join(fold(ln, eol) for ln in lines) + eol


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ_HEL = ["BEGIN:VTIMEZONE", "TZID:Europe/Helsinki", "X-LIC-LOCATION:Europe/Helsinki",
           "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "TZNAME:EEST",
           "DTSTART:19700329T030000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
           "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "TZNAME:EET",
           "DTSTART:19701025T040000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
           "END:VTIMEZONE"]
VTZ_STO = ["BEGIN:VTIMEZONE", "TZID:Europe/Stockholm", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100",
           "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
           "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD",
           "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
           "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"]
VTZ_FLE = ["BEGIN:VTIMEZONE", "TZID:FLE Standard Time", "BEGIN:STANDARD",
           "DTSTART:16010101T040000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200",
           "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT",
           "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300",
           "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def teams_link(seed):
    tid = uuidish(seed + "tid")
    oid = uuidish(seed + "oid")
    mt = alnum(seed + "mt", 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    url = ("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22"
           "Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d" % (mt, tid, oid))
    mid = "%s %s %s %s" % (digits(seed + "a", 3), digits(seed + "b", 3), digits(seed + "c", 3),
                           digits(seed + "d", 3))
    pw = alnum(seed + "pw", 6)
    return url, mid, pw, tid, oid


def teams_block(seed, lang):
    url, mid, pw, tid, oid = teams_link(seed)
    line = "_" * 80
    if lang == "fi":
        return ("%s\nMicrosoft Teams -kokous\nLiity tietokoneella, mobiilisovelluksella tai "
                "huonelaitteella\nLiity kokoukseen napsauttamalla tätä<%s>\nKokouksen tunnus: %s\n"
                "Tunnuskoodi: %s\nLataa Teams<https://www.microsoft.com/fi-fi/microsoft-teams/"
                "download-app> | Liity verkossa<https://www.microsoft.com/microsoft-teams/join-a-"
                "meeting>\nLisätietoja<https://aka.ms/JoinTeamsMeeting> | Kokousasetukset<https://"
                "teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&language=fi-FI>\n%s"
                % (line, url, mid, pw, oid, tid, line))
    return ("%s\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            "Click here to join the meeting<%s>\nMeeting ID: %s\nPasscode: %s\nDownload Teams<"
            "https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https:"
            "//www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/"
            "JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?"
            "organizerId=%s&tenantId=%s&language=en-US>\n%s" % (line, url, mid, pw, oid, tid, line))


def outlook_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000%s" % hx(seed, 72).upper()


def outlook_invite(case, fname, *, sent, organizer, attendees, subject, S, E, body, uid, seq=0,
                   cancel=False, lang="fi", teams=True, location=None, to=None, cc=None,
                   optional=(), extra=()):
    """Exchange/Outlook meeting request or cancellation (multipart/alternative, base64 ics)."""
    seed = "%s/%s" % (case, fname)
    loc_name = location or ("Microsoft Teams -kokous" if lang == "fi" else "Microsoft Teams Meeting")
    if lang == "fi":
        when = "Aika: %s %s-%s (UTC+02:00) Helsinki, Kiova, Riika, Sofia, Tallinna, Vilna.\nSijainti: %s" % (
            fi_long(S), fi_hm(S), fi_hm(E), loc_name)
    else:
        when = "When: %s, %s %d, %d %s-%s (UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius.\nWhere: %s" % (
            EN_WD[S.weekday()], EN_MON[S.month - 1], S.day, S.year,
            S.strftime("%I:%M %p").lstrip("0"), E.strftime("%I:%M %p").lstrip("0"), loc_name)
    text = when + "\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body
    tseed = case + "/teams"
    if teams and not cancel:
        text += "\n\n" + teams_block(tseed, lang)
    url = teams_link(tseed)[0]
    lang_tag = "fi-FI" if lang == "fi" else "en-US"
    L = ["BEGIN:VCALENDAR", "METHOD:%s" % ("CANCEL" if cancel else "REQUEST"),
         "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ_FLE + ["BEGIN:VEVENT",
         "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for n, e in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (n, e))
    for n, e in optional:
        L.append("ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (n, e))
    L += ["DESCRIPTION;LANGUAGE=%s:%s" % (lang_tag, esc(text)),
          "UID:%s" % uid,
          "SUMMARY;LANGUAGE=%s:%s" % (lang_tag, esc(subject)),
          "DTSTART;TZID=FLE Standard Time:%s" % loc(S),
          "DTEND;TZID=FLE Standard Time:%s" % loc(E),
          "CLASS:PUBLIC", "PRIORITY:%d" % (1 if cancel else 5), "DTSTAMP:%s" % z(sent),
          "TRANSP:%s" % ("TRANSPARENT" if cancel else "OPAQUE"),
          "STATUS:%s" % ("CANCELLED" if cancel else "CONFIRMED"),
          "SEQUENCE:%d" % seq, "LOCATION;LANGUAGE=%s:%s" % (lang_tag, esc(loc_name)),
          "X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % seq,
          "X-MICROSOFT-CDO-OWNERAPPTID:-%s" % digits(seed, 10),
          "X-MICROSOFT-CDO-BUSYSTATUS:%s" % ("FREE" if cancel else "TENTATIVE"),
          "X-MICROSOFT-CDO-INTENDEDSTATUS:%s" % ("FREE" if cancel else "BUSY"),
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
          "X-MICROSOFT-CDO-IMPORTANCE:%d" % (2 if cancel else 1),
          "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        L += ["X-MICROSOFT-SKYPETEAMSMEETINGURL:%s" % url,
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
          "X-MICROSOFT-LOCATIONDISPLAYNAME:%s" % esc(loc_name)]
    if not cancel:
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics(L)
    mid = msgid("outlook", seed)
    tpart = leaf('text/plain; charset="utf-8"', text, "quoted-printable")
    hpart = leaf('text/html; charset="utf-8"', to_html(text, "outlook"), "quoted-printable")
    cpart = leaf('text/calendar; charset="utf-8"; method=%s' % ("CANCEL" if cancel else "REQUEST"),
                 cal, "base64")
    body = multi("alternative", boundary("outlook", seed, 0), [tpart, hpart, cpart], blank_between=True)
    hs = [("Delivered-To", OWNER), ("Received", received("outlook", sent)),
          ("Return-Path", "<%s>" % organizer[1]), ("From", hdr(addr(*organizer), "From")),
          ("To", hdr(addrs(to or attendees), "To"))]
    if cc:
        hs.append(("Cc", hdr(addrs(cc), "Cc")))
    hs += [("Subject", hdr(subject)), ("Thread-Topic", hdr(subject.split(": ", 1)[1] if cancel else subject, "Thread-Topic")),
           ("Thread-Index", base64.b64encode(hashlib.sha256(uid.encode()).digest()[:22]).decode()),
           ("Date", rfc(sent.astimezone(UTC))), ("Message-ID", mid),
           ("Accept-Language", "%s, en-US" % lang_tag), ("Content-Language", lang_tag),
           ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
           ("Content-class", "urn:content-classes:calendarmessage")]
    if cancel:
        hs += [("Importance", "high"), ("X-Priority", "1")]
    hs.extend(extra)
    hs.append(("MIME-Version", "1.0"))
    put(case, fname, "".join("%s: %s\n" % kv for kv in hs) + body.render())
    return mid


def google_vevent(*, S, E, organizer, guests, uid, seq, summary, description, created, stamp,
                  modified, location="", meet=None, status="CONFIRMED"):
    L = ["BEGIN:VEVENT", "DTSTART:%s" % z(S), "DTEND:%s" % z(E), "DTSTAMP:%s" % z(stamp),
         "ORGANIZER;CN=%s:mailto:%s" % organizer, "UID:%s" % uid]
    for name, email, ps in guests:
        L.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE;CN=%s;"
                 "X-NUM-GUESTS=0:mailto:%s" % (ps, name or email, email))
    if meet:
        L.append("X-GOOGLE-CONFERENCE:https://meet.google.com/%s" % meet)
    L += ["X-MICROSOFT-CDO-OWNERAPPTID:-%s" % digits(uid, 10), "CREATED:%s" % z(created),
          "DESCRIPTION:%s" % esc(description), "LAST-MODIFIED:%s" % z(modified),
          "LOCATION:%s" % esc(location), "SEQUENCE:%d" % seq, "STATUS:%s" % status,
          "SUMMARY:%s" % esc(summary), "TRANSP:OPAQUE", "END:VEVENT"]
    return L


def google_invite(case, fname, *, lang, action, sent, organizer, guests, title, S, E, uid, seq,
                  description, created, meet=None, location="", extra_to=()):
    """Google Calendar invitation / update / cancellation e-mail (multipart/mixed + invite.ics).

    guests: list of (name or None, email, PARTSTAT); the organizer is the first guest.
    """
    seed = "%s/%s" % (case, fname)
    cancel = action == "cancel"
    method = "CANCEL" if cancel else "REQUEST"
    if lang == "en":
        pre = {"new": "Invitation", "updated": "Updated invitation", "cancel": "Canceled event"}[action]
        when_s = "%s %s %d, %d %s - %s (%s)" % (EN_WD3[S.weekday()], EN_MON3[S.month - 1], S.day,
                                               S.year, en_t(S), en_t(E), S.tzname())
        when_b = "%s %s %d, %d ⋅ %s – %s\nEastern European Time - Helsinki" % (
            EN_WD[S.weekday()], EN_MON3[S.month - 1], S.day, S.year, en_t(S), en_t(E))
    else:
        pre = {"new": "Kutsu", "updated": "Päivitetty kutsu", "cancel": "Peruttu tapahtuma"}[action]
        when_s = "%s %d.%d.%d %s–%s (%s)" % (FI_WD[S.weekday()], S.day, S.month, S.year, fi_h(S),
                                             fi_h(E), utc_label(S))
        when_b = "%s ⋅ %s–%s\nItä-Euroopan aika - Helsinki" % (fi_long(S), fi_hm(S), fi_hm(E))
    subject = "%s: %s @ %s (%s)" % (pre, title, when_s, OWNER)
    eid = base64.b64encode(("%s %s" % (uid.split("@")[0], OWNER)).encode()).decode().rstrip("=")
    org_name, org_mail = organizer
    T = []
    if cancel:
        T.append("This event has been canceled." if lang == "en" else
                 "Tämä tapahtuma on peruttu ja poistettu kalenteristasi.")
        T.append("")
    elif action == "updated":
        T.append("This event has been updated" if lang == "en" else "Tätä tapahtumaa on muutettu")
        T.append("Changed: time" if lang == "en" else "Muutettu: aika")
        T.append("")
    T += [title, when_b, ""]
    if meet and not cancel:
        pin = digits(meet, 9)
        if lang == "en":
            T += ["Join with Google Meet", "https://meet.google.com/%s" % meet, "",
                  "Join by phone", "(FI) +358 9 8171 %s PIN: %s" % (digits(meet + "n", 4), pin), "",
                  "More phone numbers", "https://tel.meet/%s?pin=%s" % (meet, pin + digits(meet, 4)), ""]
        else:
            T += ["Liity Google Meetin kautta", "https://meet.google.com/%s" % meet, "",
                  "Liity puhelimitse", "(FI) +358 9 8171 %s PIN-koodi: %s" % (digits(meet + "n", 4), pin), "",
                  "Lisää puhelinnumeroita", "https://tel.meet/%s?pin=%s" % (meet, pin + digits(meet, 4)), ""]
    if location:
        T += [location, ""]
    if description:
        T += [description, ""]
    T.append("Guests" if lang == "en" else "Vieraat")
    for i, (n, e, ps) in enumerate(guests):
        if i == 0:
            T.append("%s - %s" % (n or e, "organizer" if lang == "en" else "järjestäjä"))
        else:
            T.append(n or e)
    view = "https://calendar.google.com/calendar/event?action=VIEW&eid=%s" % eid
    T.append(("View all guest info %s" if lang == "en" else "Näytä kaikki vierastiedot %s") % view)
    T.append("")
    if not cancel:
        T.append(("Reply for %s and view more details %s" if lang == "en" else
                  "Vastaa osoitteelle %s ja näytä lisätietoja %s") % (OWNER, view))
        T.append("")
    if lang == "en":
        T += ["Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event. To stop "
              "receiving future updates for this event, decline this event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the "
              "organizer, be added to the guest list, invite others regardless of their own "
              "invitation status, or modify your RSVP. Learn more "
              "https://support.google.com/calendar/answer/37135#forwarding"]
    else:
        T += ["Kutsu Google Kalenterista: https://calendar.google.com/calendar/", "",
              "Saat tämän sähköpostiviestin, koska olet tapahtuman osallistuja. Jos et halua "
              "saada tapahtuman päivityksiä jatkossa, hylkää tapahtuma.", "",
              "Jos välität tämän kutsun eteenpäin, kuka tahansa vastaanottaja voi vastata "
              "järjestäjälle, lisätä itsensä vieraslistalle, kutsua muita tai muuttaa "
              "vastaustasi. Lue lisää https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(T) + "\n"
    stamp = sent.astimezone(UTC)
    V = google_vevent(S=S, E=E, organizer=organizer, guests=guests, uid=uid, seq=seq,
                      summary=title, description=description + ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:"
                      "~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://"
                      "meet.google.com/%s\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:"
                      "~:~:~:~:~:~:~:~:~::~:~::-" % meet if meet and not cancel else ""),
                      created=created, stamp=stamp, modified=stamp, location=location, meet=meet,
                      status="CANCELLED" if cancel else "CONFIRMED")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", "METHOD:%s" % method] + V + ["END:VCALENDAR"]
    cal_lf = ics(L, "\n")
    cal_crlf = ics(L)
    ascii_ok = all(ord(c) < 128 for c in cal_lf)
    tpart = leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64")
    hpart = leaf('text/html; charset="UTF-8"', to_html(text, "gcal"), "quoted-printable")
    cpart = leaf('text/calendar; charset="UTF-8"; method=%s' % method, cal_lf,
                 "7bit" if ascii_ok else "quoted-printable")
    alt = multi("alternative", boundary("gcal", seed, 1), [tpart, hpart, cpart])
    att = leaf('application/ics; name="invite.ics"', cal_crlf, "base64",
               disposition='attachment; filename="invite.ics"')
    root = multi("mixed", boundary("gcal", seed, 0), [alt, att])
    to = [(n, e) for n, e, _ in guests if e != org_mail] + list(extra_to)
    hs = [("Delivered-To", OWNER), ("Received", received("gmail", sent, ("mail-sor-f73.google.com", "209.85.220.73"))),
          ("Return-Path", "<%s@calendar-server.bounces.google.com>" % alnum(seed, 22)),
          ("Reply-To", hdr(addr(org_name, org_mail), "Reply-To")),
          ("Sender", "Google Calendar <calendar-notification@google.com>"),
          ("Auto-Submitted", "auto-generated"),
          ("Message-ID", msgid("gcal", seed)), ("Date", rfc(sent.astimezone(UTC))),
          ("Subject", hdr(subject)), ("From", hdr(addr(org_name, org_mail), "From")),
          ("To", hdr(addrs([(None, e) if n is None else (n, e) for n, e in to]), "To")),
          ("MIME-Version", "1.0")]
    put(case, fname, "".join("%s: %s\n" % kv for kv in hs) + root.render())
    return subject


def iv(company, role, S, E, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": S.isoformat(),
            "end": E.isoformat() if E else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup),
            "kind": kind}


def label(case, interviews, difficulty, category, notes):
    LABELS[case] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes,
                    "source": "synthetic"}


def case(fn):
    CASES.append(fn)
    return fn


def quote(text, attribution):
    return attribution + "\n" + "\n".join((">" + (" " + ln if ln and not ln.startswith(">") else ln))
                                          for ln in text.rstrip("\n").split("\n"))


def fi_attr(name, email, dt):
    """Gmail (Finnish UI) quote attribution."""
    return "%s <%s> kirjoitti %s %d.%d.%d klo %d.%02d:" % (
        name, email, FI_WD[dt.weekday()], dt.day, dt.month, dt.year, dt.hour, dt.minute)


def en_attr(name, email, dt):
    return "On %s, %d %s %d at %02d:%02d, %s <%s> wrote:" % (
        EN_WD3[dt.weekday()], dt.day, EN_MON3[dt.month - 1], dt.year, dt.hour, dt.minute, name, email)


def tz_ics(*, prodid, method, tzblock, tzid, S, E, uid, seq, summary, description, location,
           organizer, attendees, stamp, status="CONFIRMED", extra=(), eol="\r\n", created=None):
    """Generic VCALENDAR with one VEVENT in a named zone (ATS / Apple / booking tools)."""
    zi = ZoneInfo(tzid)
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:%s" % prodid, "CALSCALE:GREGORIAN"]
    if method:
        L.append("METHOD:%s" % method)
    L += list(tzblock) + ["BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:%s" % z(stamp)]
    if created:
        L.append("CREATED:%s" % z(created))
    L += ["SEQUENCE:%d" % seq,
          "DTSTART;TZID=%s:%s" % (tzid, loc(S.astimezone(zi))),
          "DTEND;TZID=%s:%s" % (tzid, loc(E.astimezone(zi))),
          "SUMMARY:%s" % esc(summary), "DESCRIPTION:%s" % esc(description),
          "LOCATION:%s" % esc(location)]
    if organizer:
        L.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    for name, email, role, ps in attendees:
        L.append("ATTENDEE;CN=%s;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=%s:mailto:%s"
                 % (name, role, ps, "TRUE" if ps == "NEEDS-ACTION" else "FALSE", email))
    L += ["STATUS:%s" % status, "TRANSP:OPAQUE"] + list(extra) + ["END:VEVENT", "END:VCALENDAR"]
    return ics(L, eol)


def ics_attachment(cal, name, method="REQUEST"):
    return leaf('text/calendar; charset=UTF-8; method=%s; name="%s"' % (method, name), cal,
                "base64", disposition='attachment; filename="%s"' % name)


# ============================================================================= cases 01-11
@case
def c01():
    C = "b140-01-teamtailor-haastattelu-ics"
    S, E = H(2026, 3, 10, 14), H(2026, 3, 10, 15)
    sent = H(2026, 3, 4, 9, 12, 40)
    wd(S, "ti")
    jo = ("Johanna Salo", "johanna.salo@revontuli-interactive.example")
    mi = ("Mikko Rantanen", "mikko.rantanen@revontuli-interactive.example")
    meet = meet_code(C)
    text = f"""Hei Saara,

kiitos hakemuksestasi Game Designer -tehtävään Revontuli Interactivella! Kävimme hakemuksesi ja portfoliosi läpi, ja haluaisimme tutustua sinuun paremmin haastattelussa.

Aika: {fi_day(S)} klo {fi_h(S)}
Kesto: noin tunti
Paikka: Google Meet – https://meet.google.com/{meet}
Haastattelijat: Johanna Salo (HR Partner) ja Mikko Rantanen (Lead Game Designer, tehtävän esihenkilö)

Haastattelussa keskustellaan taustastasi, tavastasi suunnitella pelimekaniikkoja sekä siitä, millaista työ Revontulen tiimissä on. Erillistä ennakkotehtävää ei ole.

Liitteenä on kalenterikutsu (.ics), jonka voit lisätä kalenteriisi. Jos aika ei sovi, vastaa tähän viestiin, niin etsitään uusi aika.

Ystävällisin terveisin
Johanna Salo
HR Partner | Revontuli Interactive
johanna.salo@revontuli-interactive.example
+358 40 555 0143

--
Tämä viesti on lähetetty Revontuli Interactiven rekrytointijärjestelmästä (Teamtailor). Voit hallita tietojasi osoitteessa https://revontuli-interactive.teamtailor.com/connect
"""
    cal = tz_ics(prodid="-//Teamtailor//Interview Scheduler//EN", method="REQUEST", tzblock=VTZ_HEL,
                 tzid="Europe/Helsinki", S=S, E=E, uid="interview-%s@teamtailor.com" % hx(C, 20),
                 seq=0, summary="Haastattelu: Saara Lehtinen – Game Designer (Revontuli Interactive)",
                 description="Haastattelu: Game Designer\nHaastattelijat: Johanna Salo, Mikko Rantanen\n"
                             "Google Meet: https://meet.google.com/%s" % meet,
                 location="https://meet.google.com/%s" % meet, organizer=jo,
                 attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                            (jo[0], jo[1], "REQ-PARTICIPANT", "ACCEPTED"),
                            (mi[0], mi[1], "REQ-PARTICIPANT", "ACCEPTED")], stamp=sent)
    mail(C, "01-teamtailor-haastattelukutsu.eml", client="rails", sent=sent,
         frm=("Revontuli Interactive", "no-reply@teamtailor.com"), reply_to=jo,
         to=[(OWNER_NAME, OWNER)], subject="Haastattelukutsu: Game Designer – Revontuli Interactive",
         text=text, attachments=[ics_attachment(cal, "haastattelu.ics")], domain="teamtailor.com",
         return_path="bounces+2214719-a1f3@em.teamtailor.com",
         relay=("o12.em.teamtailor.com", "168.245.61.12"),
         extra=[("X-Mailer", "Teamtailor"), ("Auto-Submitted", "auto-generated")])
    label(C, [iv("Revontuli Interactive", "Game Designer", S, E, "scheduled", [jo[1], mi[1]],
                 [jo[1], mi[1]], "onsite")], "easy", "positive/ats-email-with-ics",
          "Teamtailor mail from no-reply with Reply-To the recruiter; 'ti 10.3. klo 14', kesto noin "
          "tunti; HR partner + lead designer both interview (panel -> onsite); both addresses in the "
          ".ics attendees.")


@case
def c02():
    C = "b140-02-duunitori-hakuvahti"
    sent = H(2026, 3, 9, 7, 0, 12)
    w = H(2026, 3, 19)
    a, b = H(2026, 3, 24), H(2026, 3, 25)
    text = f"""Hei Saara,

hakuvahtisi "game designer, Helsinki" löysi 6 uutta työpaikkaa.

Senior Game Designer
Kaamos Interactive – Helsinki
Haemme kokenutta game designeria free-to-play-tiimiimme. Haastattelut alkavat jo hakuaikana viikolla 12, joten hae pian!
Hakuaika päättyy 22.3.2026
https://duunitori.fi/tyopaikat/tyo/senior-game-designer-helsinki-18342291

Level Designer (määräaikainen)
Noitarumpu Games – Helsinki / hybridi
Etsimme level designeria 12 kuukauden projektiin. Aloitus sopimuksen mukaan.
Hakuaika päättyy 29.3.2026
https://duunitori.fi/tyopaikat/tyo/level-designer-helsinki-18344120

Game Economy Designer
Karhu Mobile – Espoo
Ensimmäiset haastattelut pidetään etänä {fi_day(a)} ja {fi_day(b)}, joten toivomme hakemuksia viimeistään 20.3.
https://duunitori.fi/tyopaikat/tyo/game-economy-designer-espoo-18345007

Junior Game Designer, harjoittelu
Sammakko Labs – Helsinki
Kuuden kuukauden palkallinen harjoittelu pelisuunnittelutiimissä.
https://duunitori.fi/tyopaikat/tyo/junior-game-designer-harjoittelu-helsinki-18345533

Narrative Designer
Tähtisumu Games – Tampere / etä
Kirjoitatko dialogia, joka jää mieleen? Haastattelemme hakijoita jatkuvasti.
https://duunitori.fi/tyopaikat/tyo/narrative-designer-tampere-18346018

UX/UI Designer, Games
Pikselipaja Oy – Helsinki
https://duunitori.fi/tyopaikat/tyo/ux-ui-designer-games-helsinki-18346190

Duunitorin vinkit
Työhaastattelu pelialalla: 9 kysymystä, joihin kannattaa valmistautua
https://duunitori.fi/tyoelama/tyohaastattelu-pelialalla

Live-webinaari {fi_day(w)} klo 16–17: "Näin pelistudiot haastattelevat" – mukana rekrytoijat kolmesta studiosta. Ilmoittaudu: https://duunitori.fi/webinaarit/pelistudiot-haastattelevat

Muokkaa hakuvahtia: https://duunitori.fi/hakuvahdit
Lopeta hakuvahdin tilaus: https://duunitori.fi/hakuvahdit/peru?t={hx(C, 24)}

Duunitori Oy | Helsinki
"""
    wd(w, "to"), wd(a, "ti"), wd(b, "ke")
    mail(C, "01-duunitori-hakuvahti.eml", client="rails", sent=sent,
         frm=("Duunitori", "hakuvahti@duunitori.fi"), to=[(None, OWNER)],
         subject="Hakuvahti: 6 uutta työpaikkaa haulla \u201dgame designer\u201d", text=text,
         html_cte="base64", domain="duunitori.fi", return_path="bounce-hv-%s@mail.duunitori.fi" % hx(C, 8),
         relay=("mail.duunitori.fi", "185.69.40.22"),
         extra=[("List-Unsubscribe", "<https://duunitori.fi/hakuvahdit/peru?t=%s>" % hx(C, 24)),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    label(C, [], "medium", "negative/job-alert",
          "Duunitori saved-search alert: listings mention interview weeks/dates of other employers "
          "and an interview-tips webinar (to 19.3. klo 16); nothing is booked for the user.")


@case
def c03():
    C = "b140-03-recruitee-puhelinhaastattelu"
    S, E = H(2026, 3, 12, 14, 30), H(2026, 3, 12, 15, 15)
    sent = H(2026, 3, 9, 13, 5, 22)
    wd(S, "to")
    el = ("Elina Koskinen", "elina.koskinen@hiisistudios.example")
    text = f"""Hei Saara,

kiitos hakemuksestasi Hiisi Studiosin Game Designer (Systems) -paikkaan! Hakemuksesi herätti kiinnostusta, ja haluaisin jutella kanssasi lyhyesti puhelimessa ennen mahdollisia jatkohaastatteluja.

Ehdotan puhelinhaastattelua {fi_day(S)} klo {fi_hm(S)}-{fi_hm(E)}. Soitan sinulle hakemuksessa ilmoittamaasi numeroon (+358 50 *** **21).

Puhelussa käydään läpi:
- taustasi ja mitä haet seuraavalta työpaikaltasi
- Hiisin nykyinen projekti (PC/konsoli, julkaisu 2027)
- palkkatoive ja mahdollinen aloitusajankohta

Jos aika ei käy, vastaa tähän viestiin ja ehdota toista aikaa tältä tai ensi viikolta.

Terveisin
Elina Koskinen
Talent Acquisition Lead
Hiisi Studios Oy
{el[1]} | +358 44 555 0178

Lähetetty Recruiteen kautta. Hiisi Studios käsittelee henkilötietojasi tietosuojaselosteensa mukaisesti: https://hiisistudios.recruitee.com/privacy
"""
    m1 = mail(C, "01-recruitee-puhelinhaastattelu.eml", client="rails", sent=sent,
              frm=("Elina Koskinen – Hiisi Studios", "hiisistudios@mail.recruitee.com"),
              reply_to=("Elina Koskinen", "reply+c8d31f2a9b@hiisistudios.recruitee.com"),
              to=[(OWNER_NAME, OWNER)], subject="Puhelinhaastattelu – Game Designer (Systems)",
              text=text, domain="mail.recruitee.com", return_path="bounces@mail.recruitee.com",
              relay=("mta-14.mail.recruitee.com", "159.135.228.14"))
    sent2 = H(2026, 3, 11, 16, 0, 3)
    text2 = f"""Hei Saara,

tämä on muistutus huomisesta puhelinhaastattelusta.

Puhelinhaastattelu: Game Designer (Systems)
{fi_day(S)}{S.year} klo {S.hour}:{S.minute:02d}–{E.hour}:{E.minute:02d} (Europe/Helsinki)
Haastattelija: Elina Koskinen
Hiisi Studios soittaa sinulle.

Jos sinun täytyy muuttaa aikaa, ota yhteyttä rekrytoijaan vastaamalla alkuperäiseen viestiin.

Tämä on automaattinen viesti, eikä siihen voi vastata.
Recruitee · Hiisi Studios Oy
"""
    mail(C, "02-recruitee-muistutus.eml", client="rails", sent=sent2,
         frm=("Hiisi Studios", "no-reply@recruitee.com"), to=[(None, OWNER)],
         subject="Muistutus: Puhelinhaastattelu huomenna – Hiisi Studios", text=text2,
         domain="mail.recruitee.com", return_path="bounces@mail.recruitee.com",
         relay=("mta-14.mail.recruitee.com", "159.135.228.14"),
         extra=[("Auto-Submitted", "auto-generated"), ("X-Entity-Ref-ID", hx(m1, 20))])
    label(C, [iv("Hiisi Studios", "Game Designer (Systems)", S, E, "scheduled", [el[1]], [el[1]],
                 "phone_screen")], "medium", "positive/ats-body-only",
          "Recruitee mail body only ('to 12.3. klo 14.30-15.15') plus an automatic reminder (same "
          "interview). From/Reply-To are Recruitee relay addresses; the recruiter who calls gives "
          "her own address in the signature -> interviewer and follow-up recipient.")


@case
def c04():
    C = "b140-04-kehityskeskustelu-current-studio"
    S, E = H(2026, 3, 19, 13), H(2026, 3, 19, 14)
    sent = H(2026, 3, 10, 10, 31, 5)
    ha = ("Hanna Kivelä", "hanna.kivela@kuuragames.example")
    work = ("Saara Lehtinen", "saara.lehtinen@kuuragames.example")
    body = """Hei Saara,

tässä kutsu kevään kehityskeskusteluun. Varasin tunnin, jotta ehditään rauhassa käydä läpi:

1. Mennyt vuosi: Frostbound-projekti ja julkaisun jälkeinen live-tuki
2. Tavoitteet seuraavalle puolelle vuodelle
3. Osaamisen kehittäminen (mainitsit Unreal-koulutuksen)
4. Urapolku ja toiveet – myös se, miten muutosneuvottelujen lopputulos vaikuttaa sinun ja tiimisi tehtäviin

Täytäthän ennen keskustelua kehityskeskustelulomakkeen (HR:n SharePointissa kohdassa "Kehityskeskustelu 2026"). Palkkakeskustelut käydään erikseen toukokuussa.

Hanna

Hanna Kivelä
Design Director | Kuura Games"""
    outlook_invite(C, "01-kehityskeskustelu-kutsu.eml", sent=sent, organizer=ha,
                   attendees=[work], subject="Kehityskeskustelu: Saara / kevät 2026", S=S, E=E,
                   body=body, uid=outlook_uid(C), extra=[("X-Forwarded-To", OWNER),
                   ("X-Forwarded-For", "%s %s" % (work[1], OWNER))])
    label(C, [], "medium", "negative/performance-review",
          "Teams invite from her own design director at her current studio (forwarded from the work "
          "address): annual development discussion, not a hiring process.")


@case
def c05():
    C = "b140-05-huomenna-founder-thread"
    vi = ("Ville Hakala", "ville.hakala@kettuvuori.example")
    s1 = H(2026, 3, 12, 11, 47, 3)
    s_her = H(2026, 3, 13, 9, 14, 0)
    s2 = H(2026, 3, 16, 15, 47, 10)
    S, E = H(2026, 3, 17, 10), H(2026, 3, 17, 10, 30)
    wd(s_her, "Fri") and wd(S, "ti") and wd(S, "Tue") and wd(s2, "ma")
    t1 = """Hi Saara,

I'm Ville, co-founder and creative director at Kettuvuori Games. We're a 9-person studio in Kallio working on a cozy co-op fishing game for PC and Switch.

Thanks for applying to our Game Designer opening through the careers page. I read your Lumikko postmortem twice - the bit about cutting the weather system was great.

Would you have 30 minutes for an intro call early next week? It's the first interview in our process: after that there's a small paper-prototype task and then half a day with the whole team.

Tuesday or Wednesday would be best for me.

Cheers,
Ville

--
Ville Hakala
Co-founder, Creative Director
Kettuvuori Games
https://kettuvuori.example
"""
    m1 = mail(C, "01-ville-intro-call.eml", client="gmail", sent=s1, frm=vi,
              to=[(OWNER_NAME, OWNER)], subject="Kettuvuori Games - Game Designer / quick intro call?",
              text=t1)
    her_mid = msgid("gmail", C + "/saara-reply")
    her = """Hi Ville,

thanks for the kind words about the postmortem! Happy to have a call. Tuesday morning or Wednesday afternoon would suit me best, e.g. Tue 10-12 or Wed after 14.

Best,
Saara
"""
    her_full = her + "\n" + quote(t1, en_attr(vi[0], vi[1], s1))
    meet = meet_code(C)
    t2 = f"""Moi Saara,

sori hidas vastaus, oltiin viikonloppuna messuilla ja inbox räjähti. Mennään suomeksi, jos sopii!

Tiistaiaamu sopii mainiosti, eli soitellaan huomenna klo {S.hour}. Varataan puoli tuntia. Tässä Meet-linkki: https://meet.google.com/{meet}

Nähdään!
Ville

""" + quote(her_full, en_attr(OWNER_NAME, OWNER, s_her)) + "\n"
    mail(C, "02-re-intro-call-huomenna.eml", client="gmail", sent=s2, frm=vi,
         to=[(OWNER_NAME, OWNER)], subject="Re: Kettuvuori Games - Game Designer / quick intro call?",
         text=t2, in_reply_to=her_mid, references=[m1, her_mid])
    label(C, [iv("Kettuvuori Games", "Game Designer", S, E, "scheduled", [vi[1]], [vi[1]],
                 "phone_screen")], "hard", "positive/thread-relative-date",
          "English outreach, Finnish confirmation: 'soitellaan huomenna klo 10', 'puoli tuntia', "
          "message dated Mon 16.3. 15:47 +0200 -> Tue 17.3. 10:00-10:30. The founder conducts the "
          "intro call (explicitly the first interview step).")


@case
def c06():
    C = "b140-06-ensi-viikon-torstaina-onsite"
    an = ("Antti Kallio", "antti.kallio@tunturiplay.example")
    la = ("Laura Heikkinen", "laura.heikkinen@tunturiplay.example")
    s0 = H(2026, 3, 6, 21, 3, 44)
    s1 = H(2026, 3, 18, 10, 20, 31)
    s_her = H(2026, 3, 18, 12, 41, 0)
    s2 = H(2026, 3, 19, 18, 2, 55)
    S, E = H(2026, 3, 26, 13), H(2026, 3, 26, 14)
    assert s1.isocalendar()[1] + 1 == S.isocalendar()[1]
    wd(S, "torstaina"), wd(H(2026, 3, 19), "torstaina"), wd(s_her, "keskiviikko")
    t0 = f"""Hei Saara,

hakemuksesi on lähetetty työnantajalle.

Senior Game Designer
Tunturi Play Oy – Helsinki
Lähetetty {s0.day}.{s0.month}.{s0.year} klo {fi_hm(s0)}

Mitä seuraavaksi?
Työnantaja käy hakemukset läpi ja ottaa sinuun yhteyttä suoraan, jos haluaa kutsua sinut haastatteluun. Voit seurata hakemuksiasi Duunitorin Omat hakemukset -sivulla: https://duunitori.fi/omat-hakemukset

Valmistaudu haastatteluun: https://duunitori.fi/tyoelama/tyohaastattelu-vinkit

Tsemppiä työnhakuun!
Duunitori
"""
    mail(C, "01-duunitori-hakemus-lahetetty.eml", client="rails", sent=s0,
         frm=("Duunitori", "no-reply@duunitori.fi"), to=[(None, OWNER)],
         subject="Hakemuksesi on lähetetty: Senior Game Designer, Tunturi Play Oy", text=t0,
         domain="duunitori.fi", return_path="bounce-app-%s@mail.duunitori.fi" % hx(C, 8),
         relay=("mail.duunitori.fi", "185.69.40.22"))
    t1 = """Hei Saara,

kiitos hakemuksestasi Duunitorin kautta – portfoliosi ja erityisesti Lumikon tasosuunnittelu tekivät vaikutuksen.

Haluaisimme kutsua sinut haastatteluun toimistollemme Vallilaan (Hämeentie 135 A, 4. krs). Sopisiko ensi viikon torstaina klo 13? Varataan aikaa tunti. Haastattelijoina olisimme minä ja tuottajamme Laura Heikkinen (laura.heikkinen@tunturiplay.example, kopiona).

Huom. tällä viikolla torstaina olen itse Tampereella pelikehittäjätapahtumassa, joten vastailen viesteihin silloin vähän viiveellä.

Ystävällisin terveisin

Antti Kallio
toimitusjohtaja / CEO
Tunturi Play Oy
+358 40 555 0192
"""
    m1 = mail(C, "02-antti-haastattelukutsu.eml", client="outlook", sent=s1, frm=an,
              to=[(OWNER_NAME, OWNER)], cc=[la],
              subject="Haastattelu – Senior Game Designer / Tunturi Play", text=t1)
    her_mid = msgid("gmail", C + "/saara-reply")
    t2 = f"""Hienoa, nähdään siis ensi viikolla! Tervetuloa – ovikoodi tulee tekstiviestillä samana aamuna.

Antti

Lähettäjä: Saara Lehtinen <{OWNER}>
Lähetetty: {fi_long(s_her)} {fi_hm(s_her)}
Vastaanottaja: Antti Kallio <{an[1]}>
Kopio: Laura Heikkinen <{la[1]}>
Aihe: Re: Haastattelu – Senior Game Designer / Tunturi Play

Hei Antti,

kiitos kutsusta! Ensi viikon torstai klo 13 sopii minulle hyvin, tulen paikan päälle.

Terveisin
Saara

Lähettäjä: Antti Kallio <{an[1]}>
Lähetetty: {fi_long(s1)} {fi_hm(s1)}
Vastaanottaja: Saara Lehtinen <{OWNER}>
Kopio: Laura Heikkinen <{la[1]}>
Aihe: Haastattelu – Senior Game Designer / Tunturi Play

""" + t1
    mail(C, "03-antti-vs-nahdaan.eml", client="outlook", sent=s2, frm=an,
         to=[(OWNER_NAME, OWNER)], cc=[la],
         subject="VS: Haastattelu – Senior Game Designer / Tunturi Play", text=t2,
         in_reply_to=her_mid, references=[m1, her_mid])
    label(C, [iv("Tunturi Play", "Senior Game Designer", S, E, "scheduled", [an[1], la[1]],
                 [an[1], la[1]], "onsite")], "hard", "positive/relative-date-fi",
          "'ensi viikon torstaina klo 13' written Wed 18.3. -> Thu 26.3. 13:00-14:00 +02:00 (before "
          "the DST switch), not this week's Thursday 19.3. which the same mail mentions. In-person "
          "with CEO + producer (panel -> onsite). Duunitori receipt is not an interview.")


@case
def c07():
    C = "b140-07-te-palvelut-alkuhaastattelu"
    sent = H(2026, 3, 16, 14, 22, 9)
    S, E = H(2026, 3, 25, 10), H(2026, 3, 25, 10, 45)
    wd(S, "ke")
    d = "%s %d.%d.%d" % (FI_WD[S.weekday()], S.day, S.month, S.year)
    sender = ("Helsingin työllisyyspalvelut", "ei-vastausta@te-palvelut.example")
    text = f"""Hei Saara Lehtinen,

sinulle on varattu aika alkuhaastatteluun (työnhakukeskustelu), koska ilmoittauduit työnhakijaksi Oma asioinnissa 12.3.2026.

Aika: {d} klo {fi_hm(S)}–{fi_hm(E)}
Asiointitapa: puhelu. Asiantuntija soittaa sinulle ilmoittamaasi puhelinnumeroon. Puhelu voi tulla salaisesta numerosta.
Asiantuntija: Marja Honkanen, työvoima-asiantuntija

Alkuhaastattelussa käydään läpi tilanteesi, osaamisesi ja työnhakusi tavoitteet, ja laadimme yhdessä työllistymissuunnitelman. Sovimme myös, kuinka monta työmahdollisuutta haet kuukaudessa.

Valmistaudu näin:
- päivitä CV ja osaamistietosi Työmarkkinatorille
- mieti, millaisia tehtäviä haet ja tarvitsetko koulutusta

Jos et pääse, peru tai siirrä aika viimeistään edellisenä arkipäivänä Oma asioinnissa. Saapumatta jääminen ilman pätevää syytä voi vaikuttaa työttömyysetuuteesi.

Liitteenä kalenterimerkintä (ajanvaraus.ics).

Ystävällisin terveisin
Helsingin työllisyyspalvelut (TE-palvelut)

Tähän viestiin ei voi vastata.
"""
    cal = tz_ics(prodid="-//TE-palvelut//Ajanvaraus 3.2//FI", method="PUBLISH", tzblock=VTZ_HEL,
                 tzid="Europe/Helsinki", S=S, E=E, uid="ajanvaraus-%s@te-palvelut.example" % hx(C, 16),
                 seq=0, summary="Alkuhaastattelu (työnhakukeskustelu), puhelu",
                 description="Työvoima-asiantuntija Marja Honkanen soittaa sinulle. Varausnumero "
                             "%s." % digits(C, 8),
                 location="Puhelu", organizer=sender,
                 attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "ACCEPTED")], stamp=sent)
    mail(C, "01-ajanvarausvahvistus.eml", client="rails", sent=sent, frm=sender,
         to=[(OWNER_NAME, OWNER)],
         subject=f"Ajanvarausvahvistus: alkuhaastattelu {d} klo {fi_hm(S)}", text=text,
         attachments=[ics_attachment(cal, "ajanvaraus.ics", "PUBLISH")], domain="te-palvelut.example",
         relay=("smtp.te-palvelut.example", "193.166.4.20"), extra=[("Auto-Submitted", "auto-generated")])
    label(C, [], "hard", "negative/employment-office-appointment",
          "Public employment office (TE-palvelut) 'alkuhaastattelu' phone appointment with .ics: a "
          "job-seeker intake interview, not a hiring interview with an employer.")


@case
def c08():
    C = "b140-08-teams-fle-dst-design-review"
    sent = H(2026, 3, 25, 9, 48, 11)
    S, E = H(2026, 3, 31, 10), H(2026, 3, 31, 11)
    assert sent.utcoffset() == timedelta(hours=2) and S.utcoffset() == timedelta(hours=3)
    dst = H(2026, 3, 29)
    wd(dst, "sunnuntaina")
    tu = ("Tuomas Nieminen", "tuomas.nieminen@pohjantahti.example")
    body = f"""Hei Saara,

kiitos palauttamastasi design-tehtävästä – siinä oli paljon hyvää pohdittavaa! Tässä kutsu seuraavaan haastatteluvaiheeseen: käydään yhdessä läpi ratkaisusi (talousjärjestelmä ja progressiokäyrä), ja kysyn muutaman tarkentavan kysymyksen suunnitteluperusteluistasi.

Huomaathan, että kellot siirtyvät kesäaikaan sunnuntaina {dst.day}.{dst.month}.

Haastattelun pidän minä. HR:n Sanna Virtanen tulee mukaan vasta mahdolliseen seuraavaan vaiheeseen.

Terveisin
Tuomas Nieminen
Lead Designer | Pohjantähti Games"""
    outlook_invite(C, "01-teams-kutsu-design-tehtava.eml", sent=sent, organizer=tu,
                   attendees=[(OWNER_NAME, OWNER)],
                   subject="Design-tehtävän läpikäynti – Saara Lehtinen (Game Designer)", S=S, E=E,
                   body=body, uid=outlook_uid(C))
    label(C, [iv("Pohjantähti Games", "Game Designer", S, E, "scheduled", [tu[1]], [tu[1]],
                 "technical")], "hard", "positive/teams-invite-dst",
          "Finnish Outlook/Teams invite sent 25.3. (EET, +02:00) for Tue 31.3. 10.00-11.00 after the "
          "EU DST switch on 29.3.; the 'Aika:' line shows the fixed Windows label (UTC+02:00) and the "
          "ics uses TZID 'FLE Standard Time' -> +03:00. Live walkthrough of the take-home is an "
          "interview.")


@case
def c09():
    C = "b140-09-haastattelu-and-toinen-haastattelu"
    pe = ("Petra Lindqvist", "petra.lindqvist@sammakkolabs.example")
    ja = ("Jari Leinonen", "jari.leinonen@sammakkolabs.example")
    al = ("Aleksi Pursiainen", "aleksi.pursiainen@sammakkolabs.example")
    S1, E1 = H(2026, 3, 4, 9, 30), H(2026, 3, 4, 10, 15)
    S2, E2 = H(2026, 4, 8, 13), H(2026, 4, 8, 14, 30)
    s1 = H(2026, 2, 27, 14, 10, 2)
    s_her = H(2026, 2, 27, 16, 2, 30)
    s2 = H(2026, 3, 2, 8, 55, 40)
    s3 = H(2026, 3, 6, 15, 30, 12)
    s4 = H(2026, 3, 9, 10, 2, 17)
    wd(S1, "ke"), wd(S1, "keskiviikkona"), wd(S2, "ke")
    meet1 = meet_code(C + "1")
    t1 = f"""Hei Saara,

kiitos hakemuksestasi Sammakko Labsin Level Designer -tehtävään!

Haluaisin sopia kanssasi ensimmäisen haastattelun. Se kestää noin 45 minuuttia, ja pidämme sen Google Meetissä. Käydään läpi taustaasi, ja kerron lisää roolista, tiimistä ja pelistämme.

Ehdotan aikaa {fi_day(S1)} klo {fi_hm(S1)}–{fi_hm(E1)}. Meet-linkki: https://meet.google.com/{meet1}

Kuittaisitko, sopiiko aika?

Ystävällisin terveisin
Petra Lindqvist
Talent Partner, Sammakko Labs
{pe[1]}
"""
    m1 = mail(C, "01-petra-haastattelu.eml", client="gmail", sent=s1, frm=pe,
              to=[(OWNER_NAME, OWNER)], subject="Sammakko Labs / Level Designer – haastattelu",
              text=t1)
    her_mid = msgid("gmail", C + "/saara-reply")
    her = "Hei Petra,\n\nkiitos! Aika sopii hyvin.\n\nTerveisin\nSaara\n\n" + quote(
        t1, fi_attr(pe[0], pe[1], s1))
    t2 = "Kiitos kuittauksesta! Nähdään keskiviikkona klo %s.\n\nPetra\n\n" % fi_hm(S1) + quote(
        her, fi_attr(OWNER_NAME, OWNER, s_her)) + "\n"
    m2 = mail(C, "02-petra-re-kuittaus.eml", client="gmail", sent=s2, frm=pe,
              to=[(OWNER_NAME, OWNER)], subject="Re: Sammakko Labs / Level Designer – haastattelu",
              text=t2, in_reply_to=her_mid, references=[m1, her_mid])
    t3 = f"""Hei Saara,

kiitos vielä keskiviikon haastattelusta, oli tosi kiva jutella! Haluaisimme kutsua sinut toiseen haastatteluun.

Toisessa haastattelussa tapaat pelijohtajamme Jari Leinosen ja Lead Level Designer Aleksi Pursiaisen. Se on vähän pidempi (1,5 h): ensin käydään yksityiskohtaisesti läpi yksi kenttä portfoliostasi ja sen jälkeen tehdään pieni whiteboard-harjoitus.

Jarin ja Aleksin kalenterit ovat maaliskuussa täynnä (julkaisu + GDC), joten ehdotan {fi_day(S2)} klo {fi_h(S2)}–{fi_h(E2)}. Lähetän kalenterikutsun, kun vahvistat ajan.

Terveisin
Petra
"""
    mail(C, "03-petra-toinen-haastattelu.eml", client="gmail", sent=s3, frm=pe,
         to=[(OWNER_NAME, OWNER)], subject="Toinen haastattelu – Level Designer / Sammakko Labs",
         text=t3, references=[m1, m2])
    google_invite(C, "04-kutsu-toinen-haastattelu.eml", lang="fi", action="new", sent=s4,
                  organizer=pe, guests=[(pe[0], pe[1], "ACCEPTED"), (ja[0], ja[1], "ACCEPTED"),
                                        (al[0], al[1], "NEEDS-ACTION"), (None, OWNER, "NEEDS-ACTION")],
                  title="Toinen haastattelu: Saara Lehtinen / Level Designer", S=S2, E=E2,
                  uid="%s@google.com" % alnum(C + "uid", 26, "abcdefghijklmnopqrstuvwxyz0123456789"),
                  seq=0, created=s4 - timedelta(minutes=3), meet=meet_code(C + "2"),
                  description="Toinen haastattelu Sammakko Labsin Level Designer -tehtävään.\n"
                              "Haastattelijat: Jari Leinonen (Game Director) ja Aleksi Pursiainen "
                              "(Lead Level Designer).\nPetra hoitaa järjestelyt eikä osallistu itse.")
    label(C, [iv("Sammakko Labs", "Level Designer", S1, E1, "scheduled", [pe[1]], [pe[1]],
                 "phone_screen"),
              iv("Sammakko Labs", "Level Designer", S2, E2, "scheduled", [ja[1], al[1]],
                 [ja[1], al[1]], "onsite")], "medium", "positive/two-interviews",
          "First interview (recruiter, 'ke 4.3. klo 9.30–10.15', Meet) confirmed in a thread; "
          "then a 'toinen haastattelu' with two interviewers sent as a Finnish Google invite for "
          "ke 8.4. 13–14.30 (+03:00, invite sent in EET). Organizer Petra explicitly does not join "
          "the second one.")


@case
def c10():
    C = "b140-10-game-jam-jury-invite"
    ki = ("Kirsi Vartiainen", "kirsi.vartiainen@helsinki-indiejam.example")
    ol = ("Olli Saarinen", "olli.saarinen@kuuragames.example")
    ma = ("Maria Lindholm", "maria.lindholm@peliopisto.example")
    s1 = H(2026, 4, 2, 19, 12, 40)
    s2 = H(2026, 4, 2, 19, 30, 5)
    j0, j1 = H(2026, 4, 17, 17), H(2026, 4, 19, 12)
    S, E = H(2026, 4, 19, 13), H(2026, 4, 19, 16)
    wd(j0, "pe"), wd(j1, "su"), wd(S, "Sun")
    t1 = f"""Moi Saara!

Ihanaa, että lupauduit taas tuomaristoon! Pikainen tietopaketti:

- Jami alkaa {fi_day(j0)} klo {j0.hour} ja päättyy {fi_day(j1)} klo {j1.hour}.
- Tuomaristo haastattelee tiimit {fi_day(S)} klo {S.hour}–{E.hour}: jokaisella tiimillä on 10 minuuttia aikaa demota peliään ja vastata tuomariston kysymyksiin. Tiimejä on ilmoittautunut 14.
- Pisteytyslomake ja kriteerit (teeman tulkinta, pelattavuus, luovuus, audiovisuaalisuus) ovat jaetussa kansiossa.
- Palkintojenjako klo 17.

Muut tuomarit ovat Olli Saarinen (Kuura Games – tuttu varmaan ;) ja Maria Lindholm (Peliopisto). Lähetän kalenterikutsun erikseen.

Kiitos vielä, tämä on tosi arvokasta meidän jameille!

Kirsi
Helsinki Indie Jam ry, hallituksen puheenjohtaja
"""
    mail(C, "01-kirsi-tuomaristo.eml", client="gmail", sent=s1, frm=ki, to=[(OWNER_NAME, OWNER)],
         cc=[ol, ma], subject="Kevätjami 2026 – kiitos että lähdet tuomariksi!", text=t1)
    google_invite(C, "02-invitation-jury-session.eml", lang="en", action="new", sent=s2,
                  organizer=ki, guests=[(ki[0], ki[1], "ACCEPTED"), (ol[0], ol[1], "ACCEPTED"),
                                        (ma[0], ma[1], "NEEDS-ACTION"), (None, OWNER, "NEEDS-ACTION")],
                  title="Spring Jam 2026 – Jury: team interviews & judging", S=S, E=E,
                  uid="%s@google.com" % alnum(C + "uid", 26, "abcdefghijklmnopqrstuvwxyz0123456789"),
                  seq=0, created=s2 - timedelta(minutes=2),
                  location="Jamitila, Konepajankuja 3, 00510 Helsinki",
                  description="Jury session for Helsinki Indie Jam: Spring Jam 2026.\nEach team gets "
                              "a 10 min interview with the jury (demo + Q&A). Judges: Saara Lehtinen, "
                              "Olli Saarinen, Maria Lindholm.\nPlease be at the venue by 12:45. "
                              "Scoring sheet is in the shared folder.")
    label(C, [], "hard", "negative/user-is-judge",
          "Game-jam jury session where the user interviews/judges teams; Google invite literally "
          "says 'team interviews'. The user is not a candidate.")


@case
def c11():
    C = "b140-11-outlook-peruttu-cancel"
    ka = ("Kaisa Aaltonen", "kaisa.aaltonen@myrsky-ent.example")
    S, E = H(2026, 4, 2, 15), H(2026, 4, 2, 16)
    s1 = H(2026, 3, 26, 14, 14, 3)
    s2 = H(2026, 3, 31, 9, 2, 44)
    wd(S, "to")
    uid = outlook_uid(C)
    subj = "Haastattelu: Senior Game Designer / Saara Lehtinen"
    b1 = """Hei Saara,

kiva että pääset haastatteluun! Haastattelijana toimin minä (Head of Design). Keskustellaan kokemuksestasi live-peleistä ja siitä, miten lähestyisit Stormbreakerin kausisisältöjen suunnittelua. Varaa aikaa tunti.

Jos tulee esteitä, laita viestiä suoraan minulle.

Terveisin
Kaisa Aaltonen
Head of Design | Myrsky Entertainment
+358 50 555 0117"""
    outlook_invite(C, "01-teams-kutsu-haastattelu.eml", sent=s1, organizer=ka,
                   attendees=[(OWNER_NAME, OWNER)], subject=subj, S=S, E=E, body=b1, uid=uid)
    b2 = """Hei Saara,

joudun valitettavasti perumaan torstain haastattelun. Myrskyssä alkoivat eilen muutosneuvottelut, ja kaikki avoimet rekrytoinnit on jäädytetty toistaiseksi. Olen todella pahoillani lyhyestä varoitusajasta.

Palaan asiaan, jos tilanne muuttuu.

Kaisa"""
    outlook_invite(C, "02-peruttu-haastattelu.eml", sent=s2, organizer=ka,
                   attendees=[(OWNER_NAME, OWNER)], subject="Peruttu: " + subj, S=S, E=E, body=b2,
                   uid=uid, seq=1, cancel=True)
    label(C, [iv("Myrsky Entertainment", "Senior Game Designer", S, E, "cancelled", [ka[1]],
                 [ka[1]], "hiring_manager")], "medium", "positive/cancellation-outlook",
          "Finnish Teams invite for to 2.4. 15.00-16.00 (+03:00), then 'Peruttu:' METHOD:CANCEL "
          "(hiring freeze). Kept as one cancelled interview at its last scheduled time.")


# ============================================================================= cases 12-22
@case
def c12():
    C = "b140-12-google-reschedule-across-dst"
    ni = ("Nina Sjöberg", "nina.sjoberg@karhumobile.example")
    osk = ("Oskari Laine", "oskari.laine@karhumobile.example")
    S0, E0 = H(2026, 3, 27, 15), H(2026, 3, 27, 16)
    S, E = H(2026, 3, 31, 15), H(2026, 3, 31, 16)
    s1 = H(2026, 3, 20, 10, 31, 5)
    s2 = H(2026, 3, 24, 9, 12, 0)
    s3 = H(2026, 3, 24, 13, 40, 18)
    wd(S0, "Friday"), wd(S, "Tuesday"), wd(H(2026, 3, 29), "Sunday")
    assert S0.tzname() == "EET" and S.tzname() == "EEST"
    uid = "%s@google.com" % alnum(C + "uid", 26, "abcdefghijklmnopqrstuvwxyz0123456789")
    title = "Karhu Mobile | Game Designer (Economy) interview – Saara Lehtinen"
    desc = ("Hiring manager interview for the Game Designer (Economy) role with Oskari Laine, Game "
            "Lead on Project Polar.\nNina (Talent Partner) set this up and won't join the call.")
    meet = meet_code(C)
    guests = [(ni[0], ni[1], "ACCEPTED"), (osk[0], osk[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")]
    google_invite(C, "01-invitation-game-designer-interview.eml", lang="en", action="new", sent=s1,
                  organizer=ni, guests=guests, title=title, S=S0, E=E0, uid=uid, seq=0,
                  created=s1 - timedelta(minutes=4), meet=meet, description=desc)
    t2 = f"""Hi Saara,

Oskari has to fly to a publisher meeting on {wd(S0, 'Friday')}, so we need to move your interview, sorry! Would {wd(S, 'Tuesday')} {S.day} {EN_MON[S.month - 1]} at the same time, 15:00 Helsinki time, work for you? Finland switches to summer time on {wd(H(2026, 3, 29), 'Sunday')}, so it's still 3pm on your clock.

I'll update the calendar invite - just accept the new time if it works.

Thanks, and sorry for the shuffle!
Nina

Nina Sjöberg
Talent Partner | Karhu Mobile
"""
    mail(C, "02-nina-moving-interview.eml", client="gmail", sent=s2, frm=ni,
         to=[(OWNER_NAME, OWNER)], subject="Moving your interview with Oskari", text=t2)
    google_invite(C, "03-updated-invitation.eml", lang="en", action="updated", sent=s3,
                  organizer=ni, guests=guests, title=title, S=S, E=E, uid=uid, seq=1,
                  created=s1 - timedelta(minutes=4), meet=meet, description=desc)
    label(C, [iv("Karhu Mobile", "Game Designer (Economy)", S, E, "scheduled", [osk[1]], [osk[1]],
                 "hiring_manager")], "hard", "positive/reschedule-dst",
          "Google invite Fri 27.3. 15:00 EET (13:00Z), moved by e-mail and an 'Updated invitation' "
          "(SEQUENCE 1) to Tue 31.3. 15:00 EEST (12:00Z) across the EU DST switch. Organizer Nina "
          "does not join; Oskari is the interviewer.")


@case
def c13():
    C = "b140-13-podcast-haastattelu-lumikko"
    te = ("Tero Pulkkinen", "tero@pelikulma.example")
    s1 = H(2026, 3, 27, 20, 41, 9)
    s2 = H(2026, 3, 27, 20, 44, 51)
    S, E = H(2026, 4, 7, 18), H(2026, 4, 7, 19)
    wd(S, "ti")
    t1 = f"""Moi Saara!

Teen Pelikulma-podcastia suomalaisten indiepelien tekijöistä, ja haluaisin tosi mielelläni haastatella sinua Lumikosta ja sen kehityksestä – erityisesti siitä, miten teit pelin iltaisin päivätyön ohessa.

Nauhoitus tehdään Google Meetissä, kesto on noin 50 minuuttia, ja jakso julkaistaan huhtikuun lopussa. Käyn kysymykset läpi kanssasi etukäteen, eikä mitään tarvitse valmistella.

Sopisiko {fi_day(S)} klo {S.hour}? Laitoin alustavan kalenterikutsun, muutetaan jos ei käy.

Kiitos ja kuulemiin!
Tero
Pelikulma-podcast | https://pelikulma.example

Lähetetty iPhonesta
"""
    mail(C, "01-tero-podcast-haastattelupyynto.eml", client="apple", sent=s1, frm=te,
         to=[(OWNER_NAME, OWNER)], subject="Haastattelupyyntö Pelikulma-podcastiin (Lumikko)",
         text=t1, plain_only=True, relay=("st43p00im-ztdg10061801.me.com", "17.58.63.170"),
         extra=[("X-Mailer", "iPhone Mail (22E240)")])
    google_invite(C, "02-kutsu-podcast-nauhoitus.eml", lang="fi", action="new", sent=s2,
                  organizer=te, guests=[(te[0], te[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")],
                  title="Pelikulma-podcast: haastattelu – Saara Lehtinen (Lumikko)", S=S, E=E,
                  uid="%s@google.com" % alnum(C + "uid", 26, "abcdefghijklmnopqrstuvwxyz0123456789"),
                  seq=0, created=s2 - timedelta(minutes=1), meet=meet_code(C),
                  description="Podcast-haastattelun nauhoitus. Aiheena Lumikko ja indiepelin "
                              "tekeminen päivätyön ohessa. Kuulokkeet ja mikki mukaan, jos löytyy!")
    label(C, [], "medium", "negative/podcast-interview",
          "Podcast 'haastattelu' about her indie game, with a Google Meet invite: press/podcast "
          "interview, not a hiring interview.")


@case
def c14():
    C = "b140-14-oikotie-then-haastattelukutsu"
    he = ("Henna Laakso", "henna.laakso@lumipallo.example")
    ri = ("Riikka Mäkelä", "riikka.makela@lumipallo.example")
    s0 = H(2026, 3, 10, 20, 15, 33)
    s1 = H(2026, 3, 16, 11, 3, 27)
    S, E = H(2026, 3, 20, 9), H(2026, 3, 20, 9, 45)
    wd(S, "pe")
    t0 = f"""Hei Saara,

kiitos hakemuksestasi! Hakemuksesi on välitetty työnantajalle.

Tehtävä: Game Designer (Live Ops)
Työnantaja: Lumipallo Games Oy
Sijainti: Helsinki
Hakemus lähetetty: {s0.day}.{s0.month}.{s0.year}

Työnantaja ottaa sinuun yhteyttä, jos etenet rekrytoinnissa esimerkiksi haastatteluvaiheeseen. Näet hakemustesi tilan Oikotien Omat hakemukset -sivulla: https://tyopaikat.oikotie.fi/omat-hakemukset

Katso myös nämä työpaikat:
- Senior Game Designer, Kaamos Interactive, Helsinki
- Level Designer, Noitarumpu Games, Helsinki

Oikotie Työpaikat
"""
    mail(C, "01-oikotie-hakemus-lahetetty.eml", client="rails", sent=s0,
         frm=("Oikotie Työpaikat", "no-reply@oikotie.fi"), to=[(None, OWNER)],
         subject="Hakemuksesi on lähetetty: Game Designer (Live Ops) – Lumipallo Games Oy", text=t0,
         domain="oikotie.fi", return_path="bounce-%s@mail.oikotie.fi" % hx(C, 10),
         relay=("mail.oikotie.fi", "91.198.120.35"))
    t1 = f"""Hei Saara,

kiitos hakemuksestasi Oikotien kautta! Haluaisimme kutsua sinut etähaastatteluun Teamsissa {fi_day(S)} klo {fi_hm(S)}–{fi_hm(E)}.

Haastattelijana toimii studiopäällikkömme Riikka Mäkelä (kopiona). Minä hoidan käytännön järjestelyt, joten jos aika ei sovi tai tarvitset jotain, laita viestiä minulle.

Liity Teams-kokoukseen:
{teams_block(C, "fi")}

Ystävällisin terveisin
Henna Laakso
HR-koordinaattori | Lumipallo Games Oy
{he[1]}
"""
    mail(C, "02-henna-haastattelukutsu.eml", client="outlook", sent=s1, frm=he,
         to=[(OWNER_NAME, OWNER)], cc=[ri],
         subject="Haastattelukutsu – Game Designer (Live Ops)", text=t1)
    label(C, [iv("Lumipallo Games", "Game Designer (Live Ops)", S, E, "scheduled", [ri[1]], [ri[1]],
                 "hiring_manager")], "medium", "positive/job-board-then-email",
          "Oikotie application receipt (not an interview) followed by the coordinator's Outlook mail "
          "with a pasted Teams link for pe 20.3. klo 9.00–9.45. The coordinator only arranges; the "
          "studio head (cc) interviews -> interviewer and follow-up recipient.")


def outlook_standalone(*, organizer, attendees, S, E, uid, summary, description, location, stamp):
    L = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010",
         "VERSION:2.0"] + VTZ_FLE + ["BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for n, e in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (n, e))
    L += ["DESCRIPTION;LANGUAGE=en-US:%s" % esc(description), "UID:%s" % uid,
          "SUMMARY;LANGUAGE=en-US:%s" % esc(summary),
          "DTSTART;TZID=FLE Standard Time:%s" % loc(S), "DTEND;TZID=FLE Standard Time:%s" % loc(E),
          "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % z(stamp), "TRANSP:OPAQUE",
          "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:%s" % esc(location),
          "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:-%s" % digits(uid, 10),
          "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
          "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
          "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "END:VEVENT", "END:VCALENDAR"]
    return ics(L)


@case
def c15():
    C = "b140-15-onsite-loop-four-invites"
    em = ("Emma Virta", "emma.virta@auroraforge.example")
    je = ("Jenni Aalto", "jenni.aalto@auroraforge.example")
    mb = ("Marcus Berg", "marcus.berg@auroraforge.example")
    so = ("Sofia Korhonen", "sofia.korhonen@auroraforge.example")
    lp = ("Lauri Peltonen", "lauri.peltonen@auroraforge.example")
    d = (2026, 4, 16)
    sess = [(H(*d, 9, 30), H(*d, 10, 15), je, "Design exercise debrief", "Lead Designer"),
            (H(*d, 10, 30), H(*d, 11, 30), mb, "Systems design deep dive", "Principal Game Designer"),
            (H(*d, 12, 30), H(*d, 13, 15), so, "Collaboration & production", "Senior Producer"),
            (H(*d, 13, 30), H(*d, 14, 0), lp, "Closing chat", "CEO")]
    lunch = (H(*d, 11, 30), H(*d, 12, 30))
    s1 = H(2026, 4, 8, 16, 20, 4)
    wd(sess[0][0], "Thursday")
    addrline = "Itämerenkatu 9 B, 5th floor, 00180 Helsinki"
    rows = []
    for a, b, p, what, role in sess[:2]:
        rows.append("%s–%s  %s – %s, %s" % (a.strftime("%H:%M"), b.strftime("%H:%M"), what, p[0], role))
    rows.append("%s–%s  Lunch with a few people from the team (no evaluation, just food!)" % (
        lunch[0].strftime("%H:%M"), lunch[1].strftime("%H:%M")))
    for a, b, p, what, role in sess[2:]:
        rows.append("%s–%s  %s – %s, %s" % (a.strftime("%H:%M"), b.strftime("%H:%M"), what, p[0], role))
    t1 = f"""Hi Saara,

Great news - the team would love to meet you in person! Here's the plan for your onsite at our studio on Thursday {d[2]} April ({addrline}):

""" + "\n".join(rows) + f"""

Please come to the lobby by 09:20 and ask for me. Each interviewer will send you their own calendar invite, so you'll get four separate invitations - they're all part of the same day.

Let me know about any dietary restrictions for lunch.

Best,
Emma

Emma Virta
Recruiting Coordinator | Aurora Forge
{em[1]}
"""
    mail(C, "01-emma-onsite-schedule.eml", client="gmail", sent=s1, frm=em,
         to=[(OWNER_NAME, OWNER)], subject="Your onsite at Aurora Forge – Thursday 16 April",
         text=t1)
    role = "Senior Game Designer"
    # 02: Google (saved invite.ics), UTC times
    a, b, p, what, _ = sess[0]
    st = s1 + timedelta(minutes=35)
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + google_vevent(
        S=a, E=b, organizer=p, guests=[(p[0], p[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")],
        uid="%s@google.com" % alnum(C + "u1", 26, "abcdefghijklmnopqrstuvwxyz0123456789"), seq=0,
        summary="Aurora Forge onsite: %s (Saara Lehtinen)" % what,
        description="Onsite interview for the %s role, session 1/4: we'll go through your design "
                    "exercise together.\nLocation: %s" % (role, addrline),
        created=st, stamp=st, modified=st, location="Aurora Forge, " + addrline) + ["END:VCALENDAR"]
    put(C, "02-debrief-jenni.ics", ics(L))
    # 03: Apple Calendar, TZID Europe/Helsinki
    a, b, p, what, _ = sess[1]
    st = s1 + timedelta(hours=1, minutes=12)
    put(C, "03-systems-deep-dive-marcus.ics", tz_ics(
        prodid="-//Apple Inc.//macOS 15.3.2//EN", method="REQUEST", tzblock=VTZ_HEL,
        tzid="Europe/Helsinki", S=a, E=b, uid=uuidish(C + "u2").upper(), seq=0,
        summary="Onsite – %s (Saara L.)" % what,
        description="Session 2/4 of Saara's onsite: systems design whiteboard (progression + "
                    "economy loops). Bring nothing, we have markers.",
        location="Aurora Forge – meeting room Revontuli\n" + addrline, organizer=p,
        attendees=[(p[0], p[1], "CHAIR", "ACCEPTED"),
                   (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
        stamp=st, created=st))
    # 04: Google again
    a, b, p, what, _ = sess[2]
    st = s1 + timedelta(hours=2, minutes=3)
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + google_vevent(
        S=a, E=b, organizer=p, guests=[(p[0], p[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")],
        uid="%s@google.com" % alnum(C + "u3", 26, "abcdefghijklmnopqrstuvwxyz0123456789"), seq=0,
        summary="Saara Lehtinen – onsite: %s" % what,
        description="Onsite session 3/4 (%s): how you work with producers, scoping and "
                    "milestones." % role,
        created=st, stamp=st, modified=st, location="Aurora Forge, " + addrline) + ["END:VCALENDAR"]
    put(C, "04-production-sofia.ics", ics(L))
    # 05: Outlook, Windows TZID
    a, b, p, what, _ = sess[3]
    st = H(2026, 4, 9, 8, 2, 40)
    put(C, "05-closing-chat-lauri.ics", outlook_standalone(
        organizer=p, attendees=[(OWNER_NAME, OWNER)], S=a, E=b, uid=outlook_uid(C + "u4"),
        summary="Closing chat with Lauri – Saara Lehtinen (onsite)",
        description="Last session of the onsite day (4/4). Informal wrap-up and your questions "
                    "to me.\n\nLauri", location="Aurora Forge, CEO room", stamp=st))
    ivs = [p[1] for _, _, p, _, _ in sess]
    label(C, [iv("Aurora Forge", role, sess[0][0], sess[-1][1], "scheduled", ivs, ivs, "onsite")],
          "medium", "positive/onsite-loop",
          "Coordinator itinerary plus four standalone .ics (Google UTC, Apple TZID Europe/Helsinki, "
          "Google, Outlook FLE Standard Time) for one Thursday with a lunch break -> ONE onsite "
          "09:30-14:00 +03:00 with all four interviewers; the coordinator does not interview.")


@case
def c16():
    C = "b140-16-rejection-after-haastattelu"
    th = ("Tuomo Heino", "tuomo.heino@saukkostudios.example")
    s1 = H(2026, 3, 23, 15, 40, 12)
    past = H(2026, 3, 11, 13)
    wd(past, "ke"), wd(s1, "ma")
    t1 = f"""Hei Saara,

kiitos, että osallistuit haastatteluumme {fi_day(past)} klo {past.hour} ja käytit aikaa myös ennakkotehtävään. Arvostamme panostustasi.

Valitettavasti päätimme jatkaa rekrytointia toisen hakijan kanssa, jonka kokemus mobiilipelien monetisaatiosta vastasi tämänhetkisiä tarpeitamme hieman paremmin. Päätös ei ollut helppo.

Jos haluat palautetta haastattelusta, soitan mielelläni – ehdota vain sopiva aika ensi viikolle, esimerkiksi tiistai- tai keskiviikkoiltapäivä.

Toivotamme sinulle onnea työnhakuun, ja toivottavasti polkumme vielä kohtaavat!

Ystävällisin terveisin
Tuomo Heino
Recruiter | Saukko Studios
{th[1]}

Lähetetty Recruiteen kautta.
"""
    mail(C, "01-saukko-kiitos-haastattelusta.eml", client="rails", sent=s1,
         frm=("Tuomo Heino – Saukko Studios", "saukkostudios@mail.recruitee.com"),
         reply_to=("Tuomo Heino", "reply+5e0a77d1c4@saukkostudios.recruitee.com"),
         to=[(OWNER_NAME, OWNER)], subject="Game Designer -haku / Saukko Studios", text=t1,
         domain="mail.recruitee.com", return_path="bounces@mail.recruitee.com",
         relay=("mta-14.mail.recruitee.com", "159.135.228.14"))
    label(C, [], "hard", "negative/rejection-after-interview",
          "Rejection that names the past interview date and time ('ke 11.3. klo 13') and offers an "
          "unbooked feedback call; no upcoming interview.")


@case
def c17():
    C = "b140-17-berlin-gcal-json-dedupe"
    cl = ("Clara Hoffmann", "clara.hoffmann@brightmoor.example")
    jw = ("Jonas Weber", "jonas.weber@brightmoor.example")
    s1 = datetime(2026, 4, 2, 11, 2, 0, tzinfo=BER)
    s_her = H(2026, 4, 2, 14, 20, 0)
    s2 = datetime(2026, 4, 2, 16, 45, 30, tzinfo=BER)
    Sb = datetime(2026, 4, 8, 14, 0, tzinfo=BER)
    Eb = Sb + timedelta(minutes=45)
    S, E = Sb.astimezone(HEL), Eb.astimezone(HEL)
    assert S.hour == 15
    wd(Sb, "Wednesday")
    role = "Senior Game Designer (Narrative Systems)"
    t1 = f"""Hi Saara,

Thanks again for applying for the {role} role - the team enjoyed your portfolio, especially the Lumikko dialogue system breakdown.

The next step is a conversation with our Creative Director, Jonas Weber. It's 45 minutes on Google Meet and mostly about how you approach narrative systems design and how you work with writers.

Would Wednesday {Sb.day} {EN_MON[Sb.month - 1]} at {Sb.strftime('%H:%M')} Berlin time ({S.strftime('%H:%M')} for you in Helsinki) work? If so, I'll send a calendar invite right away.

Best regards,
Clara

Clara Hoffmann
Senior Recruiter | Brightmoor Studios GmbH
Berlin
"""
    m1 = mail(C, "01-clara-next-step.eml", client="gmail", sent=s1, frm=cl,
              to=[(OWNER_NAME, OWNER)], subject="Brightmoor Studios - next step with Jonas", text=t1)
    her_mid = msgid("gmail", C + "/saara-reply")
    her = ("Hi Clara,\n\nWednesday at 15:00 my time works great, thank you!\n\nBest,\nSaara\n\n"
           + quote(t1, en_attr(cl[0], cl[1], s1)))
    t2 = ("Perfect - the invite is on its way from my calendar. Jonas is looking forward to it!\n\n"
          "Clara\n\n" + quote(her, en_attr(OWNER_NAME, OWNER, s_her)) + "\n")
    mail(C, "02-clara-re-invite-on-its-way.eml", client="gmail", sent=s2, frm=cl,
         to=[(OWNER_NAME, OWNER)], subject="Re: Brightmoor Studios - next step with Jonas", text=t2,
         in_reply_to=her_mid, references=[m1, her_mid])
    eid = alnum(C + "eid", 26, "abcdefghijklmnopqrstuvwxyz0123456789")
    meet = meet_code(C)
    created = datetime(2026, 4, 2, 14, 51, 7, tzinfo=UTC)
    ev = {
        "kind": "calendar#event",
        "etag": '"%s"' % digits(C + "etag", 16),
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=%s" % base64.b64encode(
            ("%s %s" % (eid, OWNER)).encode()).decode().rstrip("="),
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=9, seconds=41)).strftime("%Y-%m-%dT%H:%M:%S.512Z"),
        "summary": "Brightmoor Studios – Saara Lehtinen / Jonas Weber (Creative Director)",
        "description": "Interview: %s\nWith: Jonas Weber, Creative Director\nScheduled by Clara "
                       "Hoffmann (Recruiting) – Clara will not join." % role,
        "creator": {"email": cl[1], "displayName": cl[0]},
        "organizer": {"email": cl[1], "displayName": cl[0]},
        "start": {"dateTime": Sb.isoformat(), "timeZone": "Europe/Berlin"},
        "end": {"dateTime": Eb.isoformat(), "timeZone": "Europe/Berlin"},
        "iCalUID": "%s@google.com" % eid,
        "sequence": 0,
        "attendees": [
            {"email": cl[1], "displayName": cl[0], "organizer": True, "responseStatus": "accepted"},
            {"email": jw[1], "displayName": jw[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/%s" % meet,
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": "https://meet.google.com/%s" % meet,
                 "label": "meet.google.com/%s" % meet},
                {"entryPointType": "phone", "uri": "tel:+49-30-5679-%s" % digits(meet, 4),
                 "label": "+49 30 5679 %s" % digits(meet, 4), "pin": digits(meet + "pin", 9),
                 "regionCode": "DE"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": meet,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    put(C, "03-calendar-event-jonas.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
    label(C, [iv("Brightmoor Studios", role, S, E, "scheduled", [jw[1]], [jw[1]], "hiring_manager")],
          "medium", "positive/gcal-json-dedupe",
          "Berlin recruiter proposes 'Wednesday 8 April at 14:00 Berlin time (15:00 for you in "
          "Helsinki)'; confirmed in the thread and present as a Calendar API event "
          "(2026-04-08T14:00:00+02:00, Europe/Berlin). One interview = 15:00-15:45 +03:00; the "
          "organizer-recruiter does not join.")


@case
def c18():
    C = "b140-18-availability-slots-unbooked"
    ai = ("Aino Hirvonen", "aino.hirvonen@kaamos-interactive.example")
    s1 = H(2026, 3, 31, 13, 25, 40)
    slots = [H(2026, 4, 7, 10), H(2026, 4, 7, 14), H(2026, 4, 8, 9, 30), H(2026, 4, 9, 15)]
    for sl, w in zip(slots, ["ti", "ti", "ke", "to"]):
        wd(sl, w)
    lines = "\n".join("- %s klo %s" % (fi_day(sl), fi_hm(sl)) for sl in slots)
    t1 = f"""Hei Saara,

kiitos hakemuksestasi Kaamos Interactiven Senior Game Designer -tehtävään! Haluaisimme kutsua sinut ensimmäiseen haastatteluun (30 min, Teams).

Valitse itsellesi sopiva aika alla olevasta linkistä. Kalenterissa on tällä hetkellä vapaana esimerkiksi:
{lines}

https://calendly.com/aino-kaamos/haastattelu-30min

Kun olet varannut ajan, saat automaattisesti vahvistuksen ja Teams-linkin. Jos mikään ajoista ei sovi, vastaa tähän viestiin, niin keksitään jotain muuta.

Terveisin
Aino Hirvonen
Talent Acquisition | Kaamos Interactive
{ai[1]}
"""
    mail(C, "01-aino-valitse-haastatteluaika.eml", client="gmail", sent=s1, frm=ai,
         to=[(OWNER_NAME, OWNER)], subject="Kaamos Interactive – valitse aika haastatteluun",
         text=t1)
    label(C, [], "hard", "negative/availability-request",
          "Invitation to self-book a first interview with four candidate slots and a Calendly link; "
          "no booking confirmation exists in the mailbox, so nothing is scheduled.")


@case
def c19():
    C = "b140-19-teamtailor-self-schedule-stockholm"
    li = ("Linnea Ström", "linnea.strom@fjordlight.example")
    s1 = datetime(2026, 4, 14, 9, 5, 11, tzinfo=STO)
    s2 = datetime(2026, 4, 15, 9, 58, 40, tzinfo=STO)
    S, E = H(2026, 4, 23, 11), H(2026, 4, 23, 11, 45)
    assert S.astimezone(STO).hour == 10
    wd(S, "Thursday")
    meet = meet_code(C)
    t1 = f"""Hi Saara,

Thank you for your application for the Game Designer position at Fjordlight Games! We'd like to invite you to a first interview with me (45 minutes, video call).

Please choose a time that suits you here:
https://fjordlight.teamtailor.com/meetings/book/{hx(C + 'book', 24)}

Times are shown in your local time zone. If none of the slots work, just reply to this email.

Kind regards,
Linnea Ström
Talent Partner, Fjordlight Games
"""
    mail(C, "01-teamtailor-book-a-time.eml", client="rails", sent=s1,
         frm=("Fjordlight Games", "no-reply@teamtailor.com"), reply_to=li, to=[(OWNER_NAME, OWNER)],
         subject="Book your interview with Fjordlight Games", text=t1, domain="teamtailor.com",
         return_path="bounces+2214719-b7c2@em.teamtailor.com",
         relay=("o12.em.teamtailor.com", "168.245.61.12"), extra=[("X-Mailer", "Teamtailor")])
    t2 = f"""Hi Saara,

Your interview has been booked.

Game Designer – Fjordlight Games
{wd(S, 'Thursday')}, {EN_MON[S.month - 1]} {S.day}, {S.year}
{S.strftime('%H:%M')} – {E.strftime('%H:%M')} (Europe/Helsinki)
Video call: https://meet.google.com/{meet}
You'll meet: Linnea Ström, Talent Partner

A calendar invitation is attached. Need to change the time? Use this link: https://fjordlight.teamtailor.com/meetings/reschedule/{hx(C + 'res', 24)}

Kind regards,
Fjordlight Games
"""
    cal = tz_ics(prodid="-//Teamtailor//Interview Scheduler//EN", method="REQUEST", tzblock=VTZ_STO,
                 tzid="Europe/Stockholm", S=S, E=E, uid="meeting-%s@teamtailor.com" % hx(C, 20),
                 seq=0, summary="Interview: Saara Lehtinen / Game Designer (Fjordlight Games)",
                 description="First interview for the Game Designer position.\nInterviewer: Linnea "
                             "Ström\nVideo call: https://meet.google.com/%s" % meet,
                 location="https://meet.google.com/%s" % meet, organizer=li,
                 attendees=[(li[0], li[1], "REQ-PARTICIPANT", "ACCEPTED"),
                            (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "ACCEPTED")], stamp=s2)
    mail(C, "02-teamtailor-interview-booked.eml", client="rails", sent=s2,
         frm=("Fjordlight Games", "no-reply@teamtailor.com"), reply_to=li, to=[(OWNER_NAME, OWNER)],
         subject="Interview booked: Game Designer – Fjordlight Games", text=t2,
         attachments=[ics_attachment(cal, "interview.ics")], domain="teamtailor.com",
         return_path="bounces+2214719-b7c2@em.teamtailor.com",
         relay=("o12.em.teamtailor.com", "168.245.61.12"),
         extra=[("X-Mailer", "Teamtailor"), ("Auto-Submitted", "auto-generated")])
    label(C, [iv("Fjordlight Games", "Game Designer", S, E, "scheduled", [li[1]], [li[1]],
                 "phone_screen")], "hard", "positive/ats-self-schedule-tz",
          "Teamtailor booking link (not an interview by itself) then 'Interview booked' shown as "
          "11:00-11:45 Europe/Helsinki while the attached .ics uses TZID Europe/Stockholm 10:00; "
          "same instant. Recruiter conducts the first interview.")


@case
def c20():
    C = "b140-20-recright-videohaastattelu"
    s1 = H(2026, 3, 26, 12, 0, 5)
    dl = H(2026, 4, 5, 23, 59)
    wd(dl, "su")
    t1 = f"""Hei Saara!

Noitarumpu Games kutsuu sinut videohaastatteluun Level Designer -tehtävään.

Videohaastattelussa vastaat kolmeen kysymykseen videolla silloin, kun se sinulle parhaiten sopii. Jokaiseen vastaukseen on aikaa 2 minuuttia, ja voit harjoitella ennen varsinaista vastausta. Rekrytoija katsoo vastaukset myöhemmin.

Vastaa viimeistään {fi_day(dl)} klo {fi_hm(dl)}.

Aloita videohaastattelu: https://app.recright.com/i/{hx(C, 28)}

Kysymykset:
1. Kerro lyhyesti itsestäsi ja siitä, miksi haet Noitarummulle.
2. Mikä on lempikenttäsi jostain pelistä, ja miksi?
3. Miten toimit, kun testaajien palaute on ristiriidassa oman näkemyksesi kanssa?

Videohaastattelujen perusteella valitut hakijat kutsutaan haastatteluun studiolle huhtikuun aikana.

Onnea!
Noitarumpu Games & Recright
"""
    mail(C, "01-recright-videohaastattelukutsu.eml", client="rails", sent=s1,
         frm=("Noitarumpu Games via Recright", "no-reply@recright.com"), to=[(OWNER_NAME, OWNER)],
         subject="Kutsu videohaastatteluun: Level Designer – Noitarumpu Games", text=t1,
         domain="recright.com", return_path="bounce@mail.recright.com",
         relay=("mail.recright.com", "52.16.180.77"), extra=[("Auto-Submitted", "auto-generated")])
    label(C, [], "hard", "negative/one-way-video",
          "One-way recorded 'videohaastattelu' with a deadline (su 5.4. klo 23.59); no live "
          "conversation is booked.")


@case
def c21():
    C = "b140-21-peruttu-then-new-invite"
    ii = ("Iida Korpela", "iida.korpela@tahtisumu.example")
    S1, E1 = H(2026, 4, 13, 10), H(2026, 4, 13, 11)
    S2, E2 = H(2026, 4, 20, 14), H(2026, 4, 20, 15)
    s1 = H(2026, 3, 30, 13, 15, 0)
    s2 = H(2026, 4, 9, 20, 11, 30)
    s3 = H(2026, 4, 9, 20, 13, 2)
    s4 = H(2026, 4, 15, 10, 30, 0)
    wd(S1, "ma"), wd(S2, "ma"), wd(s2, "to")
    role = "Narrative Designer"
    uid1 = "%s@google.com" % alnum(C + "uid1", 26, "abcdefghijklmnopqrstuvwxyz0123456789")
    uid2 = "%s@google.com" % alnum(C + "uid2", 26, "abcdefghijklmnopqrstuvwxyz0123456789")
    g = [(ii[0], ii[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")]
    title1 = "Haastattelu: %s / Saara Lehtinen" % role
    d1 = ("Haastattelu Tähtisumu Gamesin %s -tehtävään. Haastattelijana Iida Korpela (Narrative "
          "Lead). Kesto 1 h." % role)
    google_invite(C, "01-kutsu-haastattelu.eml", lang="fi", action="new", sent=s1, organizer=ii,
                  guests=g, title=title1, S=S1, E=E1, uid=uid1, seq=0,
                  created=s1 - timedelta(minutes=2), meet=meet_code(C + "1"), description=d1)
    t2 = """Hei Saara,

joudun valitettavasti perumaan maanantain haastattelumme – olen sairauslomalla ensi viikon alun. Peruutan kalenterikutsun ja lähetän uuden, kun tiedän, milloin olen taas töissä.

Pahoittelut ja kiitos ymmärryksestä!

Iida
--
Iida Korpela
Narrative Lead | Tähtisumu Games
"""
    mail(C, "02-iida-joudun-perumaan.eml", client="gmail", sent=s2, frm=ii,
         to=[(OWNER_NAME, OWNER)], subject="Maanantain haastattelu", text=t2)
    google_invite(C, "03-peruttu-tapahtuma.eml", lang="fi", action="cancel", sent=s3, organizer=ii,
                  guests=g, title=title1, S=S1, E=E1, uid=uid1, seq=1,
                  created=s1 - timedelta(minutes=2), description=d1)
    google_invite(C, "04-kutsu-uusi-aika.eml", lang="fi", action="new", sent=s4, organizer=ii,
                  guests=g, title="Haastattelu (uusi aika): %s / Saara Lehtinen" % role, S=S2, E=E2,
                  uid=uid2, seq=0, created=s4 - timedelta(minutes=1), meet=meet_code(C + "2"),
                  description="Uusi aika peruuntuneen haastattelun tilalle. Haastattelijana Iida "
                              "Korpela (Narrative Lead). Kesto 1 h.")
    label(C, [iv("Tähtisumu Games", role, S1, E1, "cancelled", [ii[1]], [ii[1]], "hiring_manager"),
              iv("Tähtisumu Games", role, S2, E2, "scheduled", [ii[1]], [ii[1]], "hiring_manager")],
          "hard", "positive/cancel-then-rebook",
          "Finnish Google invite ma 13.4. 10–11, cancelled by e-mail ('joudun perumaan maanantain "
          "haastattelumme') and a 'Peruttu tapahtuma' METHOD:CANCEL; later re-booked as a NEW event "
          "(new UID) ma 20.4. 14–15 -> two entries, one cancelled and one scheduled.")


@case
def c22():
    C = "b140-22-harjoitushaastattelu-mock"
    ti = ("Tiina Rautio", "tiina.rautio@peliakatemia.example")
    s1 = H(2026, 3, 18, 9, 40, 0)
    s2 = H(2026, 3, 18, 9, 45, 12)
    S, E = H(2026, 3, 27, 12), H(2026, 3, 27, 13)
    wd(S, "pe")
    t1 = f"""Hei Saara,

kiva että varasit ajan alumnien urapalveluista! Vahvistan harjoitushaastattelun {fi_day(S)} klo {S.hour}–{E.hour} (Google Meet, kutsu tulee erikseen).

Harjoitushaastattelu etenee kuin oikea työhaastattelu: esitän tyypillisiä pelialan haastattelukysymyksiä (myös pienen design-casen), ja lopuksi käydään palaute läpi. Ota mukaan työpaikkailmoitus, johon haluat harjoitella – mainitsit Myrskyn Senior Game Designer -paikan, se sopii tähän hyvin.

Palvelu on alumneille maksuton.

Terveisin
Tiina Rautio
Uravalmentaja | Peliakatemia, alumnipalvelut
{ti[1]}
"""
    mail(C, "01-tiina-harjoitushaastattelu.eml", client="gmail", sent=s1, frm=ti,
         to=[(OWNER_NAME, OWNER)], subject="Harjoitushaastattelu pe 27.3. – vahvistus", text=t1)
    google_invite(C, "02-kutsu-harjoitushaastattelu.eml", lang="fi", action="new", sent=s2,
                  organizer=ti, guests=[(ti[0], ti[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")],
                  title="Harjoitushaastattelu (mock interview) – Saara Lehtinen", S=S, E=E,
                  uid="%s@google.com" % alnum(C + "uid", 26, "abcdefghijklmnopqrstuvwxyz0123456789"),
                  seq=0, created=s2 - timedelta(minutes=1), meet=meet_code(C),
                  description="Peliakatemian alumnipalvelut: harjoitushaastattelu + palaute. "
                              "Valmentaja Tiina Rautio.")
    label(C, [], "medium", "negative/mock-interview",
          "Practice interview ('harjoitushaastattelu') with a career coach, confirmed by mail and a "
          "Google invite: coaching, not a hiring process.")


# ============================================================================= output
README_TMPL = """# blind140: Helsinki game designer, Finnish + English mailbox (written blind)

Owner: **Saara Lehtinen** (`saara.lehtinen@example.com`), a game designer in Helsinki. Her current
studio (Kuura Games) is in change negotiations, so in spring 2026 she is job hunting; she also runs
a small indie game (*Lumikko*) on the side. Her mail is a mix of Finnish and English: Duunitori and
Oikotie job-board mail, Teamtailor and Recruitee ATS mail, Recright video-interview invitations,
Microsoft Teams (Finnish Outlook, Windows TZID `FLE Standard Time`) and Google Meet / Google Calendar
invitations (Finnish and English UI), Apple Calendar and Outlook standalone `.ics` files, and one
Google Calendar API event (`.gcal.json`).

## What the set stresses
- Finnish date/time expressions: `ti 10.3. klo 14`, `klo 14.30-15.15`, `klo 9.00–9.45`,
  `huomenna` (resolved against the message Date), `ensi viikon torstaina` (next week's Thursday,
  not this week's), Outlook `Aika: tiistai 31. maaliskuuta 2026 10.00-11.00 (UTC+02:00) Helsinki…`.
- The EU DST switch on Sunday 29 March 2026 (Helsinki EET +02:00 -> EEST +03:00): invites sent in
  winter time for interviews after the switch, a Google reschedule from Fri 27.3. (EET) to Tue
  31.3. (EEST), the fixed Windows display label `(UTC+02:00)` on a summer-time meeting.
- Other zones: a Berlin recruiter (Europe/Berlin, +02:00 in April) and a Stockholm ATS `.ics`
  (TZID Europe/Stockholm) for interviews that the mail states in Helsinki time.
- Vocabulary: `haastattelu`, `toinen haastattelu`, `Peruttu:` (Outlook cancel), `Peruttu
  tapahtuma` (Google cancel), `Päivitetty kutsu`/`Updated invitation`.
- Dedupe (mail + invite + API event = one), a same-day four-session onsite (four separate .ics),
  a cancelled interview re-booked as a new event (two entries), coordinators who do not interview.
- Hard look-alikes: a `kehityskeskustelu` (performance review) Teams invite from her current
  studio, a TE-palvelut `alkuhaastattelu` appointment with .ics, a game-jam jury session where she
  interviews teams, a podcast `haastattelu` about her indie game, a `harjoitushaastattelu` (mock),
  a one-way `videohaastattelu`, an unbooked slot list, a rejection naming a past interview time,
  and a Duunitori job alert full of interview wording.

## Written blind
The set was written from the task brief and `/work/shared/eval/README.md` only (plus a glance at three
dev item files for the file formats), without reading the detector code, its tests or any other
evaluation set, and without running the tool. All people and companies are invented and use
`.example` domains; only real vendor/system senders keep their product domains.

## Counts
- Cases: {n_cases} ({n_pos} positive, {n_neg} negative)
- Labelled interviews: {n_iv} ({n_sched} scheduled, {n_canc} cancelled)
- Item files: {n_eml} `.eml`, {n_ics} standalone `.ics`, {n_json} `.gcal.json`
- Categories: {cats}

## Regenerating
`python make_cases.py` rewrites every `b140-*` folder and `labels.yaml` byte-for-byte (fixed dates,
Message-IDs, boundaries, UIDs). Offsets are computed with `zoneinfo`; weekday words in the text are
asserted against the dates.
"""


def main():
    for fn in CASES:
        fn()
    assert set(FILES) == set(LABELS), set(FILES) ^ set(LABELS)
    ids = sorted(LABELS)
    for i, cid in enumerate(ids, 1):
        assert cid.startswith("b140-%02d-" % i), cid
        for name in FILES[cid]:
            assert name[:3] == "%s-" % name[:2] and name[:2].isdigit(), name
            assert name.endswith((".eml", ".ics", ".gcal.json")), name
    for old in OUT.glob("b140-*"):
        shutil.rmtree(old)
    for cid in ids:
        (OUT / cid).mkdir()
        for name, data in sorted(FILES[cid].items()):
            (OUT / cid / name).write_bytes(data)
    ordered = {cid: LABELS[cid] for cid in ids}
    head = ("# Labels for blind140 (written blind). Schema: /work/shared/eval/README.md\n"
            "# Regenerate with: python make_cases.py\n")
    (OUT / "labels.yaml").write_bytes((head + yaml.safe_dump(
        ordered, sort_keys=False, allow_unicode=True, width=100)).encode("utf-8"))
    ivs = [x for v in LABELS.values() for x in v["interviews"]]
    names = [n for f in FILES.values() for n in f]
    cats = sorted({v["category"] for v in LABELS.values()})
    readme = README_TMPL.format(
        n_cases=len(ids), n_pos=sum(v["interview"] for v in LABELS.values()),
        n_neg=sum(not v["interview"] for v in LABELS.values()), n_iv=len(ivs),
        n_sched=sum(x["status"] == "scheduled" for x in ivs),
        n_canc=sum(x["status"] == "cancelled" for x in ivs),
        n_eml=sum(n.endswith(".eml") for n in names), n_ics=sum(n.endswith(".ics") for n in names),
        n_json=sum(n.endswith(".gcal.json") for n in names), cats=", ".join(cats))
    (OUT / "README.md").write_bytes(readme.encode("utf-8"))
    print("wrote %d cases, %d interviews, %d files" % (len(ids), len(ivs), len(names)))


if __name__ == "__main__":
    main()
