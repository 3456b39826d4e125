#!/usr/bin/env python3
"""Generate the blind343 evaluation set (Maputo, Mozambique; written blind).

Deletes and rewrites every b343-* case folder plus labels.yaml and README.md next to this
script. Output is byte-identical on every run (fixed dates; Message-IDs, UIDs and MIME
boundaries derived from hashes of a seed). Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import json
import quopri
import re
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind343|maputo|2026"
OWNER = "lurdes.macuacua@example.com"
OWNER_NAME = "Lurdes Macuácua"
ME = (OWNER_NAME, OWNER)

MZ = ZoneInfo("Africa/Maputo")
JNB = ZoneInfo("Africa/Johannesburg")
LIS = ZoneInfo("Europe/Lisbon")
SAO = ZoneInfo("America/Sao_Paulo")
UTC = timezone.utc

# ---------------------------------------------------------------- time checks
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PT_WD = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]
PT_WD_AB = ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"]
PT_MON = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]
EN_MON = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]


def T(tz, y, m, d, H=0, M=0, wd=None, off=None):
    """Aware datetime; asserts the English weekday and the UTC offset (hours) when given."""
    x = datetime(y, m, d, H, M, tzinfo=tz)
    if wd is not None:
        assert x.strftime("%A") == wd, (x, wd)
    if off is not None:
        assert x.utcoffset() == timedelta(hours=off), (x, x.utcoffset(), off)
    return x


def _dst_asserts():
    h = lambda n: timedelta(hours=n)
    ny, lon = ZoneInfo("America/New_York"), ZoneInfo("Europe/London")
    assert datetime(2026, 3, 7, 12, tzinfo=ny).utcoffset() == h(-5)
    assert datetime(2026, 3, 9, 12, tzinfo=ny).utcoffset() == h(-4)
    assert datetime(2026, 10, 31, 12, tzinfo=ny).utcoffset() == h(-4)
    assert datetime(2026, 11, 2, 12, tzinfo=ny).utcoffset() == h(-5)
    for z in (LIS, lon):
        assert datetime(2026, 3, 28, 12, tzinfo=z).utcoffset() == h(0)
        assert datetime(2026, 3, 30, 12, tzinfo=z).utcoffset() == h(1)
        assert datetime(2026, 10, 24, 12, tzinfo=z).utcoffset() == h(1)
        assert datetime(2026, 10, 26, 12, tzinfo=z).utcoffset() == h(0)
    for d in (datetime(2026, 3, 1), datetime(2026, 7, 1), datetime(2026, 10, 26), datetime(2026, 11, 20)):
        assert d.replace(tzinfo=MZ).utcoffset() == h(2)
        assert d.replace(tzinfo=JNB).utcoffset() == h(2)
        assert d.replace(tzinfo=SAO).utcoffset() == h(-3)   # Brazil: no DST in 2026
    # Lisbon vs Maputo: one hour behind until Oct 25, two hours behind afterwards
    assert (datetime(2026, 10, 22, 15, tzinfo=LIS) - datetime(2026, 10, 22, 16, tzinfo=MZ)) == h(0)
    assert (datetime(2026, 10, 27, 15, tzinfo=LIS) - datetime(2026, 10, 27, 17, tzinfo=MZ)) == h(0)
    # Sao Paulo is five hours behind Maputo
    assert (datetime(2026, 11, 5, 10, tzinfo=SAO) - datetime(2026, 11, 5, 15, tzinfo=MZ)) == h(0)


_dst_asserts()

_MONTHS = {}
for i, m in enumerate(PT_MON):
    _MONTHS[m] = i + 1
    _MONTHS[m[:3]] = i + 1
for i, m in enumerate(EN_MON):
    _MONTHS[m] = i + 1
    _MONTHS[m[:3]] = i + 1
_WDS = {}
for i, w in enumerate(PT_WD):
    _WDS[w.split("-")[0]] = i
    _WDS[w] = i
for i, w in enumerate(PT_WD_AB):
    _WDS[w] = i
for i, w in enumerate(EN_WD):
    _WDS[w.lower()] = i
    _WDS[w.lower()[:3]] = i
_WD_ALT = "|".join(sorted(_WDS, key=len, reverse=True))
_MON_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_RX1 = re.compile(r"\b(" + _WD_ALT + r")(?:-feira)?,?\s+(?:dia\s+)?(\d{1,2})(?:\s+de\s+|\s+|/)(" + _MON_ALT + r"|\d{1,2})\b", re.I)
_RX2 = re.compile(r"\b(\d{1,2})\s+de\s+(" + _MON_ALT + r")(?:\s+de\s+2026)?\s*\((" + _WD_ALT + r")(?:-feira)?\)", re.I)
_RX3 = re.compile(r"\b(" + _WD_ALT + r"),?\s+(" + "|".join(EN_MON) + r")\s+(\d{1,2})\b", re.I)
CHECKED = []


def check_weekdays(text):
    """Every 'weekday + day + month' mention in generated text must be right for 2026."""
    def ok(wd, day, mon):
        mon = int(mon) if str(mon).isdigit() else _MONTHS[mon.lower()]
        real = datetime(2026, mon, int(day)).weekday()
        assert real == _WDS[wd.lower()], (wd, day, mon, text[:80])
        CHECKED.append((mon, int(day)))
    for m in _RX1.finditer(text):
        ok(m.group(1), m.group(2), m.group(3))
    for m in _RX2.finditer(text):
        ok(m.group(3), m.group(1), m.group(2))
    for m in _RX3.finditer(text):
        ok(m.group(1), m.group(3), m.group(2))


# ---------------------------------------------------------------- ids
def hx(*parts, n=32):
    return hashlib.sha256("|".join((SEED,) + parts).encode("utf-8")).hexdigest()[:n]


def digits(*parts, n=10):
    return str(int(hx(*parts, n=24), 16))[:n]


def msgid(kind, *parts):
    h = hx("mid", *parts)
    if kind == "gmail":
        return "<CA" + base64.b64encode(bytes.fromhex(h + hx("mid2", *parts, n=24))).decode().rstrip("=").replace("/", "_") + "@mail.gmail.com>"
    if kind == "outlook":
        return "<%s@%s.eurprd02.prod.outlook.com>" % (h[:32].upper() + hx("o", *parts, n=8).upper(), "AM9PR02MB" + digits("pr", *parts, n=4))
    if kind == "gcal":
        return "<calendar-%s-%s-%s-%s-%s@google.com>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])
    return "<%s.%s@%s>" % (h[:20], digits("t", *parts, n=10), kind)


# ---------------------------------------------------------------- MIME
def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76).encode()


def A(p):
    name, mail = p
    return formataddr((name, mail), charset="utf-8") if name else mail


def leaf(ctype, text, enc="qp", params="", filename=None, disp=None, charset="UTF-8", check=True):
    if isinstance(text, str) and check and ctype in ("text/plain", "text/html"):
        check_weekdays(text)
    return {"t": "leaf", "ctype": ctype, "text": text, "enc": enc, "params": params,
            "filename": filename, "disp": disp, "charset": charset}


def multi(sub, *parts):
    return {"t": "multi", "sub": sub, "parts": parts}


def boundary(style, seed):
    h = hx("bnd", seed)
    if style == "google":
        return "000000000000" + h[:16]
    if style == "outlook":
        return "_000_" + h[:24].upper() + "prodoutlookcom_"
    if style == "gmail":
        return "00000000000" + h[:17]
    return "----=_Part_" + digits("p", seed, n=6) + "_" + digits("q", seed, n=9) + "." + digits("r", seed, n=13)


def render(part, seed, style):
    if part["t"] == "leaf":
        data = part["text"].encode("utf-8") if isinstance(part["text"], str) else part["text"]
        ct = part["ctype"]
        if ct.startswith("text/"):
            ct += '; charset="%s"' % part["charset"]
        ct += part["params"]
        if part["filename"]:
            ct += '; name="%s"' % part["filename"]
        h = ["Content-Type: " + ct]
        if part["disp"]:
            h.append('Content-Disposition: %s; filename="%s"' % (part["disp"], part["filename"]))
        if part["enc"] == "qp":
            h.append("Content-Transfer-Encoding: quoted-printable")
            body = quopri.encodestring(data).decode("ascii")
        elif part["enc"] == "b64":
            h.append("Content-Transfer-Encoding: base64")
            body = base64.encodebytes(data).decode("ascii")
        else:
            h.append("Content-Transfer-Encoding: 7bit")
            body = data.decode("ascii")
        if not body.endswith("\n"):
            body += "\n"
        return "\n".join(h) + "\n\n" + body
    b = boundary(style, seed)
    out = ['Content-Type: multipart/%s; boundary="%s"' % (part["sub"], b), ""]
    for i, p in enumerate(part["parts"]):
        out.append("--" + b)
        out.append(render(p, seed + "/" + str(i), style))
    out.append("--" + b + "--")
    return "\n".join(out) + "\n"


def quote(text, who, when):
    q = "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))
    return "\n\n%s, %s escreveu:\n%s\n" % (when, who, q)


def html_of(text, font="Arial,sans-serif"):
    esc_ = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = "".join("<p>%s</p>\n" % p.replace("\n", "<br>\n") for p in esc_.strip().split("\n\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s;font-size:11pt">\n%s</div></body></html>\n' % (font, paras))


def eml(frm, to, subject, date, mid, body, cc=(), reply_to=None, irt=None, refs=None, extra=(),
        style="gen", relay=None, sender=None):
    check_weekdays(subject)
    L = ["Delivered-To: " + OWNER]
    if relay:
        L.append("Received: from %s (%s [%s])\n        by mx.example.com with ESMTPS id %s\n"
                 "        for <%s>;\n        %s" % (relay[0], relay[0], relay[1], hx("rcv", mid, n=12),
                                                    OWNER, format_datetime(date.astimezone(UTC) + timedelta(seconds=3))))
    L.append("Return-Path: <%s>" % (sender[1] if sender else frm[1]))
    L.append("From: " + A(frm))
    if sender:
        L.append("Sender: " + A(sender))
    L.append("To: " + ", ".join(A(t) for t in to))
    if cc:
        L.append("Cc: " + ", ".join(A(c) for c in cc))
    if reply_to:
        L.append("Reply-To: " + A(reply_to))
    L.append("Subject: " + hdr(subject))
    L.append("Date: " + format_datetime(date))
    L.append("Message-ID: " + mid)
    if irt:
        L.append("In-Reply-To: " + irt)
    if refs:
        L.append("References: " + " ".join(refs))
    L.extend(extra)
    L.append("MIME-Version: 1.0")
    return ("\n".join(L) + "\n" + render(body, mid, style)).encode("utf-8")


def plain_mail(text, enc="qp"):
    return leaf("text/plain", text, enc)


def alt_mail(text, enc_plain="qp", enc_html="qp", font="Arial,sans-serif", html=None):
    return multi("alternative", leaf("text/plain", text, enc_plain), leaf("text/html", html or html_of(text, font), enc_html))


# ---------------------------------------------------------------- iCalendar
def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        k = len(ch.encode("utf-8"))
        if n + k > 75:
            out.append(cur)
            cur, n = " ", 1
        cur += ch
        n += k
    out.append(cur)
    return "\r\n".join(out)


def vcal(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def lt(d):
    return d.strftime("%Y%m%dT%H%M%S")


def zt(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


VTZ = {
    "Africa/Maputo": ["BEGIN:VTIMEZONE", "TZID:Africa/Maputo", "X-LIC-LOCATION:Africa/Maputo", "BEGIN:STANDARD",
                      "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200", "TZNAME:CAT", "DTSTART:19700101T000000",
                      "END:STANDARD", "END:VTIMEZONE"],
    "Africa/Johannesburg": ["BEGIN:VTIMEZONE", "TZID:Africa/Johannesburg", "X-LIC-LOCATION:Africa/Johannesburg",
                            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200", "TZNAME:SAST",
                            "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Europe/Lisbon": ["BEGIN:VTIMEZONE", "TZID:Europe/Lisbon", "X-LIC-LOCATION:Europe/Lisbon", "BEGIN:DAYLIGHT",
                      "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:WEST", "DTSTART:19700329T010000",
                      "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD",
                      "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:WET", "DTSTART:19701025T020000",
                      "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"],
    "South Africa Standard Time": ["BEGIN:VTIMEZONE", "TZID:South Africa Standard Time", "BEGIN:STANDARD",
                                   "DTSTART:16010101T000000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200",
                                   "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                                   "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE"],
    "GMT Standard Time": ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD",
                          "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
                          "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                          "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
                          "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
                          "END:DAYLIGHT", "END:VTIMEZONE"],
}
WIN_ZONE = {"South Africa Standard Time": JNB, "GMT Standard Time": ZoneInfo("Europe/London")}


def att(p, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True, google=False):
    extra = ";CUTYPE=INDIVIDUAL" if google else ""
    tail = ";X-NUM-GUESTS=0" if google else ""
    return "ATTENDEE%s;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s%s:mailto:%s" % (
        extra, role, partstat, "TRUE" if rsvp else "FALSE", p[0], tail, p[1])


def tzcheck(d, tzid):
    """A TZID-local time must denote the same instant as the aware datetime."""
    z = WIN_ZONE.get(tzid) or ZoneInfo(tzid)
    assert d.replace(tzinfo=None).replace(tzinfo=z) == d, (d, tzid)


def ev_times(start, end, tzid):
    if tzid is None:
        return ["DTSTART:" + zt(start), "DTEND:" + zt(end)]
    tzcheck(start, tzid)
    tzcheck(end, tzid)
    return ["DTSTART;TZID=%s:%s" % (tzid, lt(start)), "DTEND;TZID=%s:%s" % (tzid, lt(end))]


# ---------------------------------------------------------------- Google Calendar invitation
def google_invite(seed, org, guests, start, end, tz, summary, desc, location, uid, seq, sent, when_txt,
                  subj_when, meet=None, prefix="Convite", headline="Foi convidado(a) para o seguinte evento.",
                  created=None, to=None):
    eid = base64.b64encode((uid.split("@")[0] + " " + OWNER).encode()).decode().rstrip("=")
    meet_url = "https://meet.google.com/" + meet if meet else None
    full_desc = desc
    if meet:
        full_desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                      "Participar com o Google Meet: %s\n\nSaiba mais sobre o Meet em: https://support.google.com/a/users/answer/9282720\n\n"
                      "Não edite esta secção da descrição.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-" % meet_url)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + VTZ[tz] + ["BEGIN:VEVENT"] + ev_times(start, end, tz) + [
             "DTSTAMP:" + zt(sent), "ORGANIZER;CN=%s:mailto:%s" % org, "UID:" + uid]
    for g in guests:
        if g[1] == org[1]:
            lines.append(att(g, partstat="ACCEPTED", rsvp=False, google=True))
        else:
            lines.append(att(g, google=True))
    lines += ["X-MICROSOFT-CDO-OWNERAPPTID:-" + digits("oa", seed, n=10),
              "CREATED:" + zt(created or sent), "DESCRIPTION:" + esc(full_desc),
              "LAST-MODIFIED:" + zt(sent), "LOCATION:" + esc(location or ""), "SEQUENCE:%d" % seq,
              "STATUS:CONFIRMED", "SUMMARY:" + esc(summary), "TRANSP:OPAQUE", "BEGIN:VALARM", "ACTION:DISPLAY",
              "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT",
              "END:VCALENDAR"]
    ics = vcal(lines)
    base = "https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&tok=%s" % (eid, hx("tok", seed, n=40))
    guest_lines = "\n".join(("%s - organizador" % g[1]) if g[1] == org[1] else g[1] for g in guests)
    txt = "%s\n\n%s\n%s\n" % (headline, summary, when_txt)
    if location:
        txt += location + "\n"
    if meet:
        txt += "\nParticipar com o Google Meet\n%s\n" % meet_url
    txt += ("\nConvidados\n%s\nVer todos os detalhes dos convidados: "
            "https://calendar.google.com/calendar/event?action=VIEW&eid=%s\n\n%s\n\n"
            "Responder para %s\nSim: %s&rst=1\nNão: %s&rst=2\nTalvez: %s&rst=3\n"
            "Mais opções: https://calendar.google.com/calendar/event?action=VIEW&eid=%s\n\n"
            "Convite do Google Calendar: https://calendar.google.com/calendar/\n\n"
            "Está a receber este email porque é um convidado do evento. Para deixar de receber "
            "atualizações deste evento, recuse-o.\n\nReencaminhar este convite pode permitir que "
            "qualquer destinatário envie uma resposta ao organizador, seja adicionado à lista de "
            "convidados ou modifique a sua resposta.\n" % (guest_lines, eid, desc, OWNER, base, base, base, eid))
    def h(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    html = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div itemscope itemtype="http://schema.org/Event"><meta itemprop="eventStatus" '
            'content="http://schema.org/EventScheduled"/>\n<p style="color:#3c4043">%s</p>\n'
            '<h2 itemprop="name" style="font-size:20px;color:#3c4043">%s</h2>\n'
            '<table cellpadding="0" cellspacing="0"><tr><td style="color:#70757a;width:90px">Quando</td>'
            '<td>%s</td></tr>\n<tr><td style="color:#70757a">Local</td><td>%s</td></tr>\n'
            '<tr><td style="color:#70757a">Convidados</td><td>%s</td></tr></table>\n'
            '%s<div style="margin-top:16px">%s</div>\n'
            '<p><a href="%s&amp;rst=1">Sim</a> | <a href="%s&amp;rst=2">Não</a> | <a href="%s&amp;rst=3">Talvez</a></p>\n'
            '<p style="color:#70757a;font-size:12px">Convite do <a href="https://calendar.google.com/calendar/">Google Calendar</a>'
            '</p></div></body></html>\n') % (
        h(headline), h(summary), h(when_txt), h(location or ""), h(guest_lines),
        ('<p><a href="%s">Participar com o Google Meet</a></p>\n' % meet_url) if meet else "",
        h(desc), base.replace("&", "&amp;"), base.replace("&", "&amp;"), base.replace("&", "&amp;"))
    body = multi("mixed",
                 multi("alternative", leaf("text/plain", txt, "qp"), leaf("text/html", html, "qp"),
                       leaf("text/calendar", ics, "b64", params="; method=REQUEST")),
                 leaf("application/ics", ics, "b64", filename="invite.ics", disp="attachment"))
    subject = "%s: %s - %s (%s)" % (prefix, summary, subj_when, OWNER)
    return eml(org, to or [ME], subject, sent, msgid("gcal", seed), body, reply_to=org, style="google",
               sender=("Google Calendar", "calendar-notification@google.com"),
               relay=("mail-sor-f41.google.com", "209.85.220.41"))


# ---------------------------------------------------------------- Exchange / Teams invitation
def teams_block(seed, lang="pt"):
    mid = "19%3ameeting_" + base64.b64encode(bytes.fromhex(hx("teams", seed, n=48))).decode().replace("/", "x").replace("+", "Q").rstrip("=") + "%40thread.v2"
    url = "https://teams.microsoft.com/l/meetup-join/%s/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%7d" % (mid, hx("tid", seed, n=32))
    num = digits("tm", seed, n=12)
    code = hx("pc", seed, n=6)
    sep = "_" * 80
    if lang == "en":
        return ("%s\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                "Click here to join the meeting<%s>\nMeeting ID: %s %s %s %s\nPasscode: %s\n%s"
                % (sep, url, num[:3], num[3:6], num[6:9], num[9:], code, sep))
    return ("%s\nReunião do Microsoft Teams\nParticipe a partir do computador, da aplicação móvel ou do dispositivo da sala\n"
            "Clique aqui para participar na reunião<%s>\nID da Reunião: %s %s %s %s\nCódigo de acesso: %s\n%s"
            % (sep, url, num[:3], num[3:6], num[6:9], num[9:], code, sep))


def outlook_invite(seed, org, attendees, start, end, wtz, quando, summary, desc, location, uid, seq, sent,
                   subject=None, lang="pt", teams=True, created=None, optional=()):
    tb = teams_block(seed, lang) if teams else ""
    where = ("Where: " if lang == "en" else "Onde: ") + location
    txt = "%s\n%s\n\n*~*~*~*~*~*~*~*~*~*\n\n%s\n\n%s\n" % (quando, where, desc, tb)
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ[wtz] + [
        "BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % org]
    for a in attendees:
        lines.append(att(a))
    for a in optional:
        lines.append(att(a, role="OPT-PARTICIPANT"))
    lines += ["DESCRIPTION;LANGUAGE=%s:%s" % ("en-ZA" if lang == "en" else "pt-PT", esc(txt)),
              "UID:" + uid, "SUMMARY;LANGUAGE=%s:%s" % ("en-ZA" if lang == "en" else "pt-PT", esc(summary))]
    lines += ev_times(start, end, wtz)
    lines += ["CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + zt(sent), "TRANSP:OPAQUE", "STATUS:CONFIRMED",
              "SEQUENCE:%d" % seq, "LOCATION;LANGUAGE=%s:%s" % ("en-ZA" if lang == "en" else "pt-PT", esc(location)),
              "X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % seq, "X-MICROSOFT-CDO-OWNERAPPTID:" + digits("oid", seed, n=10),
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              "X-MICROSOFT-LOCATIONDISPLAYNAME:" + esc(location),
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    ics = vcal(lines)
    html = html_of(txt, "Aptos,Calibri,sans-serif")
    body = multi("alternative", leaf("text/plain", txt, "qp"), leaf("text/html", html, "qp"),
                 leaf("text/calendar", ics, "b64", params="; method=REQUEST"))
    mid = msgid("outlook", seed)
    subj = subject or summary
    extra = ["Thread-Topic: " + hdr(summary),
             "Thread-Index: " + base64.b64encode(bytes.fromhex(hx("ti", seed, n=44))).decode(),
             "Accept-Language: %s" % ("en-ZA, en-US" if lang == "en" else "pt-PT, en-US"),
             "Content-Language: %s" % ("en-ZA" if lang == "en" else "pt-PT"),
             "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
             "Content-class: urn:content-classes:calendarmessage",
             "x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAA" + hx("si", uid, n=24),
             "x-ms-publictraffictype: Email"]
    return eml(org, attendees + list(optional), subj, sent, mid, body, extra=extra, style="outlook",
               relay=("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.%d" % (int(hx("ip", seed, n=2), 16) % 200 + 20)))


def ex_uid(seed):
    return ("040000008200E00074C5B7101A82E00800000000" + hx("uidA", seed, n=16).upper() +
            "000000000000000010000000" + hx("uidB", seed, n=32).upper())


# ---------------------------------------------------------------- labels
def iso(d):
    return d.isoformat() if d is not None else None


def IV(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def LABEL(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ---------------------------------------------------------------- people and companies
STBM = "STBM – Sociedade de Terminais da Baía de Maputo, SA"
STBM_CO = "Sociedade de Terminais da Baía de Maputo"
STBM_ROLE = "Especialista Sénior de Procurement"
CELIA = ("Célia Mondlane", "celia.mondlane@stbm.example")
TOMAS = ("Tomás Nhantumbo", "tomas.nhantumbo@stbm.example")
SONIA = ("Sónia Cumbe", "sonia.cumbe@stbm.example")
BILA = ("Augusto Bila", "augusto.bila@stbm.example")
STBM_RECRUT = ("Recrutamento STBM", "recrutamento@stbm.example")

ROVUMA_CO = "Rovuma Offshore Services"
ROVUMA_ROLE = "Procurement Lead – Contratos e Subcontratação"
NADIA = ("Nádia Abdul", "nadia.abdul@rovumaoffshore.example")
HELDER = ("Hélder Muianga", "helder.muianga@rovumaoffshore.example")
JOANA = ("Joana Langa", "joana.langa@rovumaoffshore.example")
FAIZAL = ("Faizal Ismael", "faizal.ismael@rovumaoffshore.example")

KG_CO = "Kgotla Platinum Mining"
KG_ROLE = "Senior Procurement Specialist – Mozambique Corridor"
KG_WD = ("Kgotla Platinum Mining", "kgotla@myworkday.com")
THANDIWE = ("Thandiwe Mokoena", "thandiwe.mokoena@kgotlaplatinum.example")
PIETER = ("Pieter van der Merwe", "pieter.vandermerwe@kgotlaplatinum.example")

TEJO_CO = "Tejo & Associados Consultores"
TEJO_ROLE = "Consultora Sénior de Procurement Público"
INES = ("Inês Carvalho", "ines.carvalho@tejoconsultores.example")
RUI = ("Rui Valente", "rui.valente@tejoconsultores.example")
MIGUEL = ("Miguel Sarmento", "miguel.sarmento@tejoconsultores.example")

IPE_CO = "Ipê Engenharia"
IPE_ROLE = "Especialista de Suprimentos – Projetos África"
MARIANA = ("Mariana Figueiredo", "mariana.figueiredo@ipeengenharia.example")
RICARDO = ("Ricardo Amaral", "ricardo.amaral@ipeengenharia.example")

CHV_CO = "Chiveve Logística"
CHV_ROLE = "Gestora de Compras e Aprovisionamento"
DERCIO = ("Dércio Manhique", "dercio.manhique@chivevelogistica.example")
ALBERTINA = ("Albertina Muchanga", "albertina.muchanga@chivevelogistica.example")
SALOMAO = ("Salomão Tembe", "salomao.tembe@chivevelogistica.example")

MZAGRO = "Moçambique Agro-Indústria, SA"
FELIX = ("Félix Chambal", "felix.chambal@mzagro.example")
GLORIA = ("Glória Massingue", "gloria.massingue@mzagro.example")


# =============================================================================== cases
@case
def c01():
    d1 = T(MZ, 2026, 10, 5, 9, 12, wd="Monday", off=2)
    d2 = T(MZ, 2026, 10, 5, 9, 47, wd="Monday", off=2)
    subj = "Candidatura – Especialista Sénior de Procurement (Ref. STBM/PROC/2026/17)"
    t1 = """Exma. Senhora
Lurdes Macuácua,

Agradecemos o interesse manifestado na vaga de Especialista Sénior de Procurement (Ref. STBM/PROC/2026/17).

Após a análise curricular, o seu perfil foi seleccionado para a fase seguinte do processo. Gostaríamos de realizar uma breve entrevista telefónica consigo amanhã às 14h (hora de Maputo), com a duração de cerca de 30 minutos. Serei eu a ligar, para o número 84 312 7709 que consta do seu CV.

Caso o horário não lhe seja conveniente, agradecemos que nos indique uma alternativa ainda hoje.

Com os melhores cumprimentos,

Célia Mondlane
Técnica de Recrutamento e Selecção
Direcção de Recursos Humanos
STBM – Sociedade de Terminais da Baía de Maputo, SA
Av. Zedequias Manganhela, Porto de Maputo
Tel.: +258 21 32 4410
"""
    t2 = """Bom dia, Dra. Célia,

Muito obrigada pelo contacto e pela oportunidade.

Confirmo a minha disponibilidade para amanhã às 14h. Estarei a aguardar a sua chamada no 84 312 7709.

Com os melhores cumprimentos,
Lurdes Macuácua""" + quote(t1, "Célia Mondlane <celia.mondlane@stbm.example>", "Em seg., 5/10/2026 às 09:12")
    m1 = msgid("stbm.example", "c01", "1")
    m2 = msgid("gmail", "c01", "2")
    items = [
        ("01-stbm-entrevista-telefonica.eml",
         eml(CELIA, [ME], subj, d1, m1, plain_mail(t1), relay=("mail.stbm.example", "196.3.97.14"))),
        ("02-re-confirmo-amanha.eml",
         eml(ME, [CELIA], "RE: " + subj, d2, m2, plain_mail(t2), irt=m1, refs=[m1], style="gmail")),
    ]
    lab = LABEL([IV(STBM_CO, STBM_ROLE, T(MZ, 2026, 10, 6, 14, 0, wd="Tuesday"), T(MZ, 2026, 10, 6, 14, 30),
                    "scheduled", [CELIA[1]], [CELIA[1]], "phone_screen")],
                "medium", "positive/email-body-only-relative-date",
                "Recruiter proposes a phone interview 'amanhã às 14h' in a mail dated Monday 5 Oct (+0200); "
                "owner confirms. Resolved to Tuesday 6 Oct 14:00 CAT, ~30 min. Recruiter makes the call.")
    return "b343-01-stbm-triagem-telefonica-amanha", items, lab


@case
def c02():
    d = T(MZ, 2026, 10, 7, 6, 0, wd="Wednesday", off=2)
    frm = ("Vagas Moçambique – Boletim", "boletim@vagasmoz.example")
    subj = "Boletim semanal n.º 41: 27 vagas em Procurement e Logística + como preparar a entrevista de painel"
    txt = """VAGAS MOÇAMBIQUE – BOLETIM SEMANAL N.º 41
Quarta-feira, 7 de Outubro de 2026

Olá Lurdes,

Estas são as vagas desta semana que correspondem ao seu alerta "procurement, compras, aprovisionamento – Maputo, Beira, Cabo Delgado".

• Especialista de Procurement – Terminal de Granéis, Matola (prazo: 16/10)
• Comprador(a) Sénior – Distribuidora de combustíveis, Beira (prazo: 20/10)
• Contract & Procurement Officer – Projecto de GNL, Pemba/Afungi (prazo: 23/10)
• Técnico(a) de Aprovisionamento – ONG internacional, Nampula (prazo: 19/10)
• Supply Chain Analyst – Mineradora, Tete (prazo: 30/10)

Ver as 27 vagas: https://vagasmoz.example/alertas/8812?utm_source=boletim41

DICA DA SEMANA: a entrevista de painel
Num painel de entrevista, três ou quatro pessoas fazem perguntas à vez. Prepare exemplos concretos (concursos que conduziu, poupanças negociadas, fornecedores que qualificou) e cumprimente cada membro do júri pelo nome.

WEBINAR GRATUITO
"Como responder às perguntas técnicas numa entrevista de procurement"
Quinta-feira, 15 de Outubro, 18h00 (CAT)
Inscrição: https://vagasmoz.example/webinar/15-10

Recebe este boletim porque subscreveu alertas em vagasmoz.example.
Cancelar subscrição: https://vagasmoz.example/u/8812
Vagas Moçambique, Av. Julius Nyerere 1210, Maputo
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f2f4f5"><table width="600" align="center" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="background:#0b6e4f;color:#fff;padding:16px"><b>VAGAS MOÇAMBIQUE</b> · Boletim semanal n.º 41 · Quarta-feira, 7 de Outubro de 2026</td></tr>
<tr><td style="padding:16px"><p>Olá Lurdes,</p><p>Estas são as vagas desta semana que correspondem ao seu alerta <i>procurement, compras, aprovisionamento – Maputo, Beira, Cabo Delgado</i>.</p>
<ul><li><a href="https://vagasmoz.example/v/40121">Especialista de Procurement – Terminal de Granéis, Matola</a> (prazo: 16/10)</li>
<li><a href="https://vagasmoz.example/v/40133">Comprador(a) Sénior – Distribuidora de combustíveis, Beira</a> (prazo: 20/10)</li>
<li><a href="https://vagasmoz.example/v/40140">Contract &amp; Procurement Officer – Projecto de GNL, Pemba/Afungi</a> (prazo: 23/10)</li>
<li><a href="https://vagasmoz.example/v/40152">Técnico(a) de Aprovisionamento – ONG internacional, Nampula</a> (prazo: 19/10)</li>
<li><a href="https://vagasmoz.example/v/40160">Supply Chain Analyst – Mineradora, Tete</a> (prazo: 30/10)</li></ul>
<p><a href="https://vagasmoz.example/alertas/8812?utm_source=boletim41">Ver as 27 vagas</a></p>
<h3>Dica da semana: a entrevista de painel</h3><p>Num painel de entrevista, três ou quatro pessoas fazem perguntas à vez. Prepare exemplos concretos (concursos que conduziu, poupanças negociadas, fornecedores que qualificou) e cumprimente cada membro do júri pelo nome.</p>
<h3>Webinar gratuito</h3><p>"Como responder às perguntas técnicas numa entrevista de procurement"<br>Quinta-feira, 15 de Outubro, 18h00 (CAT) · <a href="https://vagasmoz.example/webinar/15-10">Inscrição</a></p>
</td></tr><tr><td style="font-size:11px;color:#777;padding:16px">Recebe este boletim porque subscreveu alertas em vagasmoz.example. <a href="https://vagasmoz.example/u/8812">Cancelar subscrição</a><br>Vagas Moçambique, Av. Julius Nyerere 1210, Maputo</td></tr></table></body></html>
"""
    body = multi("alternative", leaf("text/plain", txt, "qp"), leaf("text/html", html, "b64"))
    items = [("01-boletim-vagas-41.eml",
              eml(frm, [ME], subj, d, msgid("mailer.vagasmoz.example", "c02"), body,
                  extra=["List-Unsubscribe: <https://vagasmoz.example/u/8812>", "Precedence: bulk"],
                  relay=("mta7.vagasmoz.example", "102.130.14.7")))]
    lab = LABEL([], "easy", "negative/newsletter",
                "Weekly job newsletter with listings, panel-interview tips and a webinar date; no interview.")
    return "b343-02-boletim-vagas-newsletter", items, lab


@case
def c03():
    d = T(MZ, 2026, 10, 7, 16, 40, wd="Wednesday", off=2)
    s = T(MZ, 2026, 10, 9, 9, 0, wd="Friday")
    e = T(MZ, 2026, 10, 9, 11, 0)
    subj = "Convocatória – Prova Escrita – Especialista Sénior de Procurement (STBM/PROC/2026/17)"
    txt = """Exma. Senhora Lurdes Macuácua,

No âmbito do concurso para o preenchimento da vaga de Especialista Sénior de Procurement (Ref. STBM/PROC/2026/17), vimos por este meio convocar V. Excia para a prova escrita, que terá lugar na Sexta-feira, 9 de Outubro de 2026, pelas 9h00, na Sala de Formação do Edifício Sede da STBM (Porto de Maputo, portão 3).

A prova tem a duração de 2 (duas) horas e incide sobre:
- Lei e Regulamento de Contratação Pública (Decreto n.º 79/2022);
- elaboração de cadernos de encargos e avaliação de propostas;
- gestão de contratos e de fornecedores.

Não é permitida a consulta de legislação nem o uso de telemóvel. Deve fazer-se acompanhar do Bilhete de Identidade e de esferográfica azul ou preta. Solicitamos que compareça com 20 minutos de antecedência.

Os candidatos aprovados na prova escrita serão posteriormente convocados para a fase de entrevista.

Anexamos um lembrete para o seu calendário.

Com os melhores cumprimentos,

Direcção de Recursos Humanos
STBM – Sociedade de Terminais da Baía de Maputo, SA
Para esclarecimentos: Célia Mondlane (celia.mondlane@stbm.example)
"""
    ics = vcal(["BEGIN:VCALENDAR", "PRODID:-//STBM//Recrutamento 3.2//PT", "VERSION:2.0", "METHOD:REQUEST"]
               + VTZ["Africa/Maputo"] + ["BEGIN:VEVENT", "UID:prova-" + hx("c03uid", n=20) + "@stbm.example",
               "DTSTAMP:" + zt(d)] + ev_times(s, e, "Africa/Maputo") + [
               "SUMMARY:" + esc("STBM – Prova Escrita (Especialista Sénior de Procurement)"),
               "LOCATION:" + esc("Sala de Formação, Edifício Sede STBM, Porto de Maputo (portão 3)"),
               "DESCRIPTION:" + esc("Prova escrita de conhecimentos – duração 2 horas. Trazer BI."),
               "ORGANIZER;CN=Recrutamento STBM:mailto:recrutamento@stbm.example", att(ME),
               "STATUS:CONFIRMED", "SEQUENCE:0", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", alt_mail(txt), leaf("text/calendar", ics, "b64", params="; method=REQUEST",
                                              filename="prova-escrita.ics", disp="attachment"))
    items = [("01-convocatoria-prova-escrita.eml",
              eml(STBM_RECRUT, [ME], subj, d, msgid("stbm.example", "c03"), body, reply_to=CELIA,
                  relay=("mail.stbm.example", "196.3.97.14")))]
    lab = LABEL([], "hard", "negative/written-test",
                "Summons to a 2-hour written test (prova escrita) with an attached .ics; a written exam is not an "
                "interview. The mail says interviews come later.")
    return "b343-03-stbm-prova-escrita", items, lab


@case
def c04():
    d1 = T(MZ, 2026, 10, 12, 8, 5, wd="Monday", off=2)
    d2 = T(MZ, 2026, 10, 12, 9, 31, wd="Monday", off=2)
    d3 = T(MZ, 2026, 10, 12, 10, 2, wd="Monday", off=2)
    subj = "Convite para Entrevista Técnica – Especialista Sénior de Procurement"
    t1 = """Exma. Senhora
Lurdes Macuácua
Maputo

Assunto: Convite para Entrevista Técnica – Ref. STBM/PROC/2026/17

Tendo V. Excia sido aprovada na prova escrita realizada no passado dia 9, convidamos V. Excia a comparecer a uma entrevista técnica no dia 14 de Outubro de 2026 (Quarta-feira), pelas 10h00, na Sala de Reuniões do 2.º andar do Edifício Sede da STBM, Porto de Maputo.

A entrevista será conduzida pelo Chefe do Departamento de Procurement, Eng. Tomás Nhantumbo (em cópia), e terá a duração aproximada de 60 minutos. Recomendamos que traga exemplos de processos de aquisição que tenha conduzido, com especial atenção a contratos de manutenção portuária e a concursos internacionais.

Queira confirmar a sua presença até amanhã, respondendo a esta mensagem.

Com os melhores cumprimentos,

Célia Mondlane
Técnica de Recrutamento e Selecção
Direcção de Recursos Humanos
STBM – Sociedade de Terminais da Baía de Maputo, SA
"""
    t2 = """Exma. Dra. Célia Mondlane,

Acuso a recepção do convite e confirmo a minha presença na entrevista técnica de Quarta-feira, 14 de Outubro, às 10h00.

Agradeço desde já a oportunidade.

Com os melhores cumprimentos,
Lurdes Macuácua
+258 84 312 7709""" + quote(t1, "Célia Mondlane <celia.mondlane@stbm.example>", "Em seg., 12/10/2026 às 08:05")
    t3 = """Cara Lurdes,

Obrigada pela confirmação. No dia, por favor apresente-se na portaria principal (portão 3) com o Bilhete de Identidade; o segurança tem o seu nome na lista de visitantes e irá acompanhá-la ao 2.º andar.

Com os melhores cumprimentos,
Célia Mondlane
DRH – STBM""" + quote(t2, "Lurdes Macuácua <lurdes.macuacua@example.com>", "Em seg., 12/10/2026 às 09:31")
    m1 = msgid("stbm.example", "c04", "1")
    m2 = msgid("gmail", "c04", "2")
    m3 = msgid("stbm.example", "c04", "3")
    items = [
        ("01-convite-entrevista-tecnica.eml",
         eml(CELIA, [ME], subj, d1, m1, alt_mail(t1, font="Times New Roman,serif"), cc=[TOMAS],
             relay=("mail.stbm.example", "196.3.97.14"))),
        ("02-re-confirmo-presenca.eml",
         eml(ME, [CELIA], "RE: " + subj, d2, m2, plain_mail(t2), cc=[TOMAS], irt=m1, refs=[m1], style="gmail")),
        ("03-re-instrucoes-portaria.eml",
         eml(CELIA, [ME], "RE: " + subj, d3, m3, plain_mail(t3), irt=m2, refs=[m1, m2],
             relay=("mail.stbm.example", "196.3.97.14"))),
    ]
    lab = LABEL([IV(STBM_CO, STBM_ROLE, T(MZ, 2026, 10, 14, 10, 0, wd="Wednesday"), T(MZ, 2026, 10, 14, 11, 0),
                    "scheduled", [TOMAS[1]], [TOMAS[1]], "technical")],
                "easy", "positive/formal-letter-thread",
                "Formal Mozambican invitation letter ('Convidamos V. Excia a comparecer a uma entrevista') for "
                "14 Oct 2026 10h00, ~60 min, conducted by the procurement head (Cc); owner confirms; practical follow-up.")
    return "b343-04-stbm-entrevista-tecnica-carta", items, lab


@case
def c05():
    d = T(UTC, 2026, 10, 13, 17, 22, wd="Tuesday")
    s = T(MZ, 2026, 10, 15, 12, 0, wd="Thursday", off=2)
    e = T(MZ, 2026, 10, 15, 12, 30)
    assert s.astimezone(LIS).hour == 11 and s.astimezone(LIS).utcoffset() == timedelta(hours=1)
    frm = ("Calendly", "notifications@calendly.com")
    ev = "Conversa inicial – Tejo & Associados (30 min)"
    subj = "Confirmado: %s com Inês Carvalho em quinta-feira, 15 de outubro de 2026" % ev
    token = hx("c05tok", n=20)
    txt = """Olá Lurdes Macuácua,

O seu evento %s com Inês Carvalho está agendado.

Evento:
%s

Data/hora do evento:
12:00 - 12:30, quinta-feira, 15 de outubro de 2026 (Hora da África Central)

Local:
Google Meet. Os detalhes da chamada estão no convite do calendário.

Descrição:
Primeira conversa sobre a função de Consultora Sénior de Procurement Público. A Inês trabalha a partir de Lisboa.

Respostas do convidado:
Número de telefone para contacto: +258 84 312 7709
Há algo que devamos saber antes da conversa? Estou em Maputo (CAT, UTC+2).

Precisa de fazer alterações a este evento?
Cancelar: https://calendly.com/cancellations/%s
Reagendar: https://calendly.com/reschedulings/%s

Desenvolvido por Calendly.com
""" % (ev, ev, token, token)
    ics = vcal(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly Scheduling//EN", "METHOD:REQUEST",
                "BEGIN:VEVENT", "UID:" + hx("c05uid", n=32) + "@calendly.com", "DTSTAMP:" + zt(d)]
               + ev_times(s, e, None) + ["SUMMARY:" + esc("%s com Lurdes Macuácua" % ev),
                "DESCRIPTION:" + esc("Evento agendado por Lurdes Macuácua.\nPrimeira conversa sobre a função de Consultora Sénior de Procurement Público.\nGoogle Meet: https://meet.google.com/pqe-xkmw-rta"),
                "LOCATION:https://meet.google.com/pqe-xkmw-rta", "ORGANIZER;CN=Inês Carvalho:mailto:" + INES[1],
                att(ME, partstat="ACCEPTED", rsvp=False), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
                "END:VCALENDAR"])
    html = html_of(txt, "Helvetica,Arial,sans-serif")
    body = multi("mixed", multi("alternative", leaf("text/plain", txt, "qp"), leaf("text/html", html, "b64")),
                 leaf("text/calendar", ics, "b64", params="; method=REQUEST", filename="invite.ics", disp="attachment"))
    items = [("01-calendly-confirmado.eml",
              eml(frm, [ME], subj, d, msgid("calendly.com", "c05"), body, reply_to=INES,
                  relay=("o1.email.calendly.com", "167.89.8.112")))]
    lab = LABEL([IV(TEJO_CO, TEJO_ROLE, s, e, "scheduled", [INES[1]], [INES[1]], "phone_screen")],
                "medium", "positive/calendly",
                "Calendly booking confirmation, shown in the invitee's zone (12:00 CAT = 11:00 Lisbon WEST, "
                "before the Oct 25 change); .ics in UTC. Host Inês Carvalho is the interviewer; sender is notifications@calendly.com.")
    return "b343-05-tejo-calendly-conversa-inicial", items, lab


@case
def c06():
    d = T(MZ, 2026, 10, 13, 15, 20, wd="Tuesday", off=2)
    subj = "Rovuma Offshore Services – Procurement Lead (Contratos) – conversa telefónica"
    txt = """Cara Lurdes,

Espero que esteja bem. Chamo-me Nádia Abdul e sou responsável pelo recrutamento da Rovuma Offshore Services, empresa contratada para a construção e manutenção das infra-estruturas de apoio ao projecto de gás em Cabo Delgado. A nossa base fica em Pemba, com frente de obra em Afungi.

Analisámos a sua candidatura para a posição de Procurement Lead – Contratos e Subcontratação e gostaria de ter uma primeira conversa consigo por telefone. Marquei para Sexta-feira, 16 de Outubro, às 8h30 (hora de Maputo); serão cerca de 30 minutos, eu própria ligo para o seu número.

Temas da conversa:
• o seu percurso em contratação pública e privada;
• experiência com subcontratados locais e requisitos de conteúdo local;
• disponibilidade para rotação 28/28 em Pemba/Afungi.

Se o horário não for possível, diga-me qual prefere e eu ajusto.

Com os melhores cumprimentos,
Nádia Abdul
Talent Acquisition Partner
Rovuma Offshore Services, Lda – Pemba
+258 86 440 2291
"""
    items = [("01-rovuma-conversa-telefonica.eml",
              eml(NADIA, [ME], subj, d, msgid("rovumaoffshore.example", "c06"),
                  alt_mail(txt, enc_plain="qp", enc_html="b64", font="Segoe UI,sans-serif"),
                  relay=("smtp.rovumaoffshore.example", "41.220.164.9")))]
    lab = LABEL([IV(ROVUMA_CO, ROVUMA_ROLE, T(MZ, 2026, 10, 16, 8, 30, wd="Friday"), T(MZ, 2026, 10, 16, 9, 0),
                    "scheduled", [NADIA[1]], [NADIA[1]], "phone_screen")],
                "easy", "positive/email-body-only",
                "Recruiter books a ~30 min phone screen for Friday 16 Oct 8h30 'hora de Maputo'; she calls herself. "
                "HTML part base64.")
    return "b343-06-rovuma-conversa-telefonica", items, lab


@case
def c07():
    d1 = T(JNB, 2026, 10, 14, 11, 2, wd="Wednesday", off=2)
    d2 = T(JNB, 2026, 10, 20, 8, 41, wd="Tuesday", off=2)
    s1, e1 = T(JNB, 2026, 10, 19, 15, 0, wd="Monday"), T(JNB, 2026, 10, 19, 16, 0)
    s2, e2 = T(JNB, 2026, 10, 29, 10, 0, wd="Thursday"), T(JNB, 2026, 10, 29, 10, 45)
    subj1 = "Interview Scheduled – Senior Procurement Specialist – Mozambique Corridor (R-20418)"
    t1 = """Dear Lurdes,

Your interview for Senior Procurement Specialist – Mozambique Corridor (R-20418) at Kgotla Platinum Mining has been scheduled.

Date: Monday, 19 October 2026
Time: 15:00 – 16:00 (GMT+02:00) South Africa Standard Time
Format: Technical interview – Microsoft Teams
Interviewer: Thandiwe Mokoena, Procurement Manager

A calendar file is attached to this message. To review your application, or to let us know if you need any accommodation for the interview, sign in to your candidate home:
https://wd3.myworkday.com/kgotla/d/home.htmld

Kind regards,
Talent Acquisition
Kgotla Platinum Mining (Pty) Ltd

This is a system-generated message from Workday. Replies to this address are not monitored.
"""
    ics1 = vcal(["BEGIN:VCALENDAR", "PRODID:-//Workday//Recruiting Interview//EN", "VERSION:2.0", "METHOD:REQUEST"]
                + VTZ["Africa/Johannesburg"] + ["BEGIN:VEVENT", "UID:WD-INT-" + hx("c07u1", n=24).upper() + "@myworkday.com",
                "DTSTAMP:" + zt(d1)] + ev_times(s1, e1, "Africa/Johannesburg") + [
                "SUMMARY:" + esc("Interview: Lurdes Macuácua – Senior Procurement Specialist (R-20418)"),
                "DESCRIPTION:" + esc("Technical interview with Thandiwe Mokoena (Procurement Manager). Teams link to follow from the interviewer."),
                "LOCATION:Microsoft Teams", "ORGANIZER;CN=Kgotla Platinum Mining:mailto:kgotla@myworkday.com",
                att(ME), att(THANDIWE), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    body1 = multi("mixed", alt_mail(t1, font="Helvetica,Arial,sans-serif"),
                  leaf("text/calendar", ics1, "b64", params="; method=REQUEST", filename="Interview.ics", disp="attachment"))
    t2 = """Hi Lurdes,

Thank you for yesterday afternoon – the team enjoyed your take on the Ressano Garcia border delays and how you would split the rail-versus-road haulage tender.

We would like you to meet Pieter van der Merwe, our GM: Supply Chain, as the next step. He has set aside 45 minutes on Thursday 29 October at 10:00 SAST (the same clock as Maputo), on Teams. I've copied Pieter here and will send the calendar hold separately.

Shout if that slot doesn't work for you.

Regards,
Thandiwe Mokoena
Procurement Manager | Kgotla Platinum Mining (Pty) Ltd
1 Rivonia Office Park, Sandton, Johannesburg
+27 11 555 0142
"""
    ics3 = vcal(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
                + VTZ["South Africa Standard Time"] + ["BEGIN:VEVENT", "ORGANIZER;CN=Thandiwe Mokoena:mailto:" + THANDIWE[1],
                att(PIETER), att(ME),
                "DESCRIPTION;LANGUAGE=en-ZA:" + esc("Interview – Lurdes Macuácua with Pieter van der Merwe (GM: Supply Chain), 45 min.\nTeams link below.\n\n" + teams_block("c07-3", "en")),
                "UID:" + ex_uid("c07-3"), "SUMMARY;LANGUAGE=en-ZA:" + esc("Kgotla Platinum – Interview: Lurdes Macuácua / GM Supply Chain")]
                + ev_times(s2, e2, "South Africa Standard Time") + ["CLASS:PUBLIC", "PRIORITY:5",
                "DTSTAMP:" + zt(T(JNB, 2026, 10, 20, 9, 15)), "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
                "LOCATION;LANGUAGE=en-ZA:Microsoft Teams Meeting", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
                "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
                "END:VEVENT", "END:VCALENDAR"])
    m2 = msgid("kgotlaplatinum.example", "c07", "2")
    items = [
        ("01-workday-interview-scheduled.eml",
         eml(KG_WD, [ME], subj1, d1, msgid("myworkday.com", "c07", "1"), body1,
             relay=("mta-108.myworkday.com", "198.51.100.108"))),
        ("02-next-step-gm-supply-chain.eml",
         eml(THANDIWE, [ME], "Next step – conversation with our GM: Supply Chain", d2, m2, plain_mail(t2),
             cc=[PIETER], relay=("mail.kgotlaplatinum.example", "196.22.132.40"))),
        ("03-gm-supply-chain-interview.ics", ics3.encode("utf-8")),
    ]
    lab = LABEL([IV(KG_CO, KG_ROLE, s1, e1, "scheduled", [THANDIWE[1]], [THANDIWE[1]], "technical"),
                 IV(KG_CO, KG_ROLE, s2, e2, "scheduled", [PIETER[1]], [PIETER[1]], "hiring_manager")],
                "medium", "positive/two-interviews",
                "Johannesburg firm, English. Workday confirmation with .ics (19 Oct 15:00 SAST, Thandiwe Mokoena), then "
                "a mail and a standalone Outlook .ics (South Africa Standard Time) for 29 Oct 10:00-10:45 with the GM. "
                "SAST = CAT clock. Thandiwe only schedules the second one.")
    return "b343-07-kgotla-duas-entrevistas", items, lab


@case
def c08():
    d1 = T(LIS, 2026, 10, 16, 10, 30, wd="Friday", off=1)
    d2 = T(LIS, 2026, 10, 19, 9, 5, wd="Monday", off=1)
    d3 = T(MZ, 2026, 10, 19, 10, 48, wd="Monday", off=2)
    d4 = T(LIS, 2026, 10, 19, 10, 2, wd="Monday", off=1)
    assert d2 < d3 < d4
    s0, e0 = T(LIS, 2026, 10, 22, 15, 0, wd="Thursday", off=1), T(LIS, 2026, 10, 22, 16, 0)
    s1, e1 = T(LIS, 2026, 10, 27, 15, 0, wd="Tuesday", off=0), T(LIS, 2026, 10, 27, 16, 0)
    assert s0.astimezone(MZ).hour == 16 and s1.astimezone(MZ).hour == 17
    uid = ex_uid("c08")
    summary = "Entrevista – Consultora Sénior de Procurement Público (Lurdes Macuácua)"
    desc = """Cara Lurdes,

Conforme falámos na conversa inicial, segue o convite para a entrevista com o Rui Valente, Manager da área de Compras Públicas, que coordena os nossos projectos em Moçambique e Angola. A conversa dura cerca de uma hora e será por Teams; eu não estarei presente.

Qualquer questão, estou ao dispor.

Inês Carvalho
Talent Acquisition Lead | Tejo & Associados Consultores
Av. da Liberdade 190, 1250-147 Lisboa"""
    lbl = "(UTC+00:00) Dublin, Edimburgo, Lisboa, Londres"
    inv1 = outlook_invite("c08-1", INES, [RUI, ME], s0, e0, "GMT Standard Time",
                          "Quando: quinta-feira, 22 de outubro de 2026 15:00-16:00 %s." % lbl, summary, desc,
                          "Reunião do Microsoft Teams", uid, 0, d1)
    t2 = """Cara Lurdes,

Peço desculpa pelo incómodo: o Rui terá de estar num cliente em Coimbra na quinta-feira e não conseguirá fazer a entrevista.

A entrevista fica reagendada para terça-feira, 27 de outubro, às 15h00 (hora de Lisboa), mantendo-se a duração de uma hora e o mesmo link de Teams. Vou já atualizar o convite no calendário.

Recordo que no domingo, 25, Portugal passa para a hora de inverno.

Com os melhores cumprimentos,
Inês Carvalho
Talent Acquisition Lead | Tejo & Associados Consultores
"""
    t3 = """Cara Inês,

Não há problema. Confirmo a entrevista reagendada para terça-feira, 27 de Outubro, às 15h00 de Lisboa, que serão 17h00 aqui em Maputo, já com a mudança de hora.

Com os melhores cumprimentos,
Lurdes Macuácua""" + quote(t2, "Inês Carvalho <ines.carvalho@tejoconsultores.example>", "Em seg., 19/10/2026 às 09:05")
    m2 = msgid("outlook", "c08-2")
    m3 = msgid("gmail", "c08-3")
    inv2 = outlook_invite("c08-4", INES, [RUI, ME], s1, e1, "GMT Standard Time",
                          "Quando: terça-feira, 27 de outubro de 2026 15:00-16:00 %s." % lbl, summary, desc,
                          "Reunião do Microsoft Teams", uid, 1, d4)
    items = [
        ("01-convite-entrevista-rui-valente.eml", inv1),
        ("02-entrevista-reagendada.eml",
         eml(INES, [ME], "Entrevista reagendada – terça-feira, 27 de outubro", d2, m2, alt_mail(t2, font="Calibri,sans-serif"),
             cc=[RUI], style="outlook", relay=("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.61"))),
        ("03-re-entrevista-reagendada.eml",
         eml(ME, [INES], "Re: Entrevista reagendada – terça-feira, 27 de outubro", d3, m3, plain_mail(t3),
             cc=[RUI], irt=m2, refs=[m2], style="gmail")),
        ("04-convite-atualizado.eml", inv2),
    ]
    lab = LABEL([IV(TEJO_CO, TEJO_ROLE, s1, e1, "scheduled", [RUI[1]], [RUI[1]], "hiring_manager")],
                "hard", "positive/reschedule-across-dst",
                "Outlook invite (GMT Standard Time, label '(UTC+00:00) ... Lisboa') for Thu 22 Oct 15:00 Lisbon "
                "(WEST, 16:00 CAT) is 'reagendada' to Tue 27 Oct 15:00 Lisbon, after Portugal's Oct 25 change: "
                "15:00 WET = 17:00 CAT. Same UID, SEQUENCE 1. Coordinator Inês does not attend.")
    return "b343-08-tejo-reagendada-mudanca-hora", items, lab


@case
def c09():
    sent = T(MZ, 2026, 10, 19, 10, 0, wd="Monday", off=2)
    s, e = T(MZ, 2026, 10, 23, 8, 30, wd="Friday"), T(MZ, 2026, 10, 23, 16, 30)
    org = ("Hélio Matsinhe", "helio.matsinhe@ifcp.example")
    summary = "Curso Gestão de Contratos e Procurement Público – Módulo 3 (Avaliação de Propostas)"
    desc = """Caros formandos,

Confirmamos o Módulo 3 do curso de Gestão de Contratos e Procurement Público, em regime presencial.

Programa:
08h30 – Acolhimento
09h00 – Critérios de avaliação técnica e financeira; preço mais baixo vs. melhor relação qualidade-preço
11h00 – Exercício em grupo: avaliação de propostas de um concurso de fornecimento de combustível
13h00 – Almoço
14h00 – Simulação de uma sessão de negociação e de esclarecimentos com concorrentes
16h30 – Encerramento e entrega de certificados de frequência do módulo

Tragam a legislação anotada e calculadora.

Hélio Matsinhe
Coordenador Pedagógico – IFCP, Instituto de Formação em Compras Públicas"""
    inv = google_invite("c09", org, [org, ME, ("", "formandos.turma7@ifcp.example")], s, e, "Africa/Maputo", summary, desc,
                        "IFCP – Sala 2, Rua da Resistência 1520, Maputo", hx("c09uid", n=26) + "@google.com", 0, sent,
                        "sexta-feira, 23 de outubro de 2026⋅08:30 – 16:30 (Hora da África Central - Maputo)",
                        "sex, 23 de out de 2026 08:30 - 16:30 (CAT)")
    items = [("01-convite-curso-procurement-modulo3.eml", inv)]
    lab = LABEL([], "medium", "negative/training-course",
                "Google Calendar invitation to a full-day procurement training module; calendar invite with "
                "negotiation 'simulação', but a course, not a job interview.")
    return "b343-09-formacao-procurement-ifcp", items, lab


@case
def c10():
    d = T(MZ, 2026, 10, 20, 20, 14, wd="Tuesday", off=2)
    frm = ("Rosita Macuácua", "rosita.macuacua@mail.example")
    subj = "Lobolo da Anchinha – Sábado"
    txt = """Querida Lurdes,

Como combinámos no domingo, o lobolo da Anchinha fica mesmo para Sábado, 24 de Outubro, em casa da avó em Marracuene. Nós, da família, temos de estar lá às 9h00 para arrumar tudo; a família do noivo (os Mabunda) chega às 10h00.

Os tios vão conduzir a conversa com os representantes do noivo e fazer as perguntas do costume antes de se acertar o lobolo, por isso não podemos atrasar. Depois há almoço para todos.

Pedia-te que trouxesses:
- as capulanas que ficaram contigo desde o casamento da Telma;
- duas grades de refresco;
- a tua máquina fotográfica, porque o Nelson vai estar a trabalhar.

Se precisares de boleia, o Zeca sai da Polana Caniço às 7h30.

Beijinhos,
Tia Rosita
"""
    items = [("01-lobolo-anchinha.eml",
              eml(frm, [ME], subj, d, msgid("gmail", "c10"), plain_mail(txt), style="gmail",
                  relay=("mail.example", "102.69.20.33")))]
    lab = LABEL([], "easy", "negative/family-event",
                "Family lobolo ceremony: the uncles 'fazem as perguntas' to the groom's family; a dated personal event, "
                "not a job interview.")
    return "b343-10-lobolo-familia", items, lab


@case
def c11():
    d0 = T(MZ, 2026, 10, 21, 14, 0, wd="Wednesday", off=2)
    sessions = [
        (T(MZ, 2026, 10, 28, 9, 0, wd="Wednesday"), T(MZ, 2026, 10, 28, 9, 45), HELDER,
         "Sessão 1 – Procurement e gestão de contratos", "Hélder Muianga, Procurement Manager"),
        (T(MZ, 2026, 10, 28, 10, 0), T(MZ, 2026, 10, 28, 10, 45), JOANA,
         "Sessão 2 – Conteúdo local e subcontratados", "Joana Langa, Local Content Lead"),
        (T(MZ, 2026, 10, 28, 11, 0), T(MZ, 2026, 10, 28, 12, 0), FAIZAL,
         "Sessão 3 – Director de Projecto", "Eng. Faizal Ismael, Director de Projecto"),
    ]
    for s, e, *_ in sessions:
        assert s.utcoffset() == timedelta(hours=2)
    t0 = """Cara Lurdes,

Obrigada pela conversa de Sexta-feira. Tenho o prazer de informar que passou à fase seguinte: um painel de entrevista na Quarta-feira, 28 de Outubro de 2026, das 9h00 às 12h00 (hora de Maputo).

O painel está dividido em três sessões consecutivas, com 15 minutos de intervalo entre elas:

09h00 – 09h45  Procurement e gestão de contratos – Hélder Muianga (Procurement Manager)
10h00 – 10h45  Conteúdo local e subcontratados – Joana Langa (Local Content Lead)
11h00 – 12h00  Conversa com o Director de Projecto – Eng. Faizal Ismael

Os membros do painel estão em Pemba; como a Lurdes está em Maputo, será tudo por Microsoft Teams. Vai receber três convites separados, um por sessão, com o mesmo link. Eu não participo no painel, mas fico disponível para qualquer dúvida antes ou depois.

Boa preparação!

Nádia Abdul
Talent Acquisition Partner
Rovuma Offshore Services, Lda – Pemba
+258 86 440 2291
"""
    items = [("01-painel-de-entrevista-programa.eml",
              eml(NADIA, [ME], "Painel de entrevista – Quarta-feira, 28 de Outubro – Procurement Lead", d0,
                  msgid("rovumaoffshore.example", "c11", "0"), alt_mail(t0, font="Segoe UI,sans-serif"),
                  relay=("smtp.rovumaoffshore.example", "41.220.164.9")))]
    lbl = "(UTC+02:00) Harare, Pretória"
    for i, (s, e, who, title, whotxt) in enumerate(sessions, 1):
        desc = ("Painel de entrevista – Procurement Lead (Contratos e Subcontratação)\n%s\nEntrevistador(a): %s\n"
                "Candidata: Lurdes Macuácua\n\nOrganização: Nádia Abdul (Talent Acquisition)." % (title, whotxt))
        quando = "Quando: quarta-feira, 28 de outubro de 2026 %s-%s %s." % (s.strftime("%H:%M"), e.strftime("%H:%M"), lbl)
        inv = outlook_invite("c11-%d" % i, NADIA, [who, ME], s, e, "South Africa Standard Time", quando,
                             "Painel de entrevista – %s – Lurdes Macuácua" % title, desc,
                             "Microsoft Teams; Escritório de Pemba – Sala Quirimbas", ex_uid("c11-%d" % i), 0,
                             d0 + timedelta(minutes=4 + 3 * i))
        items.append(("%02d-convite-sessao-%d.eml" % (i + 1, i), inv))
    lab = LABEL([IV(ROVUMA_CO, ROVUMA_ROLE, sessions[0][0], sessions[2][1], "scheduled",
                    [HELDER[1], JOANA[1], FAIZAL[1]], [HELDER[1], JOANA[1], FAIZAL[1]], "onsite")],
                "hard", "positive/panel-several-invites",
                "Panel ('painel de entrevista') on Wed 28 Oct sent as a programme mail plus three Exchange invites "
                "(South Africa Standard Time) 09:00-09:45, 10:00-10:45, 11:00-12:00: one onsite interview 09:00-12:00 "
                "with three interviewers; the organizer/recruiter does not attend.")
    return "b343-11-rovuma-painel-tres-convites", items, lab


@case
def c12():
    d = T(MZ, 2026, 10, 22, 11, 30, wd="Thursday", off=2)
    s, e = T(MZ, 2026, 10, 26, 9, 30, wd="Monday"), T(MZ, 2026, 10, 26, 10, 0)
    frm = ("3.º Cartório Notarial de Maputo – Marcações", "marcacoes@cartorio3maputo.example")
    subj = "Marcação confirmada n.º 2026/4417 – Segunda-feira, 26 de Outubro, 09h30"
    txt = """Exma. Senhora Lurdes Macuácua,

A sua marcação no notário foi registada com sucesso.

N.º da marcação: 2026/4417
Serviço: Autenticação de fotocópias (certificado de habilitações e diploma de licenciatura) e reconhecimento presencial de assinatura
Data: Segunda-feira, 26 de Outubro de 2026
Hora: 09h30
Local: 3.º Cartório Notarial de Maputo, Av. 24 de Julho, 3.º andar, guiché 4

Documentos a apresentar: Bilhete de Identidade válido, NUIT e os originais dos documentos a autenticar. Os emolumentos são pagos no local (numerário ou POS).

A falta de comparência sem aviso prévio implica nova marcação. Para cancelar, responda a esta mensagem com a palavra CANCELAR.

Serviços de Registos e Notariado
"""
    ics = vcal(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SRN Marcacoes//PT", "METHOD:PUBLISH",
                "BEGIN:VEVENT", "UID:marcacao-2026-4417@cartorio3maputo.example", "DTSTAMP:" + zt(d)]
               + ev_times(s, e, None) + ["SUMMARY:" + esc("Marcação no notário – 3.º Cartório Notarial de Maputo"),
                "LOCATION:" + esc("Av. 24 de Julho, 3.º andar, guiché 4, Maputo"),
                "DESCRIPTION:" + esc("Marcação n.º 2026/4417. Trazer BI e NUIT."), att(ME, rsvp=False),
                "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", plain_mail(txt), leaf("text/calendar", ics, "b64", filename="marcacao.ics", disp="attachment"))
    items = [("01-marcacao-notario.eml",
              eml(frm, [ME], subj, d, msgid("cartorio3maputo.example", "c12"), body,
                  relay=("smtp.cartorio3maputo.example", "196.28.230.18")))]
    lab = LABEL([], "easy", "negative/government-appointment",
                "Notary appointment ('marcação no notário') to certify diploma copies, with an .ics; not an interview.")
    return "b343-12-marcacao-notario", items, lab


@case
def c13():
    d1 = T(SAO, 2026, 10, 22, 10, 14, wd="Thursday", off=-3)
    d2 = T(MZ, 2026, 10, 22, 16, 2, wd="Thursday", off=2)
    d3 = T(SAO, 2026, 10, 23, 9, 31, wd="Friday", off=-3)
    assert d1 < d2 < d3
    s, e = T(SAO, 2026, 11, 5, 10, 0, wd="Thursday", off=-3), T(SAO, 2026, 11, 5, 11, 0)
    assert s.astimezone(MZ).hour == 15
    subj = "Entrevista técnica – Especialista de Suprimentos (Projetos África)"
    t1 = """Olá, Lurdes, tudo bem?

Sou a Mariana Figueiredo, do time de Atração de Talentos da Ipê Engenharia, em São Paulo. Recebemos seu currículo para a vaga de Especialista de Suprimentos – Projetos África, que vai apoiar nossas obras no Corredor de Nacala e no porto da Beira.

Gostaríamos de agendar uma entrevista técnica, por Teams, com o Ricardo Amaral, nosso Gerente de Suprimentos. Você teria disponibilidade na quarta-feira, 4/11, às 9h ou às 11h (horário de Brasília)? Pelas nossas contas, aí em Maputo são cinco horas a mais.

A conversa deve durar cerca de 1 hora.

Abraços,
Mariana Figueiredo
Atração de Talentos | Ipê Engenharia S.A.
Av. Engenheiro Luís Carlos Berrini, 1500 – São Paulo/SP
+55 11 3555-0190
"""
    t2 = """Olá Mariana,

Muito obrigada pelo contacto, fico muito interessada na vaga.

Na Quarta-feira, 4 de Novembro, estou ocupada o dia inteiro no meu actual emprego, pelo que nenhum dos dois horários me serve. Seria possível na Quinta-feira, 5 de Novembro, a partir das 13h de Maputo (8h de Brasília)? Tenho a tarde toda livre.

Com os melhores cumprimentos,
Lurdes Macuácua""" + quote(t1, "Mariana Figueiredo <mariana.figueiredo@ipeengenharia.example>", "Em qui., 22/10/2026 às 15:14")
    t3 = """Oi, Lurdes!

Fechado então: quinta-feira, 5/11, às 10h (horário de Brasília), ou seja, 15h em Maputo, com duração de 1 hora. Coloquei o Ricardo em cópia; ele vai enviar o link do Teams pelo calendário dele.

Qualquer imprevisto, é só me avisar por aqui.

Abraços,
Mariana""" + quote(t2, "Lurdes Macuácua <lurdes.macuacua@example.com>", "Em qui., 22 de out. de 2026 às 11:02")
    m1 = msgid("ipeengenharia.example", "c13", "1")
    m2 = msgid("gmail", "c13", "2")
    m3 = msgid("ipeengenharia.example", "c13", "3")
    rl = ("mail.ipeengenharia.example", "200.155.77.30")
    items = [
        ("01-proposta-de-horarios.eml", eml(MARIANA, [ME], subj, d1, m1, alt_mail(t1, font="Verdana,sans-serif"), relay=rl)),
        ("02-re-contraproposta.eml", eml(ME, [MARIANA], "Re: " + subj, d2, m2, plain_mail(t2), irt=m1, refs=[m1], style="gmail")),
        ("03-re-confirmado.eml", eml(MARIANA, [ME], "Re: " + subj, d3, m3, alt_mail(t3, font="Verdana,sans-serif"),
                                     cc=[RICARDO], irt=m2, refs=[m1, m2], relay=rl)),
    ]
    lab = LABEL([IV(IPE_CO, IPE_ROLE, s, e, "scheduled", [RICARDO[1]], [RICARDO[1]], "technical")],
                "hard", "positive/thread-propose-confirm",
                "São Paulo recruiter proposes Wed 4/11 9h or 11h Brasília; owner declines and counter-proposes "
                "Thu 5 Nov from 13h Maputo; final: Thu 5/11 10h Brasília (UTC-3, no DST) = 15h Maputo, 1 h, "
                "with Ricardo Amaral (Cc). Date headers carry -0300 and +0200.")
    return "b343-13-ipe-proposta-e-confirmacao", items, lab


@case
def c14():
    d1 = T(MZ, 2026, 10, 26, 18, 47, wd="Monday", off=2)
    d2 = T(MZ, 2026, 10, 26, 20, 5, wd="Monday", off=2)
    frm = ("Armando Cossa", "armando.cossa@cossaefilhos.example")
    subj = "Vaga de responsável de compras – Cossa & Filhos"
    t1 = """Boa noite Dona Lurdes,

Sou o Armando Cossa, dono da Cossa & Filhos – Materiais de Construção, na Matola. O meu sobrinho Edson deu-me o seu CV e disse que a senhora trabalha com compras há muitos anos.

Estamos a crescer e preciso de uma pessoa responsável pelas compras e pelos fornecedores da loja e do armazém (cimento, ferro, chapas de zinco). Antes de decidir quero conhecê-la pessoalmente para conversarmos sobre a vaga e as condições.

Pode passar amanhã de manhã na loja? Mundzuku hi 10 wa mixo. Fica na Av. de Moçambique, ao lado da bomba de combustível; pergunte por mim na caixa.

Khanimambo,
Armando Cossa
Cossa & Filhos, Lda
+258 82 771 3050
"""
    t2 = """Boa noite Sr. Cossa,

Muito obrigada pelo contacto. Combinado, amanhã estarei aí na loja e pergunto pelo senhor na caixa.

Khanimambo,
Lurdes Macuácua
84 312 7709""" + quote(t1, "Armando Cossa <armando.cossa@cossaefilhos.example>", "Em seg., 26/10/2026 às 18:47")
    m1 = msgid("cossaefilhos.example", "c14", "1")
    items = [
        ("01-vaga-responsavel-compras.eml", eml(frm, [ME], subj, d1, m1, plain_mail(t1),
                                                relay=("mail.cossaefilhos.example", "41.94.18.201"))),
        ("02-re-combinado.eml", eml(ME, [frm], "Re: " + subj, d2, msgid("gmail", "c14", "2"), plain_mail(t2),
                                    irt=m1, refs=[m1], style="gmail")),
    ]
    lab = LABEL([IV("Cossa & Filhos", "Responsável de Compras", T(MZ, 2026, 10, 27, 10, 0, wd="Tuesday"), None,
                    "scheduled", [frm[1]], [frm[1]], "hiring_manager")],
                "hard", "positive/changana-relative-date",
                "Small-business owner asks her to come 'amanhã de manhã'; the hour is only in Changana "
                "('Mundzuku hi 10 wa mixo' = tomorrow at 10 in the morning). Mail dated Mon 26 Oct 18:47 +0200 -> "
                "Tue 27 Oct 10:00 CAT; owner agrees. No duration.")
    return "b343-14-cossa-changana-mundzuku", items, lab


@case
def c15():
    sent = T(MZ, 2026, 10, 27, 9, 10, wd="Tuesday", off=2)
    s, e = T(MZ, 2026, 10, 30, 14, 0, wd="Friday"), T(MZ, 2026, 10, 30, 15, 0)
    desc = """Cara Lurdes,

No âmbito do ciclo de avaliação de desempenho de 2026, convoco-a para a entrevista de avaliação anual.

Agenda:
1. Revisão dos objectivos de 2026 (poupanças nas aquisições, prazos de concursos, avaliação de fornecedores);
2. Autoavaliação e avaliação da chefia;
3. Plano de desenvolvimento e objectivos para 2027.

Por favor traga a ficha de autoavaliação preenchida (formulário RH-07) e o mapa de poupanças acumulado até Setembro.

Félix Chambal
Director Administrativo e Financeiro
Moçambique Agro-Indústria, SA"""
    inv = outlook_invite("c15", FELIX, [ME], s, e, "South Africa Standard Time",
                         "Quando: sexta-feira, 30 de outubro de 2026 14:00-15:00 (UTC+02:00) Harare, Pretória.",
                         "Avaliação de Desempenho 2026 – Lurdes Macuácua", desc, "Sala de Reuniões da DAF – 4.º andar",
                         ex_uid("c15"), 0, sent, teams=False)
    items = [("01-avaliacao-desempenho-2026.eml", inv)]
    lab = LABEL([], "medium", "negative/internal-performance-review",
                "Exchange invite from her current manager for the annual performance review ('entrevista de "
                "avaliação anual'); internal meeting at her current job, not a hiring interview.")
    return "b343-15-avaliacao-desempenho", items, lab


@case
def c16():
    d1 = T(MZ, 2026, 10, 27, 15, 40, wd="Tuesday", off=2)
    sent = T(MZ, 2026, 10, 28, 11, 15, wd="Wednesday", off=2)
    s, e = T(MZ, 2026, 11, 2, 9, 0, wd="Monday"), T(MZ, 2026, 11, 2, 10, 0)
    t1 = """Estimada Sra. Lurdes Macuácua,

Na sequência da conversa telefónica de hoje, confirmo que a entrevista técnica para a posição de Gestora de Compras e Aprovisionamento ficou marcada para Segunda-feira, 2 de Novembro, às 9h00, por videochamada.

A entrevista será conduzida pela Eng.ª Albertina Muchanga, Directora de Operações, que lhe enviará o convite com o link. Eu ficarei como ponto de contacto para questões logísticas.

Com os melhores cumprimentos,

Dércio Manhique
Recursos Humanos
Chiveve Logística, Lda
Rua Major Serpa Pinto, 214 – Beira
+258 23 32 6610
"""
    desc = """Entrevista técnica – Gestora de Compras e Aprovisionamento (Beira)

Conduzida por Albertina Muchanga, Directora de Operações.
Temas: gestão de stocks no armazém do Dondo, contratos de transporte rodoviário e ferroviário (linhas de Sena e Machipanda), qualificação e avaliação de fornecedores.
Duração: 1 hora."""
    inv = google_invite("c16", ALBERTINA, [ALBERTINA, ME], s, e, "Africa/Maputo",
                        "Entrevista técnica – Lurdes Macuácua (Compras e Aprovisionamento)", desc, None,
                        hx("c16uid", n=26) + "@google.com", 0, sent,
                        "segunda-feira, 2 de novembro de 2026⋅09:00 – 10:00 (Hora da África Central - Maputo)",
                        "seg, 2 de nov de 2026 09:00 - 10:00 (CAT)", meet="vbk-tqhr-mzc")
    items = [
        ("01-confirmacao-rh-chiveve.eml", eml(DERCIO, [ME], "Entrevista técnica – Gestora de Compras e Aprovisionamento",
                                              d1, msgid("chivevelogistica.example", "c16", "1"), plain_mail(t1),
                                              relay=("mail.chivevelogistica.example", "197.235.10.66"))),
        ("02-convite-google-entrevista-tecnica.eml", inv),
    ]
    lab = LABEL([IV(CHV_CO, CHV_ROLE, s, e, "scheduled", [ALBERTINA[1]], [ALBERTINA[1]], "technical")],
                "medium", "positive/dedupe-email-and-google-invite",
                "HR mail announces the technical interview (Mon 2 Nov 9h00) and the interviewer sends a Google "
                "Calendar invitation (Africa/Maputo, Meet) for the same slot: one interview. HR contact only coordinates.")
    return "b343-16-chiveve-entrevista-tecnica", items, lab


@case
def c17():
    sent = T(MZ, 2026, 10, 29, 15, 30, wd="Thursday", off=2)
    s, e = T(MZ, 2026, 11, 4, 9, 0, wd="Wednesday"), T(MZ, 2026, 11, 4, 12, 0)
    desc = """Boa tarde, Dr. Félix e Lurdes,

Conforme aprovado, as entrevistas para a vaga de Assistente de Compras (Ref. MAI/RH/2026/08) decorrem na Quarta-feira, 4 de Novembro, na sala do 2.º andar.

Júri:
- Dr. Félix Chambal (presidente)
- Lurdes Macuácua (vogal – perguntas técnicas de procurement e avaliação de fornecedores)
- Glória Massingue (RH – secretariado)

Candidatos convocados:
09h00 – Arsénio Nhaca
10h00 – Belmira Tivane
11h00 – Custódio Machava

Os CVs e a grelha de avaliação estão na pasta partilhada RH > Recrutamento > 2026-08. Pedimos que cada membro do júri preencha a grelha no final de cada entrevista.

Glória Massingue
Técnica de Recursos Humanos
Moçambique Agro-Indústria, SA"""
    inv = outlook_invite("c17", GLORIA, [FELIX, ME], s, e, "South Africa Standard Time",
                         "Quando: quarta-feira, 4 de novembro de 2026 09:00-12:00 (UTC+02:00) Harare, Pretória.",
                         "Entrevistas – Assistente de Compras (3 candidatos) – Júri", desc,
                         "Sala de Reuniões – 2.º andar, Sede", ex_uid("c17"), 0, sent, teams=False)
    items = [("01-juri-entrevistas-assistente-compras.eml", inv)]
    lab = LABEL([], "hard", "negative/user-is-interviewer",
                "At her current employer the owner sits on the jury interviewing three candidates for an Assistente "
                "de Compras post; she is the interviewer, not the candidate.")
    return "b343-17-juri-assistente-compras", items, lab


@case
def c18():
    sent = T(LIS, 2026, 10, 30, 12, 10, wd="Friday", off=0)
    s, e = T(LIS, 2026, 11, 6, 10, 0, wd="Friday", off=0), T(LIS, 2026, 11, 6, 11, 0)
    assert s.astimezone(MZ).hour == 12
    desc = """Cara Lurdes,

Obrigada pela entrevista com o Rui – o feedback foi muito positivo. A última etapa do processo é uma conversa com o Dr. Miguel Sarmento, sócio-diretor e responsável pelo escritório de Maputo que estamos a abrir. Cerca de uma hora, por Teams.

Nota: com a mudança de hora em Portugal, a diferença para Maputo passou a ser de duas horas.

Com os melhores cumprimentos,
Inês Carvalho
Talent Acquisition Lead | Tejo & Associados Consultores"""
    inv = outlook_invite("c18", INES, [MIGUEL, ME], s, e, "GMT Standard Time",
                         "Quando: sexta-feira, 6 de novembro de 2026 10:00-11:00 (UTC+00:00) Dublin, Edimburgo, Lisboa, Londres.",
                         "Entrevista final – Dr. Miguel Sarmento / Lurdes Macuácua", desc, "Reunião do Microsoft Teams",
                         ex_uid("c18"), 0, sent)
    items = [("01-convite-entrevista-final-socio.eml", inv)]
    lab = LABEL([IV(TEJO_CO, TEJO_ROLE, s, e, "scheduled", [MIGUEL[1]], [MIGUEL[1]], "hiring_manager")],
                "medium", "positive/outlook-windows-tzid",
                "Final interview with the managing partner: Exchange invite in GMT Standard Time, Fri 6 Nov 10:00 "
                "Lisbon (WET, UTC+0 after Oct 25) = 12:00 CAT; organizer Inês does not attend.")
    return "b343-18-tejo-entrevista-final-socio", items, lab


@case
def c19():
    d = T(MZ, 2026, 11, 2, 7, 55, wd="Monday", off=2)
    frm = ("Recrutamento Afungi LNG", "recrutamento.afungilng@mailbox.example")
    rt = ("RH Afungi Projecto", "vagas.afungi2026@mailbox.example")
    subj = "PARABÉNS!!! Foi pré-seleccionada – Procurement Officer – Projecto de Gás Afungi"
    txt = """Caro(a) candidato(a) Lurdes Macuácua,

PARABÉNS! Após análise do seu perfil na nossa base de dados, foi PRÉ-SELECCIONADA para a vaga de PROCUREMENT OFFICER no Projecto de Gás de Afungi, com salário de 185.000,00 MT + subsídios de campo.

A sua entrevista final está marcada para Quinta-feira, 12 de Novembro de 2026, às 10h00, no Hotel Avenida, em Pemba.

Para garantir a sua vaga é OBRIGATÓRIO o pagamento da taxa de exame médico, processamento e alojamento no valor de 4.750,00 MT, via M-Pesa para o número 84 000 1122 (titular: J. Sitoe), até Quarta-feira, 4 de Novembro. Envie o comprovativo por WhatsApp para o mesmo número. Sem pagamento a entrevista será ANULADA e a vaga passa para o candidato seguinte.

Não partilhe esta informação, as vagas são limitadas.

Departamento de Recrutamento
Projecto Afungi LNG
"""
    items = [("01-parabens-pre-seleccionada.eml",
              eml(frm, [ME], subj, d, msgid("mailbox.example", "c19"), alt_mail(txt, enc_html="b64"), reply_to=rt,
                  relay=("smtp.mailbox.example", "185.234.72.19")))]
    lab = LABEL([], "medium", "negative/scam",
                "Fake recruiter: 'entrevista final' in Pemba conditional on an M-Pesa fee, free-mail sender, urgency; "
                "a scam, not an interview.")
    return "b343-19-golpe-recrutamento-afungi", items, lab


@case
def c20():
    d1 = T(MZ, 2026, 11, 3, 10, 20, wd="Tuesday", off=2)
    d2 = T(MZ, 2026, 11, 9, 16, 45, wd="Monday", off=2)
    s, e = T(MZ, 2026, 11, 10, 11, 0, wd="Tuesday"), T(MZ, 2026, 11, 10, 12, 0)
    uid = "CHV-REC-" + hx("c20uid", n=16).upper() + "@chivevelogistica.example"
    subj = "Entrevista final – Gestora de Compras e Aprovisionamento"
    t1 = """Estimada Sra. Lurdes Macuácua,

É com satisfação que informamos que foi seleccionada para a fase final do processo de recrutamento para a posição de Gestora de Compras e Aprovisionamento.

Convidamos V. Excia a uma entrevista final com o Administrador-Delegado da Chiveve Logística, Dr. Salomão Tembe, na Terça-feira, 10 de Novembro de 2026, pelas 11h00, por videochamada (Zoom). A entrevista terá a duração de uma hora. Segue em anexo o convite para o seu calendário, com o link de acesso.

Queira confirmar a sua presença.

Com os melhores cumprimentos,

Dércio Manhique
Recursos Humanos
Chiveve Logística, Lda – Beira
"""
    t2 = """Estimada Sra. Lurdes Macuácua,

Lamentamos informar que a entrevista final com o Administrador-Delegado, prevista para amanhã, Terça-feira, 10 de Novembro, às 11h00, foi cancelada, devido a uma deslocação urgente do Dr. Salomão Tembe a Tete.

A sua candidatura mantém-se no processo. Voltaremos a contactá-la logo que tenhamos uma nova data.

Pedimos desculpa pelo transtorno.

Com os melhores cumprimentos,

Dércio Manhique
Recursos Humanos
Chiveve Logística, Lda – Beira
"""
    zoom = "https://us06web.zoom.us/j/8%s?pwd=%s" % (digits("zm", n=10), hx("zpw", n=22))
    def ics(method, seq, status, sent):
        return vcal(["BEGIN:VCALENDAR", "PRODID:-//Chiveve Logistica//Recrutamento//PT", "VERSION:2.0",
                     "METHOD:" + method] + VTZ["Africa/Maputo"] + ["BEGIN:VEVENT", "UID:" + uid,
                     "DTSTAMP:" + zt(sent)] + ev_times(s, e, "Africa/Maputo") + [
                     "SUMMARY:" + esc("Entrevista final – Lurdes Macuácua / Administrador-Delegado"),
                     "DESCRIPTION:" + esc("Entrevista final com o Dr. Salomão Tembe (Administrador-Delegado).\nZoom: " + zoom),
                     "LOCATION:" + zoom, "ORGANIZER;CN=Dércio Manhique:mailto:" + DERCIO[1],
                     att(SALOMAO), att(ME), "SEQUENCE:%d" % seq, "STATUS:" + status, "END:VEVENT", "END:VCALENDAR"])
    m1 = msgid("chivevelogistica.example", "c20", "1")
    rl = ("mail.chivevelogistica.example", "197.235.10.66")
    b1 = multi("mixed", alt_mail(t1), leaf("text/calendar", ics("REQUEST", 0, "CONFIRMED", d1), "b64",
                                          params="; method=REQUEST", filename="entrevista-final.ics", disp="attachment"))
    b2 = multi("mixed", alt_mail(t2), leaf("text/calendar", ics("CANCEL", 1, "CANCELLED", d2), "b64",
                                          params="; method=CANCEL", filename="cancelamento.ics", disp="attachment"))
    items = [
        ("01-convite-entrevista-final.eml", eml(DERCIO, [ME], subj, d1, m1, b1, cc=[SALOMAO], relay=rl)),
        ("02-entrevista-final-cancelada.eml", eml(DERCIO, [ME], "Cancelada: " + subj, d2,
                                                  msgid("chivevelogistica.example", "c20", "2"), b2, cc=[SALOMAO],
                                                  irt=m1, refs=[m1], relay=rl)),
    ]
    lab = LABEL([IV(CHV_CO, CHV_ROLE, s, e, "cancelled", [SALOMAO[1]], [SALOMAO[1]], "hiring_manager")],
                "medium", "positive/cancellation",
                "Final with the CEO (Administrador-Delegado) booked for Tue 10 Nov 11h00 with .ics, then 'Lamentamos "
                "informar que a entrevista ... foi cancelada' with METHOD:CANCEL (same UID, SEQUENCE 1). Not a "
                "rejection; no new date -> one cancelled interview.")
    return "b343-20-chiveve-final-cancelada", items, lab


@case
def c21():
    d1 = T(MZ, 2026, 11, 9, 8, 50, wd="Monday", off=2)
    s, e = T(MZ, 2026, 11, 13, 9, 0, wd="Friday"), T(MZ, 2026, 11, 13, 9, 45)
    subj = "Entrevista final com o Director-Geral – Especialista Sénior de Procurement"
    t1 = """Exma. Senhora
Lurdes Macuácua,

Por indicação do Director-Geral, Dr. Augusto Bila, convidamos V. Excia a comparecer a uma entrevista final no dia 13 de Novembro de 2026 (Sexta-feira), pelas 9h00, no Gabinete do Director-Geral, 3.º andar do Edifício Sede da STBM, Porto de Maputo.

A entrevista terá a duração prevista de 45 minutos. Enviámos igualmente o convite para o seu calendário.

Queira confirmar a sua presença junto desta Secretaria.

Com os melhores cumprimentos,

Sónia Cumbe
Secretária da Direcção-Geral
STBM – Sociedade de Terminais da Baía de Maputo, SA
Tel.: +258 21 32 4400
"""
    evid = hx("c21ev", n=26)
    ev = {
        "kind": "calendar#event",
        "etag": "\"%s\"" % digits("etag", "c21", n=16),
        "id": evid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(("%s %s" % (evid, OWNER)).encode()).decode().rstrip("="),
        "created": "2026-11-09T06:46:12.000Z",
        "updated": "2026-11-09T06:52:40.318Z",
        "summary": "Entrevista final – Director-Geral STBM (Lurdes Macuácua)",
        "description": "Entrevista final com o Director-Geral, Dr. Augusto Bila – vaga de Especialista Sénior de Procurement (Ref. STBM/PROC/2026/17). Duração prevista: 45 minutos.",
        "location": "Gabinete do Director-Geral, 3.º andar, Edifício Sede STBM, Porto de Maputo",
        "creator": {"email": SONIA[1], "displayName": SONIA[0]},
        "organizer": {"email": SONIA[1], "displayName": SONIA[0]},
        "start": {"dateTime": iso(s), "timeZone": "Africa/Maputo"},
        "end": {"dateTime": iso(e), "timeZone": "Africa/Maputo"},
        "iCalUID": evid + "@google.com",
        "sequence": 0,
        "attendees": [
            {"email": SONIA[1], "displayName": SONIA[0], "organizer": True, "responseStatus": "accepted"},
            {"email": BILA[1], "displayName": BILA[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "needsAction"},
        ],
        "guestsCanInviteOthers": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    items = [
        ("01-convite-entrevista-final-dg.eml", eml(SONIA, [ME], subj, d1, msgid("stbm.example", "c21", "1"),
                                                   alt_mail(t1, font="Times New Roman,serif"), cc=[BILA],
                                                   relay=("mail.stbm.example", "196.3.97.14"))),
        ("02-entrevista-final-dg.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")),
    ]
    lab = LABEL([IV(STBM_CO, STBM_ROLE, s, e, "scheduled", [BILA[1]], [BILA[1]], "hiring_manager")],
                "easy", "positive/dedupe-email-and-calendar-api",
                "Final with the Director-General: formal letter (13 Nov 2026, 9h00, 45 min) plus the same event as a "
                "Calendar API resource (owner self:true); one interview. Secretary only schedules.")
    return "b343-21-stbm-final-director-geral", items, lab


@case
def c22():
    d = T(SAO, 2026, 11, 16, 11, 3, wd="Monday", off=-3)
    frm = ("Ipê Engenharia – Atração de Talentos", "talentos@ipeengenharia.example")
    subj = "Retorno do processo seletivo – Especialista de Suprimentos (Projetos África)"
    txt = """Olá, Lurdes.

Agradecemos muito sua participação na entrevista técnica do dia 5 de novembro com o Ricardo Amaral e o tempo dedicado ao nosso processo seletivo.

Lamentamos informar que, neste momento, decidimos seguir com outro candidato, com experiência mais próxima das obras ferroviárias do Corredor de Nacala. Foi uma decisão difícil: sua trajetória em compras públicas chamou a atenção do time.

Com sua autorização, manteremos seu currículo em nosso banco de talentos para futuras oportunidades na África Austral.

Desejamos muito sucesso!

Mariana Figueiredo
Atração de Talentos | Ipê Engenharia S.A.
"""
    items = [("01-retorno-processo-seletivo.eml",
              eml(frm, [ME], subj, d, msgid("ipeengenharia.example", "c22"), alt_mail(txt, font="Verdana,sans-serif"),
                  reply_to=MARIANA, relay=("mail.ipeengenharia.example", "200.155.77.30")))]
    lab = LABEL([], "medium", "negative/rejection",
                "'Lamentamos informar' rejection after the 5 Nov interview, which it mentions by date; no new interview.")
    return "b343-22-ipe-lamentamos-informar", items, lab


@case
def c23():
    d = T(MZ, 2026, 11, 20, 15, 30, wd="Friday", off=2)
    frm = ("Ermelinda Chissano", "ermelinda.chissano@stbm.example")
    subj = "Proposta de Emprego – Especialista Sénior de Procurement"
    txt = """Exma. Senhora
Lurdes Macuácua,

Na sequência do processo de recrutamento e selecção para a vaga de Especialista Sénior de Procurement (Ref. STBM/PROC/2026/17), temos o prazer de apresentar a V. Excia a seguinte proposta de emprego:

Função: Especialista Sénior de Procurement – Departamento de Procurement
Local de trabalho: Porto de Maputo
Remuneração base mensal: 142.000,00 MT (ilíquidos), acrescida de subsídio de transporte e seguro de saúde extensivo ao agregado familiar
Regime: contrato por tempo indeterminado, com período probatório de 180 dias
Data prevista de início: 4 de Janeiro de 2027

Caso aceite, a assinatura do contrato poderá ter lugar na Quarta-feira, 25 de Novembro de 2026, pelas 9h00, na Direcção de Recursos Humanos.

Queira comunicar a sua decisão até ao dia 24 de Novembro.

Com os melhores cumprimentos,

Ermelinda Chissano
Directora de Recursos Humanos
STBM – Sociedade de Terminais da Baía de Maputo, SA
"""
    items = [("01-proposta-de-emprego.eml",
              eml(frm, [ME], subj, d, msgid("stbm.example", "c23"), alt_mail(txt, font="Times New Roman,serif"),
                  cc=[CELIA], relay=("mail.stbm.example", "196.3.97.14")))]
    lab = LABEL([], "easy", "negative/offer",
                "Job offer ('proposta de emprego') with a contract-signing appointment; no interview.")
    return "b343-23-stbm-proposta-de-emprego", items, lab


# =============================================================================== output
TZ_POINTS = """- Case 01: relative date. "amanhã às 14h" in a mail dated Mon 5 Oct 2026 09:12 +0200 -> Tue 6 Oct 14:00 CAT (UTC+2).
- Case 05: Calendly shows 12:00-12:30 "Hora da África Central" (the invitee's zone); the .ics is in UTC (10:00Z). The host is in Lisbon, where it is 11:00 WEST (UTC+1, one hour behind Maputo before 25 Oct).
- Case 07: Johannesburg (SAST, UTC+2) has the same clock as Maputo. The Workday .ics uses TZID Africa/Johannesburg and the standalone Outlook .ics uses the Windows TZID "South Africa Standard Time".
- Case 08: Portugal changes on 25 Oct 2026. Original Thu 22 Oct 15:00 Lisbon = WEST UTC+1 = 16:00 CAT. Rescheduled ("reagendada") to Tue 27 Oct 15:00 Lisbon = WET UTC+0 = 17:00 CAT. Both Outlook invites use "GMT Standard Time" with the display label "(UTC+00:00) Dublin, Edimburgo, Lisboa, Londres", which is wrong for 22 Oct. The Date headers carry +0100.
- Case 09: Google invite with TZID Africa/Maputo ("Hora da África Central - Maputo", CAT). Negative case.
- Case 11: Exchange invites use the Windows TZID "South Africa Standard Time", label "(UTC+02:00) Harare, Pretória", for a panel run from Pemba (Maputo time).
- Case 13: São Paulo (America/Sao_Paulo, UTC-3, no DST in 2026) is five hours behind Maputo: 10h Brasília = 15h Maputo. The thread's Date headers mix -0300 and +0200.
- Case 14: relative date in Changana. "Mundzuku hi 10 wa mixo" (tomorrow at 10 in the morning) in a mail dated Mon 26 Oct 18:47 +0200 -> Tue 27 Oct 10:00 CAT.
- Cases 15 and 17: the current employer's Exchange invites use "South Africa Standard Time" for Maputo. Both are negatives.
- Case 18: Fri 6 Nov 10:00 "GMT Standard Time" (Lisbon, WET UTC+0 after 25 Oct) = 12:00 CAT. The Date header is +0000.
- Case 20: the cancellation mail says "amanhã, Terça-feira, 10 de Novembro" (mail dated Mon 9 Nov); the .ics uses TZID Africa/Maputo.
- Case 21: Calendar API event with dateTime +02:00 and timeZone Africa/Maputo.
- Case 22: the Date header is -0300 (São Paulo)."""


def write_readme(labels):
    pos = [k for k, v in labels.items() if v["interview"]]
    neg = [k for k, v in labels.items() if not v["interview"]]
    ivs = [i for v in labels.values() for i in v["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    fmt = lambda d: ", ".join("%s %d" % (k, d[k]) for k in sorted(d))
    lines = [
        "# blind343: Maputo procurement job search, Portuguese/English/Changana mailbox (written blind)",
        "",
        "Mailbox owner: Lurdes Macuácua <%s>, a procurement specialist who lives in Maputo "
        "(Africa/Maputo, CAT, UTC+2, no DST)." % OWNER,
        "",
        "This set was written blind: the author read only the eval README (label schema and rules) and a few dev "
        "files to check formats. The author saw no tool code, tests or other sets.",
        "",
        "## What it stresses",
        "- Mozambican Portuguese HR wording (\"Convidamos V. Excia a comparecer a uma entrevista\", \"pelas 10h00\", "
        "\"Queira confirmar a sua presença\"), Brazilian Portuguese from São Paulo, European Portuguese from Lisbon, "
        "English from Johannesburg, and one line in Changana.",
        "- Process steps: phone screens, a written test (prova escrita, negative), technical interviews, a panel sent as "
        "several invites, and finals with a director-general, a CEO and a managing partner.",
        "- Reschedule across the Portuguese DST change (\"reagendada\", same UID, higher SEQUENCE), a cancellation "
        "(\"cancelada\", METHOD:CANCEL, written in \"lamentamos informar\" wording), propose/confirm with a counter-proposal, "
        "relative dates (\"amanhã às 14h\", \"mundzuku hi 10 wa mixo\"), and dedupe across e-mail, Google invite and Calendar API.",
        "- Hard negatives: written test with .ics, lobolo family ceremony, notary appointment, procurement training "
        "course, performance review (\"entrevista de avaliação\"), the owner on an interview jury, a scam recruiter, "
        "a rejection, an offer and a job newsletter.",
        "",
        "## Counts",
        "- Cases: %d (positive %d, negative %d)" % (len(labels), len(pos), len(neg)),
        "- Labelled interviews: %d. By status: %s. By kind: %s." % (len(ivs), fmt(by_status), fmt(by_kind)),
        "- Positive cases: " + ", ".join(k[5:7] for k in pos),
        "- Negative cases: " + ", ".join(k[5:7] for k in neg),
        "",
        "## Formats",
        "- Plain text/plain mails (quoted-printable) and threads with In-Reply-To/References (01, 04, 08, 13, 14, 20).",
        "- multipart/alternative mails with HTML parts in quoted-printable and base64 (02, 06, 19).",
        "- Google Calendar invitations: multipart/mixed with text/plain, text/html, text/calendar;method=REQUEST and an invite.ics attachment (09, 16).",
        "- Exchange/Teams invites: Windows TZIDs, X-MICROSOFT-CDO-* properties and \"(UTC+..)\" labels (08, 11, 15, 17, 18).",
        "- ATS and system mails with .ics attachments: Workday (07), Calendly (05), STBM written test (03), notary (12), Chiveve REQUEST/CANCEL (20).",
        "- Standalone Outlook .ics (07) and a Calendar API .gcal.json event (21).",
        "",
        "## Time-zone / DST points",
        TZ_POINTS,
        "",
        "Regenerate with `python make_cases.py`. The output is byte-identical on every run.",
        "",
    ]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main():
    for p in sorted(OUT.glob("b343-*")):
        shutil.rmtree(p)
    labels = {}
    for n, fn in enumerate(CASES, 1):
        slug, items, lab = fn()
        assert slug.startswith("b343-%02d-" % n), (slug, n)
        folder = OUT / slug
        folder.mkdir()
        for k, (name, data) in enumerate(items, 1):
            assert name.startswith("%02d-" % k), (slug, name)
            assert name.endswith((".eml", ".ics", ".gcal.json")), name
            (folder / name).write_bytes(data)
        labels[slug] = lab
    head = "# Labels for blind343 (written blind). Schema: /work/shared/eval/README.md\n"
    (OUT / "labels.yaml").write_text(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110),
                                     encoding="utf-8")
    write_readme(labels)
    print("wrote %d cases, %d weekday mentions checked" % (len(labels), len(CHECKED)))


if __name__ == "__main__":
    main()
