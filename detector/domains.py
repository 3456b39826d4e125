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
