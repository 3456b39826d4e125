"""Mail domains with a fixed meaning: free-mail providers, ATS relays, scheduling tools.

Data, not logic: :mod:`detector.extract` and :mod:`detector.classify` read these sets. Kept
compact (several per line) so the lists stay readable.
"""

from __future__ import annotations

FREE_MAIL = frozenset(
    [
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
        "yahoo.com", "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "gmx.de",
        "gmx.net", "gmx.com", "web.de", "proton.me", "protonmail.com", "pm.me", "fastmail.com",
        "zoho.com", "yandex.ru", "mail.ru", "qq.com", "163.com", "t-online.de", "hey.com",
    ]
)  # fmt: skip
"""Personal mail providers: an address there is a person, never a company."""

VENDOR_DOMAINS = frozenset(
    [
        "greenhouse.io", "greenhouse-mail.io", "lever.co", "hire.lever.co", "myworkday.com",
        "workday.com", "myworkdayjobs.com", "ashbyhq.com", "ashby.io", "smartrecruiters.com",
        "icims.com", "workable.com", "workablemail.com", "calendly.com", "goodtime.io",
        "zoom.us", "zoom.com", "google.com", "calendar.google.com", "microsoft.com",
        "teams.microsoft.com", "linkedin.com", "indeed.com", "glassdoor.com", "jobvite.com",
        "bamboohr.com", "recruitee.com", "personio.de", "personio.com", "taleo.net",
        "successfactors.com", "hirevue.com", "gem.com", "beamery.com", "rippling.com",
        "paradox.ai", "hackerrank.com", "codility.com", "codesignal.com", "ziprecruiter.com",
        "wellfound.com", "angel.co", "dice.com", "monster.com", "teamtailor.com", "jazzhr.com",
        "breezy.hr", "pinpointhq.com", "eventbrite.com", "userinterviews.com",
        "calendar.app.google", "outlook.office365.com", "office365.com", "doodle.com",
        "youcanbook.me", "chilipiper.com",
    ]
)  # fmt: skip
"""ATS, scheduling tools, job boards and calendar services: never the employer."""

ATS_DOMAINS = frozenset(
    [
        "greenhouse.io", "greenhouse-mail.io", "lever.co", "ashbyhq.com", "ashby.io",
        "smartrecruiters.com", "icims.com", "workable.com", "workablemail.com", "goodtime.io",
        "jobvite.com", "teamtailor.com", "teamtailor-mail.com", "personio.de", "personio.com",
        "myworkday.com", "myworkdayjobs.com", "calendly.com", "recruitee.com", "bamboohr.com",
        "jazzhr.com", "breezy.hr", "pinpointhq.com", "rippling.com", "gem.com", "paradox.ai",
    ]
)  # fmt: skip
"""Applicant-tracking and interview-scheduling services: their mail is about a hiring process."""

ATS_BRANDS = frozenset(
    [
        "icims", "workday", "myworkday", "myworkdayjobs", "smartrecruiters", "jobvite",
        "successfactors", "taleo", "teamtailor", "teamtailor-mail", "personio", "recruitee",
        "breezy", "breezyhr", "bamboohr", "ashby", "ashbyhq", "greenhouse", "greenhouse-mail",
        "lever", "workable", "workablemail", "goodtime", "calendly", "modernloop", "jazzhr",
        "pinpointhq", "hirevue", "paradox", "avature", "phenom", "eightfold", "oraclecloud",
        # more applicant-tracking and hiring tools seen in the wild (EU and US)
        "zohorecruit", "gem", "freshteam", "homerun", "manatal", "comeet", "hireology",
        "clearcompany", "dover", "recruiterbox", "jobdiva", "bullhorn", "beamery", "ultipro",
        "paylocity", "paycom", "hibob", "factorial", "kenjo", "softgarden", "dvinci", "onlyfy",
        "talentsoft", "flatchr", "welcomekit", "jobylon", "varbi", "reachmee", "hirehive",
        "pinpoint", "occupop", "tribepad", "eploy", "jobadder", "livehire", "pageup",
        "applytojob", "jobscore", "hiringthing", "fountain", "harver", "sparkhire", "vidcruiter",
        "willo", "myinterview", "hireflix", "interviewstream", "modernhire", "talentlyft",
        # job boards and campus platforms that relay an employer's messages and interview times
        "indeed", "indeedemail", "linkedin", "handshake", "joinhandshake", "wellfound",
        "angellist", "ziprecruiter", "glassdoor", "hired", "otta", "welcometothejungle",
        "stepstone", "xing", "seek", "naukri", "dice", "monster", "jobteaser", "rippling",
        # hourly-hiring and campus tools, and India's job boards and test platforms
        "harri", "workstream", "snagajob", "symplicity", "twelvetwenty", "gradleaders",
        "foundit", "instahire", "hackerearth", "mettl", "apna", "shine", "iimjobs",
        # enterprise HR suites: Cornerstone ("csod"), Dayforce (Ceridian), UKG, SAP
        "csod", "cornerstoneondemand", "dayforce", "dayforcehcm", "ceridian", "ukg", "sapsf",
        # regional job boards that relay employers' invitations: HeadHunter (hh.ru, hh.kz),
        # SuperJob, Djinni, Pracuj, JobKorea, Saramin, Bayt, JobStreet, JobsDB, TopCV,
        # VietnamWorks, ITviec, CareerViet, GulfTalent
        "hh", "headhunter", "superjob", "djinni", "pracuj", "jobkorea", "saramin", "bayt",
        "jobstreet", "jobsdb", "topcv", "vietnamworks", "itviec", "careerviet", "gulftalent",
        # ... and Thailand's JobThai, Bangladesh's bdjobs, Hungary's Profession.hu, the Baltic
        # CV-Online boards (cv.lv, cv.ee, cvonline)
        "jobthai", "bdjobs", "profession", "cvonline",
        # ... and Latin America's and Spain's (Computrabajo, Bumeran, Laborum, ZonaJobs,
        # InfoJobs, OCC Mundial, elempleo, Trabajando), Lithuania's CVbankas, Indonesia's
        # Kalibrr and Glints
        "computrabajo", "bumeran", "laborum", "zonajobs", "infojobs", "occmundial", "elempleo",
        "trabajando", "cvbankas", "kalibrr", "glints",
        # ... and Mongolia's Zangia and Unegui, Azerbaijan's hellojob.az (Uzbekistan's hh.uz is
        # under "hh" above)
        "zangia", "unegui", "hellojob",
        # ... and Iran's Jobinja, IranTalent, JobVision and e-estekhdam, Cambodia's BongThom
        # and Khmer24, Ecuador's Multitrabajos
        "jobinja", "irantalent", "jobvision", "e-estekhdam", "bongthom", "khmer24",
        "multitrabajos",
        # interviewing services that run a screen for the employer (Karat's interviewers work
        # for Karat; the employer is the company that asked for it), and live-coding tools
        "karat", "karatinc", "coderpad", "codesignal", "hackerrank", "interviewing",
    ]
)  # fmt: skip
"""Brand labels of ATS and interview-scheduling services, whatever their top-level domain.

Relays send from many hosts (``talent.icims.com``, ``ridgeline.myworkday.net``,
``mail.greenhouse.example``): a domain with one of these as any dot-separated label belongs
to the vendor, never to the employer.
"""


# A relay's host label is often the brand plus a mail suffix: "recruitee-mail", "gemnotify".
# Each suffix is tried as a whole: "greenhousemail" is greenhouse + mail, not greenhous + email.
_RELAY_SUFFIXES = (
    "mailer", "email", "mail", "notifications", "notification", "notify", "messages", "message",
    "app", "hq", "online",
)  # fmt: skip


def _brand_labels(label: str, suffixes: tuple[str, ...] = _RELAY_SUFFIXES) -> set[str]:
    """``label`` and, when it ends in one of ``suffixes``, every brand that suffix may follow."""
    brands = {label}
    for suffix in suffixes:
        if label.endswith(suffix) and len(label) > len(suffix):
            brands.add(label[: -len(suffix)].rstrip("-"))
    return brands


def has_ats_brand(dom: str) -> bool:
    """True when a label of ``dom`` (not its top-level part) is a known ATS / scheduling brand."""
    labels = dom.lower().strip(".").split(".")
    return any(_brand_labels(label) & ATS_BRANDS for label in labels[:-1])


TOOL_BRANDS = frozenset(
    [
        "google", "microsoft", "outlook", "office365", "teams", "zoom", "calendly", "webex",
        "gotomeeting", "goto", "whereby", "doodle", "youcanbook", "chilipiper", "skype",
        "bookings", "cal", "savvycal", "acuityscheduling", "setmore", "tidycal", "zcal",
        "bluejeans", "ringcentral", "jitsi", "dialpad", "livestorm",
    ]
)  # fmt: skip
"""Brand labels of calendar, meeting and booking tools (Google Calendar/Meet, Microsoft
Teams/Outlook/Bookings, Zoom, Calendly, Webex): the channel an invite travels through, never the
employer, whatever top-level domain the relay uses (``calendar-notification@google.example``)."""

FREE_MAIL_BRANDS = frozenset(
    [
        "gmail", "googlemail", "hotmail", "yahoo", "ymail", "icloud", "aol", "gmx", "proton",
        "protonmail", "fastmail", "yandex", "outlook", "live", "msn", "mail", "zoho", "tutanota",
        "hey", "pm", "me", "inbox", "web", "seznam", "libero", "orange", "laposte", "btinternet",
    ]
)  # fmt: skip
"""Second-level labels of personal mail providers, whatever their top-level domain."""


def _second_level(dom: str) -> str:
    labels = [p for p in dom.lower().strip(".").split(".") if p]
    return labels[-2] if len(labels) >= 2 else ""


# "zohocalendar", "icloud-calendar", "protonmeet": a provider's calendar or meeting product
_TOOL_SUFFIXES = ("calendar", "calendars", "meet", "meeting", "meetings", "bookings", "scheduling")
_TOOL_OWNERS = TOOL_BRANDS | FREE_MAIL_BRANDS | {"apple", "zoho"}


def has_tool_brand(dom: str) -> bool:
    """True when ``dom`` belongs to a calendar / meeting / booking tool (any TLD)."""
    label = _second_level(dom)
    return label in TOOL_BRANDS or bool(
        (_brand_labels(label, _TOOL_SUFFIXES) - {label}) & _TOOL_OWNERS
    )


def is_free_mail(dom: str) -> bool:
    """A personal mail provider's domain (``gmail.com``, ``gmail.example``), never a company."""
    return dom.lower() in FREE_MAIL or _second_level(dom) in FREE_MAIL_BRANDS


def is_ats_domain(dom: str) -> bool:
    """An applicant-tracking or interview-scheduling service's domain (or a subdomain of one)."""
    dom = dom.lower()
    return any(dom == a or dom.endswith("." + a) for a in ATS_DOMAINS) or has_ats_brand(dom)
