"""Fields from text and headers: company, role, people, kind, and the readable new text.

Every function is pure and cheap; the heavy part (HTML to text) has already happened in
:mod:`detector.mime`. Company names are read from the subject, body and signature and checked
against the sender's or organizer's domain, never taken from an ATS or scheduling tool.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from publicsuffixlist import PublicSuffixList

# re-exported: other modules (and other engineers' code) import them from here
from detector.domains import FREE_MAIL as FREE_MAIL
from detector.domains import VENDOR_DOMAINS as VENDOR_DOMAINS
from detector.domains import has_ats_brand, has_tool_brand, is_free_mail
from detector.model import CalendarEvent, Interview, InterviewKind, Message, Person

_NOREPLY = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|notifications?|notify|mailer(?:-daemon)?|"
    # "nao-responda@", "no-responder@", "ne-pas-repondre@", "nicht-antworten@", "non-rispondere@"
    r"n[ãa]o[-_.]?respond[ae]|no[-_.]?responder|ne[-_.]?pas[-_.]?r[ée]pondre|"
    r"nicht[-_.]?antworten|non[-_.]?rispondere|"
    r"bounces?|calendar(?:-notification)?|agenda|invites?|invitations?|scheduling|scheduler|automated|"
    r"system|alerts?|jobs?|careers?|talent|recruiting|hiring|hr|info|news(?:letter)?|updates?|"
    r"support|team|hello|marketing|postmaster|"
    # a network's message notifications: "nachrichten@mailing.kontakta...", "mensagens@"
    r"messages?|nachrichten|benachrichtigung(?:en)?|mensagens|mensajes|messaggi|"
    r"notificaciones|notifica[çc][õo]es|inmail|"
    # Polish, Turkish, Dutch, Nordic: "powiadomienia@", "bildirim@", "meldingen@", "varsler@"
    r"powiadomieni[ae]|nie[-_.]?odpowiadaj|bildirim(?:ler)?|meldingen|varsler|aviseringar|"
    r"notifikationer|"
    # a phone service's relays: "voicemail@", "whatsapp@", "sms@", "texts@"
    r"voicemail|voice[-_.]?mail|whatsapp|sms|texts?|fax)(?:[-_.+].*)?$",
    re.I,
)
_ROLE_BOX = re.compile(
    # ("fsac.enquiries@": a team's enquiries box)
    r"(?:careers?|jobs|recruiting|recruitment|talent|hiring|no-?reply|notifications?|"
    r"enquiries|inquiries)$",
    re.I,
)
_GROUP_DOMAINS = (
    "group.calendar.google.com",
    "resource.calendar.google.com",
    "calendar.google.com",
)

# An upper-case letter that opens a name, Latin letters with accents included ("Çınar Tekstil",
# "Łódź Logistics", "Škoda")
_UPPER = (
    r"[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100\u0102\u0104\u0106\u010c\u010e\u0110\u0118"
    r"\u011a\u011e\u0130\u0141\u0143\u0147\u0150\u0152\u0158\u015a\u015e\u0160\u0162"
    r"\u0164\u016e\u0170\u0178\u0179\u017b\u017d"
    # (the macron capitals of Māori and Latvian: "Ōtautahi", "Ēriks")
    r"\u0112\u012a\u014c\u016a]"
)
_CAP = (
    rf"{_UPPER}[\w&'’.+-]*"
    # ("Quinta do Sal", "Banco del Sur": the small words of Romance names join them too)
    # ("Office of the Fiscal Transparency Commissioner", "West Salado Union High School District")
    r"(?:[ \t]+(?:&[ \t]+|and[ \t]+|of[ \t]+(?:the[ \t]+)?|for[ \t]+|de[ \t]+|the[ \t]+|"
    r"d[oa]s?[ \t]+|del[ \t]+|du[ \t]+)?"
    # ("Banque Lagunaire de Côte d'Ivoire")
    rf"(?:d['’])?{_UPPER}[\w&'’.+-]*){{0,5}}"
)
_COMPANY_PATTERNS = [
    re.compile(rf"\b(?:at|with|from|join|joining|bei|chez)\s+({_CAP})"),
    re.compile(
        rf"({_CAP})\s+(?:Talent Acquisition|Recruiting|Recruitment|Careers|Hiring Team|"
        rf"People Team|HR)\b"
    ),
    # the last part of a signature line: "Keon Batts | TA Consultant | Carolina Piedmont Health"
    re.compile(rf"(?:^|\n)\s*(?:[^\n|,]{{2,60}}[|,–-][ \t]*){{1,3}}({_CAP})[ \t]*(?=\n|$)"),
    re.compile(rf"(?:^|\n)\s*({_CAP})\s*\|\s*[\w.-]+\.[a-z]{{2,}}\s*(?:\n|$)"),
    # a signature line: the organisation, then its street address or phone
    re.compile(rf"(?:^|\n)[ \t]*({_CAP})[ \t]*[|·•][ \t]*(?:\d|\+)"),
    # ... or its town and postcode: "Mount Lofty University, Adelaide SA 5005"
    re.compile(
        rf"(?:^|\n)[ \t]*({_CAP}),[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]+"
        r"(?:[A-Z]{2,3}[ \t]+)?\d{4,5}[ \t]*(?=\n|$)"
    ),
]
# "Title, Company" / "Title | Company" on a line of its own, as signatures write it
_SIGNATURE_COMPANY = re.compile(
    # (a note may follow the name: "Summit Peak Academy (a public charter school)")
    rf"(?:^|\n)[ \t]*([^\n|,]{{2,60}})[|,–-][ \t]*({_CAP})[ \t]*"
    r"(?:\([^)\n]{1,40}\))?[ \t]*(?=\n|$)"
)
_NAME = r"[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2}"
# A signature line that is only a firm's name with its legal form ("Reyes & Sons Electric LLC")
_REGISTERED_NAME = re.compile(
    # (Mexico's after a comma: "Manufacturas Metálicas del Noreste, S.A. de C.V.")
    rf"(?m)^[ \t]*({_CAP}),?[ \t]+(?:S\.?A\.?(?:P\.?I\.?)? de C\.?V\.?|"
    r"LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|Corp\.?|Co\.|GmbH|LLP|PLC|"
    r"S\.?A\.?|S\.?L\.?|B\.?V\.?|Pty\.? Ltd\.?|AG|S\.p\.A\.|S\.r\.l\.?|SpA|Srl|SE|KG)[ \t]*$"
)
# A firm's name in guillemets after (Kazakh: before) its legal form, as Russian, Ukrainian and
# Kazakh mail writes it: "АО «Жетісу Капитал»", "«Ақжол Қаржы» ЖШС". Used only where no
# corporate domain names the employer: the scorer and the English draft want a Latin name, and
# the domain gives one.
_CYRILLIC_REGISTERED_NAME = re.compile(
    r"\b(?:АО|ТОО|ООО|ПАО|ЗАО|ОАО|АҚ|ЖШС|ТОВ|ПрАТ)\s+«([^»\n]{2,60})»|«([^»\n]{2,60})»\s+(?:ЖШС|АҚ)\b"
)
# a founder's signature: "Co-founder & CEO, Tidewell" (titles that are no job on offer)
_FOUNDER_TITLE = re.compile(r"\b(?:co-?founder|founder|ceo|cto|coo)\b", re.I)
_PEOPLE_ONLY = re.compile(rf"{_NAME}(?:\s*(?:/|<>|&|and|x)\s*{_NAME})*")
# the words of a business unit after a title, which no person is called: "HR Business Partner -
# Retail Network", "Analyst - Consumer Banking"
_BUSINESS_UNIT = re.compile(
    r"\b(?:Network|Networks|Retail|Operations|Banking|Markets|Services|Solutions|Systems|"
    r"Products|Platforms?|Division|Region|Enterprise|Commercial|Digital|Corporate|Consumer|"
    r"Wholesale|Infrastructure|Security|Payments|Growth|Strategy|Finance|Technology|Clinical|"
    r"Research|Legal|Supply|Logistics|Manufacturing|Branches|Stores|Hospitality|"
    # (and in Spanish and Portuguese: "Analista de Riesgo - Banca Corporativa")
    r"Banca|Corporativ[ao]|Operaciones|Opera\u00e7\u00f5es|Finanzas|Finan\u00e7as|Comercial|"
    r"Tecnolog\u00eda|Tecnologia|Log\u00edstica|Miner\u00eda|Minera|Planta|Proyectos|Projetos)\b"
)
# a shared mailbox's display name adds its team: "Acme Talent Team" is Acme
_TEAM_SUFFIX = re.compile(
    # (and a booking mailbox's "District of Cypress Bay Interviews")
    # (and in French: "BLCI Recrutement", "X Ressources Humaines")
    r"\s+(?:Talent(?: Acquisition)?|Recruit(?:ing|ment)|Careers|Hiring|People|HR|Interviews|"
    r"Interview Panel|"
    r"Recrutement|Ressources Humaines|RH|"
    # a public body's HR office: "FMSA Office of Human Capital"
    r"(?:Office of )?Human (?:Capital|Resources))(?: Team)?$"
    # ... or the event it holds: "Saguaro Connect Virtual Hiring Event"
    r"|\s+(?:Virtual )?(?:Hiring Event|Career Fair|Job Fair|Open House)$"
    # a Chinese sender's "星流科技招聘" (X Recruiting), "X人力资源"
    r"|(?<=[\u4e00-\u9fff])(?:招聘|人力资源|人事部)$"
    # what is left of a Polish "Sp. z o.o." or "Sp. k." cut at its first dot
    r"|\s+Sp$"
)
# Japanese, Korean and Chinese job words; a title in these scripts ends in one
_CJK_JOB = (
    r"エンジニア|マネージャー|デザイナー|アナリスト|ディレクター|リサーチャー|開発者|"
    r"엔지니어|개발자|매니저|디자이너|분석가|연구원|工程师|工程師|经理|經理|设计师|分析师|"
    # ("产品运营专员", "司机端产品运营", "运营负责人", "实习生")
    r"运营专员|专员|运营|负责人|主管|总监|顾问|实习生"
)
_JOB_WORDS = re.compile(
    r"\b(engineer|engineering|developer|manager|analyst|designer|scientist|lead|leader|director|"
    r"researcher|consultant|specialist|architect|administrator|coordinator|officer|associate|"
    r"intern|vp|president|accountant|writer|editor|sales|representative|marketing|product|"
    r"head|recruiter|counsel|nurse|teacher|technician|tech|strategist|owner|partner|programmer|"
    r"sre|sde|swe|sdet|qa|devops|data|software|ux|ui|executive|assistant|gm|cfo|"
    # titles outside tech, and seniority words that only ever open a job title
    r"controller|auditor|clerk|planner|buyer|advisor|adviser|agent|trainee|apprentice|"
    r"actuary|underwriter|"
    # the trades and the site: "Electrical Estimator", "Superintendent", "Journeyman Wireman"
    r"estimator|superintendent|journeyman|lineman|pipefitter|inspector|surveyor|draftsman|"
    # Vietnamese: "Chuyên viên" (specialist), "Nhân viên" (staff), "Kỹ sư" (engineer),
    # "Trưởng nhóm" (team lead), "Quản lý" (manager), "Lập trình viên" (programmer)
    r"chuy[êe]n vi[êe]n|nh[âa]n vi[êe]n|k[ỹy] s[ưu]|tr[ưu][ởo]ng nh[óo]m|qu[ảa]n l[ýy]|"
    r"l[ậa]p tr[ìi]nh vi[êe]n|"
    # security titles: "Threat Hunter", "Incident Responder", "Penetration Tester"
    r"hunter|responder|tester|pentester|investigator|"
    # early careers and hourly jobs: "Graduate Programme 2026", "Barista (Part-Time)"
    r"graduate|programme|internship|barista|attendant|teller|stylist|"
    r"supervisor|foreman|operator|driver|mechanic|electrician|cook|cashier|pilot|chef|"
    # nursing and teaching: "RN Clinical Educator - Women's Services", "Clinical Instructor"
    r"rn|lpn|cna|educator|instructor|midwife|paramedic|caregiver|"
    r"paralegal|lawyer|attorney|pharmacist|therapist|physician|chemist|economist|dietitian|addett[oa]\w*|"
    r"nutritionist|veterinarian|surgeon|dentist|optometrist|merchandiser|"
    # Latvian and Estonian: "Muitas deklarants/-e", "muitas nodaļas vadītājs", "speciālists",
    # "logistikajuht", "spetsialist"
    r"deklarant\w*|speci\u0101list\w*|spetsialist\w*|vad\u012bt\u0101j\w*|\w*juht|"
    # Hungarian: "Pénzügyi kontroller", "Kontrolling vezető", "pénzügyi igazgató"
    r"kontroller|vezet\u0151i?|igazgat\u00f3i?|asszisztens|k\u00f6nyvel\u0151|"
    r"elemz\u0151|munkat\u00e1rs|"
    # medicine: "Pulmonary and Critical Care Medicine Fellowship", "Nocturnist Hospitalist"
    r"fellowship|residency|hospitalist|nocturnist|"
    # scientific and clinical titles by their ending ("Computational Biologist", "Statistician")
    r"\w+ologist|\w+icist|\w+ician|\w+ographer|"
    # ... and in French ("Géologue", "Hydrogéologue", "Biologiste", "Physicienne")
    r"\w+ologue|\w+ologiste|physicien(?:ne)?|chimiste|"
    r"junior|senior|principal|staff|chief|werkstudent(?:in)?|praktikant(?:in)?|"
    # a school post named by its level and subject: "our Secondary English position"
    r"secondary|primary|high school|middle school|"
    r"\w*referent(?:in)?|\w*sachbearbeiter(?:in)?|\w*kauffrau|\w*kaufmann|"
    # other languages: the word alone, or as the end of a German compound
    r"\w*entwickler(?:in)?|\w*berater(?:in)?|\w*leiter(?:in)?|\w*ingenieur(?:in)?|"
    # ("Konstrukteur Getriebetechnik", "Industriemechaniker", "Fachkraft für Lagerlogistik")
    r"\w*konstrukteur(?:in)?|\w*techniker(?:in)?|\w*mechaniker(?:in)?|\w*elektriker(?:in)?|"
    r"\w*meister(?:in)?|\w*planer(?:in)?|\w*informatiker(?:in)?|\w*architekt(?:in)?|"
    r"\w*spezialist(?:in)?|\w*koordinator(?:in)?|\w*assistent(?:in)?|\w*mitarbeiter(?:in)?|"
    r"\w*fachkraft|\w*verk[äa]ufer(?:in)?|"
    r"ingeniero|ingeniera|analista|desarrollador(?:a)?|dise[nñ]ador(?:a)?|programador(?:a)?|"
    # a building site's posts: "Residente de Obra", "Superintendente", "Fiscalizador/a"
    r"residente|superintendente|fiscalizador(?:a)?|especialista|"
    r"chef(?:fe)?|responsable|"
    r"d[ée]veloppeur(?:se)?|projet|proyecto|gerente|engenheiro|desenvolvedor|dados|datos|"
    r"ontwikkelaar|\w*medewerker|adviseur|\w+planner|\w*leider|\w*beheerder|"
    # French titles ("Analyste actuariel(le)", "Conseillère clientèle", "Technicienne")
    r"analyste|actuaire|actuariel\w*|comptable|conseill[eè]re?|gestionnaire|juriste|"
    r"administrat(?:eur|rice)|coordinat(?:eur|rice)|superviseu(?:r|se|re)|"
    r"charg[ée]e?|\w*leitung|"
    r"technicien(?:ne)?|infirmi[eè]re?|ing[ée]nieure?|vendeu(?:r|se)|contr[ôo]leu(?:r|se)|"
    # feminine and other-language forms ("Développeuse", "Engenheira", "Gestora de Produto",
    # "Dataingenjör", "Inżynier", "Sviluppatrice")
    r"d[ée]veloppeuse|engenheira|desenvolvedora|gestor[a]?|\w*ingenj[öo]r|utvecklare|"
    r"projektledare|\w*ansvarig|in[żz]ynier\w*|programista|specjalist\w*|kierownik|"
    # Swedish and Danish compounds: "Industridesigner", "Produktchef", "Dataudvikler"
    r"\w+designer|\w+chef|\w*udvikler|\w*konsult|"
    # Norwegian and Danish: "Maskiningeniør", "Prosjektleder", "HR-rådgiver", "Systemutvikler"
    r"\w*ingeni\u00f8r|\w*leder|\w*r\u00e5dgiver|\w*utvikler|\w*konsulent|\w*tekniker|"
    r"\w*operat\u00f8r|\w*mekaniker|"
    r"koordynator\w*|"
    # Czech and Slovak titles: "Konstruktér převodovek", "Konštruktér", "Inženýr kvality"
    r"kon[s\u0161]trukt\u00e9r\w*|in\u017een\u00fdr\w*|technolog|mistr|vedouc\u00ed|"
    r"sviluppat(?:ore|rice)|ingegnere|consulente|programmatore|"
    # care, teaching and trades titles
    r"aide|caregiver|lecturer|professor|tutor|\w*fachkraft|\w*pfleger(?:in)?|[ée]ducat(?:eur|rice)|"
    r"coach|(?:\d{1,2}(?:st|nd|rd|th)|kindergarten)\s+grade|"
    r"(?:team|crew|staff) member|bookseller|picker|packer|porter|"
    # managers in Portuguese, Spanish and French: "Diretora de Alojamento", "Subdirectora"
    r"(?:sub)?diretor[a]?|(?:sub|sous-)?directeur|directrice|(?:sub)?directora|gerente|"
    r"g[ée]rant[e]?|"
    # Spanish and Portuguese titles ("Técnico/a de Ensayos Clínicos", "Enfermera de Planta")
    r"t[ée]cnico|enfermeir?[oa]|coordinador[a]?|coordenador[a]?|especialista|"
    # "Contador/a Senior", "Liquidador/a de Impuestos", "Auxiliar Contable", "Asistente de RRHH"
    r"contador[a]?|liquidador[a]?|auxiliar|asistente|administrativ[oa]|"
    r"paralegal|plumber|welder|carpenter|server|bartender|housekeeper|dispatcher|"
    r"receptionist|pharmacist|therapist|hygienist|medic|paramedic|fellow|postdoc\w*|"
    r"artist|animator|illustrator|producer|photographer|copywriter|"
    # French: "Productrice ou producteur exécutif", "Conceptrice de niveaux", "Réalisateur"
    r"producteur|productrice|conceptrice|concepteur|r\u00e9alisat(?:eur|rice)|"
    # Turkish
    r"geli\u015ftirici|m\u00fchendis\w*|uzman\w*|y\u00f6netici\w*|analist\w*|tasar\u0131mc\u0131|"
    # ("Tedarik Zinciri Müdürü" supply chain manager, "Lojistik Sorumlusu", "Satış Temsilcisi")
    r"m\u00fcd\u00fcr\w*|sorumlus\w*|temsilci\w*|koordinat\u00f6r\w*|direkt\u00f6r\w*|"
    r"asistan\w*|\u015fefi|"
    # sales and customer titles as capitals only ("AE, Public Sector"; "ae" or "csm" in a word
    # is something else)
    r"(?-i:AE|SDR|BDR|CSM|TAM|VA)|"
    # Arabic: analyst, engineer, manager, specialist, planner, coordinator, developer, accountant
    r"محلل\w*|مهندس\w*|مدير\w*|أخصائي\w*|مخطط\w*|منسق\w*|مطور\w*|محاسب\w*|مشرف\w*|"
    # Russian, Ukrainian and Kazakh: analyst, manager, specialist, developer, engineer,
    # accountant, director, head, economist
    r"аналітик\w*|аналитик\w*|менеджер\w*|специалист\w*|фахів\w*|разработчик\w*|розробник\w*|"
    r"инженер\w*|інженер\w*|бухгалтер\w*|директор\w*|руководител\w*|керівник\w*|экономист\w*|"
    r"талдаушы\w*|маман\w*|"
    # Croatian, Serbian and Slovenian: specialist, head (of), manager, adviser, analyst,
    # engineer, programmer, associate, officer; Georgian developer, engineer, manager, analyst,
    # specialist
    r"specijalist\w*|voditelj\w*|vodja|menad[žz]er\w*|savjetni\w*|svetoval\w*|"
    r"analiti[čc]ar\w*|in[žz]enjer\w*|programer\w*|suradni\w*|referent\w*|stru[čc]nja\w*|"
    r"დეველოპერ\w*|ინჟინერ\w*|მენეჯერ\w*|ანალიტიკოს\w*|სპეციალისტ\w*|"
    # Lithuanian: programmer, engineer, developer, analyst, lead, manager; Uzbek analyst,
    # specialist, manager
    r"programuotoj\w*|in\u017einier\w*|k\u016br\u0117j\w*|analitik\w*|vadov\w*|"
    r"vadybinink\w*|tahlilchi\w*|mutaxassis\w*|menejer\w*|"
    # an abbreviated title with its level: "CRA II", "SWE III", "RN IV"
    r"(?-i:[A-Z]{2,4}\s(?:II|III|IV)))\b|" + _CJK_JOB,
    # Japanese, Korean, Chinese: no word boundary inside a run of these scripts
    re.I,
)
_ROLE = (
    # (a grade opens a teacher's title: "the 7th Grade Science position")
    r"(?:\d{1,2}(?:st|nd|rd|th)[ \t]+)?[A-Z][\w/&+.'-]*(?:(?:[ \t]+|,[ \t]*|[ \t]*[-–][ \t]*)"
    # "for" joins a title ("Director for Research") but "for the" starts a new phrase ("the
    # final stage for the Staff Engineer position"); an article is never a word of a title,
    # even where a pattern ignores case ("for the shortlisted students for the X role")
    r"(?:of[ \t]+|and[ \t]+|&[ \t]+|for[ \t]+(?!(?:the|a|an|our)\b)|in[ \t]+|de[ \t]+)?"
    # (a year is a word of a programme's name: "Summer 2026 Data Analyst Intern"; a number
    # may close a bracket: "Financial Reporting Manager (IFRS 17)")
    # (a bracket may hold lower-case words: "International Marketing Specialist (Italy launch)")
    # (and a grade range: "Grade 11-12 English Teacher")
    r"(?!(?:the|a|an|our|your|their|for)\b)(?:[A-Z\u0141\u015a\u017b\u0179\u0106(][\w/&+.'()-]*|"
    r"20\d\d\b|\d+\)|"
    r"\d{1,2}[-–]\d{1,2}\b|"
    r"\([^()\n]{1,40}\))){0,7}"
)
# A title without inner dashes, for lines where a dash separates the title from the rest.
_PLAIN_ROLE = (
    # (a comma may open the title's team: "Security Engineer, Detection & Response")
    r"[A-Z][\w/&+.'-]*(?:(?:[ \t]+|,[ \t]+)(?:of[ \t]+|and[ \t]+|&[ \t]+|for[ \t]+|in[ \t]+)?"
    r"[A-Z(][\w/&+.'()]*){0,6}"
)
# Lowercase words inside a title are only allowed in the non-English forms ("Cheffe de projet
# digital", "Ingeniero de Datos"): after "poste de", "puesto de", "vaga de" a title runs to the
# next punctuation or connective.
# Written in running text the title may start lower-case ("au poste d'analyste actuariel(le)")
# and carry an inclusive ending in brackets: "(le)", "(e)", "(ne)".
_FOREIGN_ROLE = (
    # ("Técnico/a Contable", "Contador/a Senior": the inclusive ending after a slash)
    r"[A-ZÀ-Ýa-zà-ÿ][\w'’-]*(?:/[\w'’-]+)?(?:\(\w{1,4}\))?"
    # a preposition, an adverb or a verb ends it: "... Pleno aqui na X", "... Engineer ha quedado"
    # (a hard wrap may fall inside the title: "le poste de Responsable de la\ncomptabilité")
    r"(?:(?:[ \t]+|[ \t]*\n[ \t]*)"
    # (but a specialist's or an engineer's field is the title's: "Especialista en Drenaje Vial",
    # "Ingeniero en Sistemas", "Licenciada en Finanzas")
    r"(?:(?:(?<=cialista )|(?<=geniero )|(?<=geniera )|(?<=nciado )|(?<=nciada ))"
    r"en[ \t]+(?=[A-ZÁÉÍÓÚ])|"
    # (nor an article that opens a date: "Técnico/a de Farmacovigilancia el viernes 27")
    r"(?!(?:at|bei|chez|en|na|no|bij|in|à|a|em|aqui|aquí|ici|hier|here|ha|han|hat|è|é|el|"
    # (nor where it is based: "Superviseur Contrôle Interne Finance basé à Rabat")
    r"bas[ée]e?|situ[ée]e?|"
    r"est|ist|foi|fue|sera|será|sarà|wird|queda|quedó|que|qui|che|para|pour|per|com|con|avec|mit|"
    r"y|e|et|und|ou|"
    r"eu|yo|je|ich|io|nós|nosotros|nous|wir)\b))"
    r"[\w'’-]+(?:/[\w'’-]+)?(?:\(\w{1,4}\))?){0,5}"
)
_CZECH_ROLE = (
    r"[^\W\d_][\w()/-]*(?:[ \t]+(?:[-\u2013][ \t]+)?(?!(?:v|ve|do|na|pro|u|a|i|se|s|z|ze|od|za|"
    r"kde|kter\w+|jsme|je|bude|p\u0159i|po|o|n\u00e1s|spolo\u010dnosti|spole\u010dnosti)\b)"
    r"[^\W\d_][\w()/-]*){0,4}"
)
# Polish "for matters of" and its lower-case field: "Koordynator ds. magazynu i transportu"
_POLISH_DS = (
    r"(?:[ \t]+ds\.(?:[ \t]+(?!(?:w|we|na|z|ze|do|od|za|oraz|w\u00a0)\b)"
    r"[a-z\u0105\u0107\u0119\u0142\u0144\u00f3\u015b\u017a\u017c][\w-]*){1,4})?"
)
# Ordered by how explicitly they name the job: an application "for the X role" beats a
# phrase in a calendar title.
_ROLE_PATTERNS = [
    # a title in quotes: 'your application for the position "Backend Engineer – Connected
    # Vehicle Platform"'
    re.compile(
        # (and in Spanish, Portuguese and French: 'la oferta "Liquidador/a de Impuestos Sr."')
        # (and Ukrainian and Russian: "на вакансію «QA Automation Engineer (Python)»")
        # (and an Ecuadorian board's 'tu postulación al aviso «Ingeniero/a Residente de Obra»')
        r"\b(?i:position|role|job|stelle|vacancy|opening|oferta|puesto|posici\u00f3n|vaga|offre|aviso|"
        r"poste|вакансі[юяї]|вакансию|позиці[юя]|позицию|посаду|обява(?:та)?|"
        # Bulgarian: "във връзка с кандидатурата Ви за „Java Backend Developer“"
        r"кандидатурата (?:ви|си) за|"
        # Croatian "vezano uz oglas \"Specijalist/ica za e-commerce (m/ž)\"", Georgian "ვაკანსიით
        # „უფროსი Full-Stack დეველოპერი“" (with the opening), "პოზიციაზე „...“" (for the post)
        # (Serbian "u vezi sa oglasom „Backend developer (Node.js/TypeScript)“", "на оглас „...“")
        r"oglas(?:[au]|om)?|оглас(?:[ау]|ом)?|ვაკანსი\w*|პოზიცი\w*)\s+"
        r"[\"“„«]([^\"”“»\n]{3,70})[\"”“»]"
    ),
    re.compile(rf"\bapplication\s+(?:for|to)\s+(?:the\s+)?({_ROLE})\s+(?:role|position)"),
    re.compile(
        rf"\bBewerbung\s+(?:als|für\s+(?:die\s+)?(?:Stelle\s+)?(?:als\s+)?|[-–:]\s*)?\s*({_ROLE})"
    ),
    re.compile(
        # ("la búsqueda de Data Engineer": the Argentine word for a job opening)
        rf"\b(?:poste|puesto|vaga|cargo|posi[çc][ãa]o|posici[óo]n|posizione|fun[çc][ãa]o|"
        rf"(?i:b[úu]squeda)|vacante)\s+"
        rf"(?:de|d'|di)\s*"
        rf"({_FOREIGN_ROLE})"
        rf"|\b(?:sollicitatie|solliciteren)\s+(?:als\s+|voor\s+)?(?:de\s+functie\s+)?({_ROLE})"
        # "gesolliciteerd op de vacature X", "auf die Stelle X", "for the vacancy X"
        rf"|\b(?:vacature|vacancy|Stelle|vacante)\s+(?:als\s+|voor\s+|of\s+)?({_ROLE})"
        # Indonesian: "melamar posisi Mobile Developer (Kotlin)", "Lamaran Mobile Developer"
        rf"|\b(?:(?i:melamar|lamaran)\s+(?:(?i:posisi|untuk posisi)\s+)?|(?i:untuk posisi)\s+)"
        rf"({_ROLE})"
        # Vietnamese "vị trí QA Engineer" (the position of), "vị trí Chuyên viên Phân tích Dữ
        # liệu (Data Analyst) qua TopCV": lower-case words inside, to a connective or a stop
        rf"|\bv[ịi] tr[íi]\s+([A-ZÀ-Ỹ][^\n,.;:!?]{{2,70}}?)(?=\s+(?:qua|tại|tai|của|cua|mà|ma|ở|"
        rf"trên|tren|cho|với|voi|và|va|vào|vao|tháng|thang|ngày|ngay|bên|ben|trước|truoc|sau|"
        rf"khi|để|de|thì|thi|nhé|nhe|là|la|rồi|roi|nên|nen|vì|vi|này|nay|đó|do|được|duoc|đã|da|"
        rf"sẽ|se|đang|dang|không|khong|hoặc|hoac|từ|tu|đến|den|nha|ạ|em|anh|chị|chi|bạn|ban)\b|"
        # (a note in lower case after it is none of it: "QA Engineer (dự án Nhật)")
        rf"\s*[\n,.;:!?]|\s*\((?=[a-zà-ỹđ])|\s*$)"
    ),
    # (not "the GIS Analyst opening on our water data team": the team one would join)
    re.compile(
        rf"\b(?!(?i:on\s+our)\s)(?:for|as|on)\s+(?:the|a|an|our)\s+({_ROLE})\s+"
        r"(?:role|position|opening|opportunity|job|req\b|team|mandate|search|vacancy|post\b|seat\b|spot\b|"
        r"appointment\b)",
        re.I,
    ),
    # (not a person's title with a note on the job: "Tanner Olsen, our VP of Implementation (this
    # role reports to him)")
    re.compile(
        rf"\b(?:the|our|your|die)\s+({_ROLE})\s+(?<!\(this )(?<!\(the )"
        r"(?:role|position|opening|Stelle|posting|listing)\b"
    ),
    # Dutch: "voor de rol van Lead Product Manager Platform", "de functie van X"; a booking
    # form's question and its answer ("Voor welke rol solliciteer je?\nProduct Manager Growth",
    # "Which role are you applying for?\nData Analyst")
    re.compile(rf"\b(?i:de (?:rol|functie) (?:van|als))\s+({_ROLE})"),
    re.compile(
        r"(?i:(?:which|what) (?:role|position|job) are you (?:applying|interviewing) for|"
        r"voor welke (?:rol|functie|vacature) solliciteer je|"
        # (Lithuanian "Kuriai pozicijai kandidatuojate?")
        r"kuriai pozicijai kandidatuoj\w+)\??[ \t]*\n[ \t]*"
        rf"({_ROLE})[ \t]*$",
        re.M,
    ),
    # a booking page's note: "Senior Full-Stack Engineer: final conversation with Ruth."
    re.compile(
        rf"(?m:^)[ \t]*({_ROLE}):[ \t]+(?:(?:final|first|second|technical|intro\w*)[ \t]+)?"
        r"(?:conversation|interview|chat|call|round)\b"
    ),
    # "the final step of the Lead Gameplay Programmer process", "carry on with the Senior
    # Backend Engineer process at Tessellate"
    re.compile(
        rf"\b(?:of|with|in)\s+the\s+({_ROLE})\s+(?:hiring\s+|recruitment\s+|interview\s+)?"
        r"process\b"
    ),
    re.compile(rf"\b({_ROLE})\s+(?:role|position)\s+(?:at|with|bei)\b"),
    # (and a recruiter's "Role is Manufacturing Engineer - Seat Frame Welding, 12 month
    # contract")
    re.compile(
        # (Lithuanian "Pozicija: Backend Engineer (Python)")
        rf"\b(?i:position|role|post|stelle|vaga|puesto|poste|pozicija)\s*(?:of|as|als|:|is)\s*"
        rf"({_ROLE})"
    ),
    # Ukrainian and Russian: "на позицію Senior QA Automation Engineer (C#/.NET)", "на посаду"
    # (and Serbian "за позицију Senior Java Developer")
    re.compile(
        rf"(?i:\b(?:на|за)\s+(?:позиці[юї]|позицию|позицију|посаду|вакансі[юї]|вакансию))\s+({_ROLE})"
    ),
    # Lithuanian: "į Backend programuotojas (Java) poziciją", "dėl Backend Engineer (Kotlin)
    # pozicijos" (a lower-case word may be part of the title before "pozicija", the position)
    re.compile(
        r"(?:^|\s)(?:\u012f|d\u0117l)\s+([A-Z][\w/&+.'-]*(?:[ \t]+[\w/&+.'()-]+){0,5}?)"
        r"[ \t]+pozicij\w*"
    ),
    # Latin American Spanish: "Revisamos tu postulación a Analista de Riesgo de Crédito - Banca
    # Corporativa", "su postulación al puesto de X"
    re.compile(
        r"\b(?i:postulaci[óo]n)\s+(?:a\s+la\s+(?:oferta|vacante)\s+(?:de\s+)?|"
        r"al\s+(?:puesto|cargo)\s+de\s+|a\s+|para\s+(?:el\s+puesto\s+de\s+)?)"
        rf"({_ROLE})"
    ),
    # Dutch: "voor de functie Transportplanner", "de vacature van Planner Intermodaal"
    re.compile(rf"\bde (?i:functie|vacature)\s+(?:van\s+)?({_ROLE})"),
    # Czech and Slovak: "na pozici Konstruktér převodovek (Creo) ve společnosti X", "o pozíciu X",
    # "Pozice Konstruktér – manipulační technika" (a title runs to a preposition or a comma)
    re.compile(rf"\b(?i:pozic[ei]|poz\u00edci[ua])\s+({_CZECH_ROLE})"),
    # Croatian, Serbian and Slovenian: "za radno mjesto Specijalist/ica za e-commerce (m/ž).",
    # "na delovno mesto Vodja e-trgovine (m/ž) v podjetju X", "za poziciju Content i SEO
    # specijalist/ica" (lower-case words and "za" belong to the title; a clause ends it)
    re.compile(
        r"\b(?i:radno mjesto|radno mesto|delovno mesto|poziciju|pozicijo)\s+"
        r"([^\W\d_][^\n.,;:!?\"“”„]{1,70}?)(?=\s*[\n.,;:!?]|\s+(?:u|v|na|pri|kod|ste|je|koje|ki|"
        r"sa|s|z|pa|te|preko|od|do)\b|\s*$)"
    ),
    # Polish: "na stanowisko Senior Backend Developer (Go)"
    re.compile(rf"\b(?i:stanowisk[oau])\s+({_ROLE}{_POLISH_DS})"),
    # "for the role Marketing Specialist Italia & Ticino"
    re.compile(rf"\b(?:for|in|to) the (?i:role|position) ({_ROLE})"),
    # "für die Position Stationsleitung Kardiologie (m/w/d)"
    re.compile(rf"\b(?:f\u00fcr die|auf die|an der|die|der) (?i:position|stelle)\s+({_ROLE})"),
    # "no processo para Desenvolvedor Backend", "proceso de selección para Analista"
    re.compile(
        rf"\b(?i:processo|proceso)\s+(?:(?i:seletivo|de selecci[óo]n)\s+)?(?:para|de)\s+"
        rf"(?:(?:a|o|la|el)\s+)?({_FOREIGN_ROLE})"
    ),
    re.compile(
        # ("scheduled an interview with you for Instructional Design Fellow (Graduate, Remote)")
        rf"\b(?i:interview(?:s)?|onsite|on-site|loop|screen|panel|superday|conversation|chat)"
        rf"(?:\s+with\s+you)?\s+(?:for|für)\s+"
        rf"(?:the\s+|our\s+|your\s+)?({_ROLE})"
    ),
    re.compile(rf"\b(?:step|stage|round|process)\s+for\s+(?:the\s+|our\s+)?({_ROLE})"),
    re.compile(rf"\bapplication\s+(?:for|to)\s+(?:the\s+)?({_ROLE})"),
    # a job board's relay: "hat dir eine Nachricht zu deiner Bewerbung geschickt:\nUX/UI
    # Designer (m/w/d) – Hamburg / remote"
    re.compile(rf"\b(?i:bewerbung|application)\b[^\n]{{0,60}}:[ \t]*\n[ \t]*({_ROLE})"),
    # a calendar description that opens with the title: "Gameplay Engineer - technical interview"
    # (or after a label: "Notes from Henrik: Growth Marketer - intro call")
    re.compile(
        rf"(?m)(?:^|:[ \t]+)[ \t]*({_PLAIN_ROLE})[ \t]+[-–—|:][ \t]+(?:\w+[ \t]+){{0,3}}?"
        r"(?i:interview|screen|call|chat|conversation)\b"
    ),
    # a chatbot's opening line: "Thanks for your interest in Forklift Operator (2nd Shift) at
    # Peachline Logistics"
    re.compile(rf"\binterest in (?:the )?({_ROLE})\s+(?:at|with)\s+(?-i:[A-Z])"),
    # the manager the post reports to: "Mrs Rumbidzai Makoni, General Manager, who the Market
    # Research Economist reports to"
    re.compile(rf"\b(?:who|whom) the ({_ROLE}) (?:role |position )?(?:will )?reports? to\b"),
]
# A calendar description that opens with the bare title on a line of its own
# ("Senior Backend Engineer (Payments)" then a blank line). Only the opening line of a text:
# further down a line alone is as likely a signature title of the person writing.
_OPENING_TITLE = re.compile(
    # (not a greeting: "Hi Renata! It's Ava, the Ridgeway recruiting assistant")
    r"\A(?:[^\n]*\n)?[ \t]*\n?[ \t]*(?!(?i:hi|hello|hey|dear|good (?:morning|afternoon)|"
    r"thanks|thank you)\b)([A-Z][^\n:@!]{2,70}?)[ \t]*\n[ \t]*\n"
)
# A title that may hold a comma ("Frontend Engineer, Growth") but no spaced dash: after the
# title a dash opens the company or place ("Interview: Data Engineer - Acme").
_STEP_ROLE = (
    # ("Engenheira de Dados Sênior", "Chef de projet": the Romance connectives)
    r"[A-Z][\w/&+.'-]*(?:(?:[ \t]+|,[ \t]*)(?:of[ \t]+|and[ \t]+|&[ \t]+|for[ \t]+|in[ \t]+|"
    r"(?:de|da|do|des|du|di|del|der)[ \t]+)?"
    r"[A-Z(][\w/&+.'()-]*){0,7}" + _POLISH_DS
)
# An ATS detail block names the step, then the job: "Technical Interview - Frontend Engineer,
# Growth", "Phone screen: Data Analyst". The title runs to the end of the line.
_STEP_THEN_ROLE = re.compile(
    # (after a table's label, if any: "What: Hiring manager interview - Staff Engineer")
    rf"(?m)^[ \t]*(?:\w{{2,12}}:[ \t]*)?(?:[\w-]+[ \t]+){{0,3}}(?i:interview|screen|call|chat|"
    rf"conversation|round|stage|etapa|fase|[ée]tape|runde|stufe|rozmow\w*|presentation|"
    # ("Qué: Entrevista telefónica (30 min) – Técnico/a de Ensayos Clínicos")
    rf"entrevista|entretien|\w*gespr[äa]ch|colloquio|\w*gesprek)(?:[ \t]+\w+)?"
    # (what the step covers may stand in brackets: "Technisches Interview (Live-Coding) – X")
    rf"(?:[ \t]*\([^()\n]{{1,60}}\))?"
    rf"(?:[ \t]*[:|]|[ \t]+[-–—])[ \t]+({_STEP_ROLE})"
    # ("Vettora Screening Interview - Senior Backend Engineer track")
    # (or a full stop, then the next sentence: "Final interview - Marketing Executive, Pacific
    # Markets. Rawiri Parata (Chief Executive) with Mereani Tuilagi.")
    rf"(?:[ \t]+(?:track|role|position|opening))?(?:[ \t]+[-–—|@][^\n]*|\.(?:[ \t]+[^\n]*)?)?"
    rf"[ \t]*$"
)
_ROLE_PATTERNS.insert(len(_ROLE_PATTERNS) - 1, _STEP_THEN_ROLE)
# Japanese, Korean and Chinese titles end in the job word ("バックエンドエンジニア",
# "데이터 엔지니어", "高级后端工程师"); Turkish names the title before "pozisyonu" or "ilanı"
# (the posting).
# tried after every other pattern: an English title in the same mail is the one to show
_LAST_ROLE_PATTERNS = [
    re.compile(rf"((?:[\u30a0-\u30ff\u4e00-\u9fff\uac00-\ud7af]+[ \t]?){{0,3}}?(?:{_CJK_JOB}))"),
    re.compile(rf"\b({_ROLE})\s+(?:pozisyon|ilan\w*|kadro)"),
    # West African French may drop the "de": "pour le poste Chargée de Logistique" (after the
    # others: a bilingual mail's "Interview confirmed - Backend Developer" is the title to show)
    re.compile(rf"\bposte (?=[A-ZÀ-Ý][a-zà-ÿ])({_FOREIGN_ROLE})"),
    # Uzbek: "Data analitik vakansiyasi bo'yicha" (about the Data analyst vacancy), "X lavozimi"
    # (the post of X; a lower-case word may be part of the title)
    re.compile(r"\b([A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}?)[ \t]+(?:vakansiya|lavozim)\w*"),
    # a startup's own words: "we're hiring our first Mobile Engineer", an event title
    # "Founder chat (Founding Data Scientist)"
    re.compile(rf"\b(?i:hiring)\s+(?i:our|a|an)\s+(?:(?i:first|next)\s+)?({_ROLE})"),
    # ("jornada presencial de entrevistas (Data Engineer Senior)")
    re.compile(
        rf"\b(?i:chat|call|interview|screen|conversation|entrevistas?|entretiens?)\s*\(({_ROLE})\)"
    ),
    # Hebrew "למשרת" (for the position of): the English title right after it, or in brackets
    # after the Hebrew one ("למשרת מהנדס/ת אבטחת ענן (Cloud Security Engineer)")
    re.compile(rf"משרת\s+(?:[^A-Za-z()\n]{{2,60}}\(\s*)?({_ROLE})"),
    # Arabic "وظيفة محلل سلاسل الإمداد" (the job of supply chain analyst), to a dash or a comma
    re.compile(r"وظيفة\s+\(?([\u0621-\u064a][\u0621-\u064a ]{2,40}?)\)?\s*(?:[-–،,.:\n]|$)"),
    # a job board's header line, the employer then the job: "Foothills Shortline Railway ·
    # Heavy Equipment Maintenance Planner - Maintenance of Way"
    # (not a signature's "Talent Acquisition · Alcornoque Datos": the team, then the firm)
    re.compile(
        r"(?m)^[ \t]*(?!Talent|Recruit|Human|People|HR\b|Careers|Hiring)[A-Z][^\n·|]{1,60}"
        rf"[ \t]+·[ \t]+({_ROLE})[ \t]*$"
    ),
    # a job board's notice, the job on a line of its own under the news: "Grandview Home Goods
    # scheduled an interview with you.\n\nInventory Control Supervisor\nGrandview Home Goods DC"
    re.compile(
        rf"(?m)\b(?i:interview)\b[^\n]{{0,60}}[.!:][ \t]*\n(?:[ \t]*\n)?[ \t]*({_ROLE})[ \t]*$"
    ),
    # "the onsite at Drywash Semiconductor (Process Integration Engineer, Fab 2)"
    re.compile(
        rf"\b(?i:interview|onsite|on-site|loop|screen|panel|visit)\s+(?i:at)\s+{_CAP}"
        rf"\s+\(({_ROLE})(?:,[^()\n]*)?\)"
    ),
]
# The other order of the same block: "Acme Robotics - Embedded Engineer (Motion Control)" on a
# line of its own, the step ("Technical Interview") on the next. The title keeps its brackets.
_ROLE_THEN_STEP = re.compile(
    # (a title holds no bar: "Nell Pruitt | Recruiter | Acme | 412-555-0172" is a signature)
    r"(?m)^[ \t]*[^\n|–—-]{2,40}?[ \t]+[-–—|][ \t]+([A-Z][^\n|]{2,70}?)[ \t]*\n"
    r"[ \t]*(?:[\w-]+[ \t]+){0,3}(?i:interview|screen|call|chat|conversation)\b"
)
_ROLE_PATTERNS.insert(len(_ROLE_PATTERNS) - 1, _ROLE_THEN_STEP)
# "your application for Senior Software Engineer, Cloud Storage (Req 2931847)", "the virtual
# onsite ("loop") for Senior Software Engineer, Cloud Storage!"
_ROLE_PATTERNS.insert(
    len(_ROLE_PATTERNS) - 1,
    re.compile(
        rf"\b(?:application|onsite|loop)\W{{0,3}}\s+for\s+({_ROLE})\s*"
        r"(?:\((?:Req|R-|Job|ID|Requisition)\b|[!.](?:\s|$))"
    ),
)
# Explicit fields come first of all: a labelled line ("Position: X", "Poste : X", "Job title: X")
# or an ATS requisition line ("R-10482 Clinical Data Analyst II (Open)"). The title is the rest
# of the line (it may hold lower-case words); _clean_role still demands a job word.
_ROLE_FIELDS = [
    re.compile(
        # (after a bullet of any shape: "■Position:", "• Role:", "- Job title:")
        r"(?im)^[ \t]*[^\w\s]{0,2}[ \t]*(?:position|role|job(?:[ \t]+title)?|job[ \t]+opening|"
        r"job[ \t]+requisition|"
        r"opening|vacancy|"
        r"poste|puesto|stelle|vacature|vaga|cargo|stanowisko|requisition(?:[ \t]+title)?|"
        # Chinese labels with the full-width colon: "岗位：", "应聘职位："
        # (and the Traditional ones: "應徵職務：", "職缺：")
        r"(?:应聘|面试|招聘|應徵|面試|招募)?(?:岗位|职位|职务|崗位|職位|職務|職缺)|"
        # Japanese: "・ポジション：", "■募集職種：", "・求人：", "応募職種："
        r"\u30dd\u30b8\u30b7\u30e7\u30f3|(?:\u52df\u96c6|\u5fdc\u52df)?\u8077\u7a2e|\u6c42\u4eba)"
        r"[ \t]*[:：][ \t]*"
        r"(?:[A-Z]{0,4}[-_]?\d{3,}[ \t]*[-–:|]?[ \t]*)?([^\n]{2,80})$"
    ),
    re.compile(
        r"(?m)^[ \t]*(?:[A-Z]{1,4}[-_])?(?!20\d\d\b)\d{4,}[ \t]*[-–:|]?[ \t]+([A-Z][^\n]{2,80})$"
    ),
    # Russian and Ukrainian: "по вакансии «Финансовый аналитик (FP&A)»", "на позицию «X»", "на
    # должность «X»"; Kazakh names the post first: "«Қаржылық талдаушы» лауазымына"
    re.compile(
        r"\b(?i:ваканси[июяї]|позици[июя]|должност[ьи]|посад[иау])\s+[\"“„«]([^\"”“»\n]{3,70})[\"”“»]"
        r"|[«“]([^»”\n]{3,70})[»”]\s+лауазым"
    ),
    # a public service's process line: "Selection process 26-NRC-IA-GSC-118204 - Physical
    # Scientist (PC-02), Geological Survey of Canada" (the title runs to the first comma); the
    # English line before the French one of a bilingual mail
    *(
        re.compile(rf"(?i:{process})\s+[\w-]*\d[\w-]*\s*[-\u2013:]\s*([^,\n]{{3,70}})")
        # (a UN system's "Reference: Job Opening 26-HIM-GHCO-41873 - Health Information
        # Management Officer (P-3), Geneva")
        for process in ("selection process", "processus de s\u00e9lection", "job opening")
    ),
    # Japanese quotes the title before the word for position, as explicit as a label:
    # "「Account Executive（代理店営業）」ポジションへご応募いただき"; Chinese the same way:
    # "應徵「策略行銷經理」一職" (the post of), "「X」職缺", "「X」岗位"
    re.compile(
        r"「([^」\n]{3,60})」\s?(?:の|一)?"
        r"(?:\u30dd\u30b8\u30b7\u30e7\u30f3|\u8077|\u804c|\u6c42\u4eba|\u5c97\u4f4d|\u5d17\u4f4d)"
    ),
    # Malagasy: 'ho an'ny toerana "Injeniera Tambajotra IP/MPLS" (Ingénieur Réseau IP/MPLS)'
    # (for the post "X"), with its French twin in brackets where the mail gives one
    re.compile(
        r"\btoerana\s+[\"\u201c][^\"\u201d\n]{3,60}[\"\u201d]\s*\(([^()\n]{3,60})\)"
        r"|\btoerana\s+[\"\u201c]([^\"\u201d\n]{3,60})[\"\u201d]"
    ),
    # Latvian: 'Jūsu pieteikumu vakancei "Muitas deklarants/-e"' (the vacancy, in quotes)
    re.compile(r"\bvakanc\w*\s+[\"\u201c\u201e]([^\"\u201d\n]{3,60})[\"\u201d]"),
    # Thai: "นัดสัมภาษณ์ ตำแหน่ง Quality Engineer - บางนา พรีซิชั่น", "ตำแหน่งงาน : X" (the
    # position), up to a dash that opens the next part
    # ... and its English twin where the line gives one: "ตำแหน่ง: เจ้าหน้าที่... (ลาว) /
    # International Transport Coordinator (Laos)"; Lao "ຕໍາແໜ່ງ: ຜູ້ປະສານງານ... (Logistics
    # Coordinator – Construction Phase)"
    re.compile(
        r"(?m)(?:ตำแหน่ง(?:งาน)?|ຕ(?:ໍາ|ຳ)ແໜ່ງ)[ \t]*[:：]?[ \t]*[\u0e00-\u0eff][^\n/]{0,80}?"
        r"(?:[ \t]\(|[ \t]/[ \t]*)([A-Z][A-Za-z&/ .,'’–-]{2,60}?(?:[ \t]\([A-Za-z ]{2,30}\))?)"
        r"[ \t]*\)?[ \t]*$"
    ),
    re.compile(r"(?m)ตำแหน่ง(?:งาน)?[ \t]*[:：]?[ \t]*([^\n]{2,80}?)(?=[ \t]+[-–|][ \t]+|[ \t]*$)"),
    # Lao: "ສໍາລັບຕໍາແໜ່ງ Logistics Coordinator (Mine Site) ແລ້ວ" (for the position), up to the
    # next Lao word
    re.compile(
        r"(?m)ຕ(?:ໍາ|ຳ)ແໜ່ງ[ \t]*[:：]?[ \t]*([^\n]{2,80}?)"
        r"(?=[ \t]+[-–|][ \t]+|[ \t]*$|[ \t]+[\u0e80-\u0eff])"
    ),
    # Hungarian names the post before the word for it: "a(z) „Pénzügyi kontroller” (Gyöngyös)
    # álláshirdetésre", "a Bakonyi Sütőipari Zrt. kontrolling vezető pozíciójára" (after the
    # firm's legal form), "a kontroller pozícióval kapcsolatban"
    re.compile(
        r"\u201e([^\u201d\n]{3,60})\u201d\s*(?:\([^)\n]{0,40}\)\s*)?"
        r"(?:\u00e1ll\u00e1shirdet\u00e9s|poz\u00edci\u00f3)"
        r"|(?:\b(?:Zrt|Kft|Nyrt|Bt)\.|\ba)\s+((?:(?!az?\s)[\w&()-]+\s+){0,4}?[\w&()-]+)\s+"
        r"poz\u00edci\u00f3\w*"
    ),
]
# A trailing status or contract note is not part of the title: "(Open)", "(CDI)", "(Remote)".
_ROLE_NOTE = re.compile(
    r"\s*[(\[](?:open|closed|filled|evergreen|remote|hybrid|on-?site|cdi|cdd|full[- ]?time|"
    r"part[- ]?time|contract|permanent|temporary|fixed[- ]term|befristet|unbefristet|"
    r"tenure[- ]track|non[- ]tenure[- ]track|"
    r"req(?:uisition)?\s*#?\s*[\w-]+|(?:ref|reference|job id|id)\.?:?\s*[\w/-]+|r-?\d+|\d+|"
    # "(вакансия 4127)", "(вакансія №4127)": the vacancy's number
    r"ваканси[яі]\s*№?\s*\d+|"
    # a place and the way of working, as Spanish boards add them: "(Lima, híbrido)", "(Quito,
    # presencial)" (an English "(Graduate, Remote)" stays: it may be part of the title)
    r"[^()\[\],]{2,30},\s*(?:h[íi]brido|presencial|remoto|teletrabajo))"
    r"[)\]]\s*$",
    re.I,
)
# Names of interview steps that calendar tools put where a job title would be
# ("30 Minute Recruiter Screen", "Hiring Manager Interview - Branch Operations Lead").
_EVENT_TYPE = re.compile(
    r"^(?:\d+\s*(?:minute|min)\s+)?(?:recruiter|hiring manager|technical|phone|video|intro|"
    r"introductory|final|first|second|panel|onsite|on-site|culture|behaviou?ral|coffee|"
    r"team|hr|people)(?:\s+(?:screen|call|chat|round|interview|conversation|fit|meeting))?$",
    re.I,
)
_ROLE_TRIM = re.compile(
    # ("Senior Technical Support Engineer": "technical" cuts only before a step or at the end)
    r"(?:[\s,(-]+(?:role|position|(?:phone|video) (?:interview|call|chat)|interview|phone screen|"
    r"screen|onsite|on-site|"
    r"technical(?!\s+(?!(?:interview|screen|round|call|chat|assessment|test|exercise|"
    r"discussion|session|stage)\b)\w)|"
    # ("Team Lead" is a title: "team" cuts only when it does not open one)
    # ("Medical Virtual Receptionist", "Virtual Assistant": a remote job, not a remote step)
    r"virtual(?!\s+(?:assistant|receptionist|admin\w*|executive|bookkeeper|tutor|teacher|nurse|"
    r"sales|support|customer|medical|office)\b)|"
    r"panel|round|call|chat|conversation|discussion|at|with|team(?!\s+(?:lead|leader|manager|coordinator))|"
    r"opening|job|req|shortlist|track|\(R-?\d+\)|R-?\d+|"
    # ("Senior Scientist, Cell Biology candidate": the one who applies, not the job)
    r"candidate|"
    # a subject's tail after the title: "UX Designer Medizintechnik - Einladung"
    r"einladung|invitation|uitnodiging|convocation|invitaci[oó]n|convite|reminder|erinnerung)\b.*)$",
    re.I,
)
# The verb of a reply's attribution line in the languages mail clients write it ("On ..., X
# wrote:", "Em ..., X escreveu:", "X ezt írta (időpont: ...):"), shared by every reader of
# attribution lines (here, detector.observe and detector.lifecycle)
WROTE = (
    r"(?:wrote|escreveu|a \u00e9crit|schrieb|escribi\u00f3|ha scritto|scrisse|schreef|skrev|"
    r"napisa\u0142(?:a)?|pisze|kirjoitti|napsal\w*|yazd\u0131|menulis|a scris|ezt \u00edrta|"
    # (Estonian "X kirjutas kuupäeval R, 2. okt 2026 kell 15:48:", Latvian "rakstīja")
    r"kirjutas|rakst\u012bja|"
    # (Lithuanian "2026-10-19, pr, 21:14, X <x@y> rašė:")
    r"ra\u0161\u0117|"
    # (Bulgarian "На вт, 22.09.2026 г. в 12:31 ч. X <x@y> написа:")
    r"пише|написав|написала|написал|пишет|написа|"
    # (Icelandic "Þann fim., 17. sep. 2026 kl. 10:24 skrifaði X <x@y>:", Croatian, Serbian and
    # Slovenian "X <x@y> je napisao:", "je napisala", "je napisal", Georgian "X-მა დაწერა:")
    r"skrifa\u00f0i|napisao|napisala|napisal|დაწერა|წერს|գրել է)"
)
_QUOTE_START = re.compile(
    r"^(?:On .{4,200}wrote:\s*$|Am .{4,200}schrieb.*:\s*$|-{2,}\s*Original Message\s*-{2,}|"
    # (and without the verb, as some clients write it: "On Mon, 26 Oct 2026 at 12:15, X <x@y>:")
    r"On [^\n]{4,200}<[^<>\s]+@[^<>\s]+>\s*:\s*$|"
    # a job board's relay quotes the thread under its own marker ("--- Previous message ---")
    r"-{2,}\s*Previous messages?\s*-{2,}|"
    # the same attribution line in other languages ("Em seg., ... escreveu:", "ke 5.3.2026
    # klo 13.20 X <x@y> kirjoitti:")
    # (Korean, Chinese and Japanese: "2026년 3월 9일 (월) 오후 9:47, 윤서연 <y@x> 작성:")
    r".{4,200}(?:작성|写道|寫道|書きました|のメッセージ)\s*[:：]\s*$|"
    # Japanese Gmail writes no verb: "2026年4月17日(金) 21:16 森田 彩花 <a@example.com>:",
    # "2026/04/13 8:47、森田 彩花 <a@example.com>:"
    r"\d{4}[年/]\d{1,2}[月/]\d{1,2}日?[^\n]{0,40}\d{1,2}:\d\d[^\n]{0,100}<[^<>\s]+@[^<>\s]+>\s*(?:のメール)?\s*[:：]\s*$|"
    # Russian Gmail and Yandex write no verb either: "пн, 4 мая 2026 г. в 12:18, X <x@y>:",
    # "22.06.2026, 18:40, "X" <x@y>:"
    r"[^\n]{0,40}\d{4}(?: г\.)?,?(?: в)? \d{1,2}:\d\d,[^\n]{0,100}<[^<>\s]+@[^<>\s]+>\s*:\s*$|"
    # (Dutch and German name the writer after the verb: "om 19:03 schreef Lotte <l@x>:")
    # (Indonesian and Malay: "Pada tanggal Sel, 21 Apr 2026 pukul 13.12 X <x@y> menulis:")
    # (Romanian: "În lun., 9 mar. 2026 la 19:03, X <x@y> a scris:")
    # (English and German only after "On" / "Am" (above): a relay's "Marta Veloso wrote:"
    # introduces the message it brings, no quote)
    # (the date may follow the verb, with its clock: "X kirjutas kuupäeval R, 2. okt 2026 kell
    # 15:48:")
    rf".{{4,200}}\b(?!wrote\b|schrieb\b){WROTE}\b[^\n]{{0,100}}:\s*$|"
    # (Hungarian Gmail puts the date after the verb: "X <x@y> ezt írta (időpont: 2026. nov.
    # 12., Cs, 13:20):")
    r".{4,200}\bezt \u00edrta \([^\n]{0,60}\):\s*$|"
    # Greek: "Στις Τρί 3 Μαρ 2026 στις 5:45 μ.μ., ο/η X έγραψε:"
    r"Στις .{4,200}έγραψε:\s*$|"
    # Vietnamese: "Vào 18:02 Th 4, 1 thg 4, 2026, X <x@y> đã viết:"
    r"Vào .{4,200}đã viết:\s*$|"
    # Hebrew: "בתאריך יום ג׳, 24 במרץ 2026 ב-10:05 מאת X <x@y>:" ("on date ... from X:")
    r"בתאריך .{4,200}מאת .{1,100}:\s*$|"
    r"מאת: .+\n\s*נשלח|"
    # (French sets a space before the colon: "De : X <x@y>\nEnvoyé : 10 mars 2026 19:32")
    r"_{20,}\s*\n\s*From:|From: .+\n\s*Sent: |De ?: .+\n\s*Envoyé|Von: .+\n\s*Gesendet|"
    r"Van: .+\n\s*Verzonden|De: .+\n\s*Enviado|Da: .+\n\s*Inviato|De la: .+\n\s*Trimis|"
    # Norwegian, Danish and Swedish Outlook: "Fra: X <x@y>\nSendt: tirsdag 27. oktober 2026"
    r"Fra: .+\n\s*Sendt|Fr\u00e5n: .+\n\s*Skickat|"
    # Chinese Outlook: "寄件者: X <x@y>\n寄件日期: ...", "发件人: X\n发送时间: ..."
    r"寄件者[:：].+\n\s*寄件日期|发件人[:：].+\n\s*发送时间)",
    re.M | re.I,
)
# An address as people write one: not inside a URL ("...19%3ameeting_x@thread.v2" in a Teams
# link) and ending in a top-level domain of letters.
_EMAIL = re.compile(r"(?<![%/=\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b(?![\w@-])", re.I)


_FORWARD_SUBJECT = re.compile(
    r"^\s*(?:(?:re|aw|sv|r)\s*:\s*)*(?:fwd?|wg|tr|rv|enc|doorst|doorgestuurd|i|inoltro|pd|vs|vl|"
    r"(?-i:TO))\s*:",
    re.I,
)


def is_forward(subject: str) -> bool:
    """The subject marks a forwarded mail ("Fwd:", "FW:", "WG:", "TR:", "RV:")."""
    return _FORWARD_SUBJECT.match(subject) is not None


def has_quote_start(text: str) -> bool:
    """``text`` holds a reply's attribution line or a forward's header ("On ... wrote:")."""
    return _QUOTE_START.search(text) is not None


def new_text(text: str) -> str:
    """The part of a mail body the sender wrote now: quoted replies and forwards are cut.

    A bottom-posted reply ("On ... wrote:", the ">" lines, then the answer) keeps what follows
    the quote.
    """
    m = _QUOTE_START.search(text)
    if m:
        text = text[m.end() :] if _bottom_posted(text, m) else text[: m.start()]
    return "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith(">"))


def _bottom_posted(text: str, m: re.Match[str]) -> bool:
    """Nothing is written above the attribution line and the quote below it is ">"-marked."""
    after = text[m.end() :].lstrip("\r\n")
    return not text[: m.start()].strip() and after.lstrip().startswith(">")


# A legal footer ("CONFIDENTIALITY NOTICE: ... information relating to candidates, interviews,
# personnel matters and offers ...") speaks of every mail the firm sends, not of this one.
_DISCLAIMER = re.compile(
    r"(?im)^[ \t*_>-]*(?:confidentiality (?:notice|note|statement|disclaimer)|disclaimer\s*:|"
    r"legal notice|important notice\s*:|aviso (?:legal|de confidencialidad)|"
    # a job board's list under the employer's relayed message: "Aap ke liye mazeed jobs:",
    # "More jobs for you:" (other employers' openings, not this one)
    r"(?:aap ke liye mazeed jobs|more jobs for you|more jobs you (?:may|might) like)\s*:\s*$|"
    # (on the line itself: "Jobs you may like: Merchandiser (Sweater) - Karnaphuli ...", and
    # the board's own footer under an employer's invitation: "Unsubscribe from job alerts:")
    r"(?:jobs you (?:may|might) (?:also )?like|unsubscribe from job alerts)\s*:|"
    # an agency's privacy footer: "Harbourline Legal Search respects your privacy. To
    # unsubscribe from market updates, reply STOP."
    r"[^\n]{0,60}\b(?:respects|values|protects) your privacy\b|privacy notice\s*:|"
    r"avis de confidentialit[ée]|avertissement|haftungsausschluss|vertraulichkeitshinweis|"
    r"this (?:e-?mail|message|communication|transmission)(?:,? (?:and|including|together with) "
    r"any attachments?,?)? (?:is|are|may contain|contains?|and any) "
    r"(?:confidential|intended|privileged|for the (?:sole|exclusive) use|strictly)|"
    r"the information (?:contained )?in this (?:e-?mail|message|communication)|"
    r"ce (?:message|courriel|e-mail)[^\n]{0,40}(?:confidentiel|destinataire)|"
    r"este (?:mensaje|correo)[^\n]{0,40}(?:confidencial|destinatario)|"
    r"esta mensagem[^\n]{0,40}(?:confidencia|destinat)|"
    r"diese (?:e-?mail|nachricht)[^\n]{0,40}(?:vertraulich|empf[äa]nger))"
)
_PARAGRAPH_END = re.compile(r"\n[ \t>]*\n")


def without_disclaimers(text: str) -> str:
    """``text`` without its legal footers, each cut from its first line to its paragraph's end."""
    out, pos = [], 0
    for m in _DISCLAIMER.finditer(text):
        if m.start() < pos:
            continue
        out.append(text[pos : m.start()])
        end = _PARAGRAPH_END.search(text, m.end())
        pos = end.start() if end else len(text)
    out.append(text[pos:])
    return "".join(out)


def quoted_text(text: str) -> str:
    """The earlier mail a reply quotes (the part :func:`new_text` drops)."""
    m = _QUOTE_START.search(text)
    if m and _bottom_posted(text, m):
        return "\n".join(ln.lstrip()[1:] for ln in text.splitlines() if ln.lstrip().startswith(">"))
    rest = text[m.start() :] if m else ""
    head = text[: m.start()] if m else text
    quoted = [ln.lstrip()[1:] for ln in head.splitlines() if ln.lstrip().startswith(">")]
    return "\n".join([*quoted, rest]).strip()


def owner_quote(text: str, owner_emails: frozenset[str]) -> str:
    """The owner's own earlier mail as a reply quotes it: the quote whose attribution line
    ("On Wed, Feb 25, 2026 at 4:40 PM, X <x@y> wrote:") or forward header names one of the
    owner's addresses, up to the next quote it holds; "" when no quote is the owner's."""
    m = next(
        (
            q
            for q in _QUOTE_START.finditer(text)
            if any(e in q.group().lower() for e in owner_emails)
        ),
        None,
    )
    if m is None:
        return ""
    nxt = _QUOTE_START.search(text, m.end())
    lines = text[m.end() : nxt.start() if nxt else len(text)].splitlines()
    return "\n".join(ln.lstrip().lstrip(">").lstrip() for ln in lines).strip()


def domain(addr: str) -> str:
    """The lower-cased domain of an address."""
    return addr.rsplit("@", 1)[-1].lower() if "@" in addr else ""


_PSL = PublicSuffixList()


@lru_cache(maxsize=8192)  # called for every address of every item; domains repeat a lot
def is_vendor_domain(dom: str) -> bool:
    """True for ATS / scheduling / job-board / calendar domains (and their subdomains)."""
    return any(dom == v or dom.endswith("." + v) for v in VENDOR_DOMAINS) or (
        has_ats_brand(dom) or has_tool_brand(dom)
    )


# Distribution lists and group mailboxes ("all@", "platform-team@", "eng-list@", "dl-sales@",
# "x@groups.acme.com"): many people behind one address, so never an interviewer or recipient.
_GROUP_LOCAL = re.compile(
    r"^(?:all|everyone|staff|allstaff|all[-_.]?hands|all[-_.]?staff|dl|group|groups|list|"
    r"team|employees|company|dev|devs|"
    r"lists|announce(?:ments?)?|office|admin|events?|engineering|eng|people|ops)$"
    r"|^(?:dl|grp|list|all|team)[-_]"
    r"|[-_](?:team|list|all|group|grp|dl|staff|everyone|members|channel|panel|hiring|interviewers|"
    r"committee)$|\.(?:team|list|dl)$",
    re.I,
)
_GROUP_HOSTS = re.compile(r"(?:^|\.)(?:groups?|lists?|googlegroups)\.", re.I)


def is_group_address(addr: str) -> bool:
    """A distribution list or group mailbox rather than one person."""
    local, _, dom = addr.lower().partition("@")
    return bool(_GROUP_LOCAL.search(local) or _GROUP_HOSTS.search(dom + "."))


@lru_cache(maxsize=8192)
def is_machine_address(addr: str) -> bool:
    """No-reply, notification, group-calendar, list and role mailboxes: never a recipient."""
    addr = addr.lower()
    local, dom = addr.split("@", 1) if "@" in addr else (addr, "")
    if any(dom.endswith(g) for g in _GROUP_DOMAINS) or is_vendor_domain(dom):
        return True
    if is_group_address(addr):
        return True
    # an Italian certified-mail box ("x@pec.acme.it", "acme@legalmail.it"), or a mailbox named
    # after the company itself ("oleificisabatini@oleificisabatini..."): the firm's, no person's
    labels = dom.split(".")
    if re.match(r"\+?\d{10,}(?:[._]|$)", local):
        return True  # an SMS-to-email gateway: "16025550147.16025550118.a3f@txt.voicelink..."
    squashed = local.replace(".", "").replace("-", "")
    # a job board's reply relay: "reply-7f3a2c91e4@relay.board.example"
    # (and a messaging relay's "reply+wa-5511955550123-8822@chatrelay...")
    # (and an ATS's "reply+k41k-77@inbound.hirevik...": plus-addressed replies to a relay)
    if labels[0] in {"relay", "reply", "replies", "inbound"} or re.fullmatch(
        r"[a-z]+[-+._][0-9a-f]{8,}|reply[-+._][\w.+-]*\d{4,}[\w.+-]*|reply\+[\w.+-]+", local
    ):
        return True
    if labels[0] in {"pec", "legalmail"} or (
        len(squashed) >= 10 and squashed in {label.replace("-", "") for label in labels[:-1]}
    ):
        return True
    # "acmecareers@", "jobs-acme@": a role mailbox whatever the prefix
    return bool(_NOREPLY.match(local) or _ROLE_BOX.search(local) or is_role_words(local))


# Words a shared mailbox is built from. A local part made only of these ("careersinterviews",
# "interview-scheduling", "talentacquisition") names a function, not a person, however the
# words are glued together, so no fixed list of whole addresses can cover them.
_ROLE_WORDS = (
    "careers", "career", "interviews", "interview", "scheduling", "schedule", "bookings",
    "booking", "talent", "acquisition", "recruiting", "recruitment", "recruit", "hiring",
    "jobs", "job", "people", "team", "hr", "apply", "applications", "candidates", "candidate",
    "noreply", "calendar", "invites", "staffing", "bewerbung", "karriere",
    # Spanish and Portuguese: "talento@", "seleccion@", "rrhh@", "empleos@", "vagas@"
    "talento", "seleccion", "selección", "rrhh", "empleos", "empleo", "vagas", "recrutamento",
    # French and Polish: "dotation@" (staffing), "recrutement@", "emplois@", "rekrutacja@"
    "dotation", "recrutement", "emplois", "carrieres", "rekrutacja", "kariera",
)  # fmt: skip
_ROLE_WORDS_RE = re.compile(
    "(?:" + "|".join(sorted(_ROLE_WORDS, key=len, reverse=True)) + ")+", re.I
)


def is_role_words(local: str) -> bool:
    """A local part glued together from role-mailbox words only ("careersinterviews")."""
    joined = re.sub(r"[-_.+\d]", "", local)
    return len(joined) >= 4 and bool(_ROLE_WORDS_RE.fullmatch(joined))


# Display names of shared mailboxes: "Acme Careers", "Recruiting Team", "Talent Acquisition".
_ROLE_NAME = re.compile(
    r"\b(?:careers?|recruiting|recruitment|talent(?:\s+acquisition)?|hiring(?:\s+team)?|"
    r"jobs|karriere|bookings?|scheduling|interviews|hr|people\s+team|team)\s*$"
    # a shared account in brackets: "Grade 8 English (class account)", "(shared mailbox)"
    r"|\((?:class|shared|group|team|generic|service|resource)\s+(?:account|mailbox|inbox)\)\s*$",
    re.I,
)


def is_role_name(name: str) -> bool:
    """A display name that names a department or mailbox, not a person."""
    return bool(_ROLE_NAME.search(name.strip()))


_ROOM = re.compile(
    r"^(?:room|raum|salle|sala|zaal|conference room|meeting room|besprechungsraum|"
    r"boardroom|huddle)\b",
    re.I,
)


def is_room(p: Person) -> bool:
    """A meeting room invited as a normal attendee (Exchange often omits CUTYPE=ROOM)."""
    local = p.email.split("@", 1)[0]
    return bool(_ROOM.match(p.name.strip()) or _ROOM.match(local.replace(".", " ")))


# A first name speaking for an organisation in a display name: "Riley from Crestline Auto Parts"
# (a recruiting assistant, human or not, writing from a scheduling vendor's domain)
SPEAKS_FOR = re.compile(r"^[A-Z][a-z]+ (?:from|at) (?=[A-Z])")


def clean_display_name(name: str, sender_domain: str) -> str | None:
    """An ATS sender's display name reduced to the employer: "Acme via Workable" -> "Acme".

    ``None`` when what is left is the relay's own brand ("Workable", "Calendly").
    """
    name = relayed_by(name) or name.strip()
    name = re.sub(r"\s+(?:on behalf of|@)\s+.*$", "", name, flags=re.I)
    name = SPEAKS_FOR.sub("", name)  # "Riley from Crestline Auto Parts": a bot's name
    # the team before the employer: "Dotation – MESR", "Careers | Acme"
    name = re.sub(
        r"^(?:recruiting|recruitment|careers?|talent acquisition|staffing|hr|dotation|"
        r"recrutement|rekrutacja)\s*[-–—|:]\s*",
        "",
        name,
        flags=re.I,
    )
    name = re.sub(
        r"\s*[-|,]?\s*(?:recruiting|recruitment|careers?|talent(?: acquisition| team)?|"
        r"hiring(?: team)?|hr|jobs|people(?: team)?|scheduling|team|"
        # (and in Spanish and Portuguese: "Tres Cruces - Gestión Humana", "Recursos Humanos",
        # "Atracción de Talento", "Gente e Gestão")
        r"gesti[óo]n humana|recursos humanos|atracci[óo]n de talento|selecci[óo]n|"
        r"talento humano|gente e gest[ãa]o)$",
        "",
        name,
        flags=re.I,
    ).strip(" -|,")
    if not name:
        return None
    brand = org_key(sender_domain)
    comp = _compact(name)
    if brand and comp and (brand.startswith(comp) or comp.startswith(brand)):
        return None
    return name


# Second-level names that many organisations share, each under its own label: the UK's
# National Health Service (``trust.nhs.uk``, ``nhs.net``) and the Irish health service
_SHARED_SECOND_LEVEL = frozenset({"nhs", "hse", "health"})


@lru_cache(maxsize=8192)
def org_key(dom: str) -> str:
    """The organisation part of a domain: ``mail.kestrelhealth.com`` -> ``kestrelhealth``.

    A public suffix of two or more labels (``govt.nz``, ``gov.au``, ``nhs.uk``, ``co.jp``, from
    the Public Suffix List) is the registry's, not the organisation's: ``mfe.govt.nz`` -> ``mfe``.
    """
    parts = [p for p in dom.lower().split(".") if p]
    # (the documentation suffix may stand after a real one: "waterfutures.govt.nz.example")
    real = parts[:-1] if parts[-1:] == ["example"] else parts
    suffix = _PSL.publicsuffix(".".join(real)) if len(real) >= 3 else None
    if suffix and "." in suffix and len(real) > suffix.count(".") + 1:
        return real[-suffix.count(".") - 2]
    if (
        len(parts) >= 3
        and parts[-2] in {"co", "com", "org", "ac", "gov", "govt", "net"}
        and (len(parts[-1]) == 2 or parts[-1] == "example")
    ):
        return parts[-3]  # (and the documentation suffix standing in for a country's)
    if len(parts) >= 3 and parts[-2] == "example" and parts[-1] in {"com", "org", "net"}:
        return parts[-3]  # the documentation domains (RFC 2606) act as a suffix: acme.example.com
    if len(parts) >= 3 and parts[-2] in _SHARED_SECOND_LEVEL:
        return parts[-3]  # a hospital trust under the NHS's domain: severnbrook.nhs.uk
    return parts[-2] if len(parts) >= 2 else (parts[0] if parts else "")


def company_domains(people: Iterable[Person], owner_emails: frozenset[str]) -> list[str]:
    """Corporate domains among ``people`` (not the owner's, not free mail, not vendors); the
    owner's own employer's only when no other is there (an internal-mobility interview, her
    colleagues writing from her work domain)."""
    owner_domains = {domain(e) for e in owner_emails}
    out: list[str] = []
    own: list[str] = []
    for p in people:
        d = domain(p.email)
        if not d or is_free_mail(d) or is_vendor_domain(d) or d in out:
            continue
        if d not in owner_domains:
            out.append(d)
        elif p.email not in owner_emails and d not in own:
            own.append(d)
    return out or own


# A recruitment agency's own domain ("bluewaketalent", "northstarstaffing", "hireright-search"):
# when a client company takes part too, the client is the employer and conducts the interview.
_AGENCY_KEY = re.compile(
    # (Nordic staffing firms: "bemanning", "bemanding", "rekruttering", "rekrytering")
    r"talent|recruit|staffing|search|headhunt|resourcing|personnel|executive|placement|"
    r"bemann|bemand|rekrutt|rekryt",
    re.I,
)


# A firm that says it searches for a client ("Alder & Voss is retained by the Foundation",
# "executive search", "on behalf of our client"): an agency whatever its domain is called.
_SEARCH_FIRM = re.compile(
    r"\bretained (?:by|search|to find)\b|\bexecutive search\b|\bsearch (?:firm|consultan\w*|"
    r"partner)\b|on behalf of (?:our|my) client|\bour client\b|\bmy client\b|"
    r"\brecruitment consultant\b|^[ \t]*client[ \t]*:|"
    # a talent marketplace books its client: "Client technical interview arranged by Devlane"
    r"\bclient (?:technical |tech |final |first |intro )?interview\b|"
    r"\binterview with (?:the|our) client\b|\bmatched (?:you )?with (?:a|our|the) client\b|"
    r"\bthe client (?:would|wants|has|is keen|asked|confirmed|will)\b|"
    # "le client les demande", "notre client", "nuestro cliente", "unserem Kunden"
    # (hard-wrapped mail may break the line anywhere: "le\nclient les demande")
    r"\ble\s+client\s+(?:les\s+|vous\s+|nous\s+|l['’])?(?:demande|souhaite|aimerait|veut|a\s)|"
    r"\bnotre\s+client\b|\bmon\s+client\b|\bnuestro\s+cliente\b|\bmi\s+cliente\b|"
    r"\bnosso\s+cliente\b|\bunser(?:em|en)?\s+kunden?\b|"
    # Norwegian and Danish: "Kundeintervju hos Tananger Offshore", "bekreftet med kunden"
    r"\bkundeintervju\w*|\b(?:med|hos|fra)\s+kunden\b|\bv(?:\u00e5r|ores)\s+kunde\b",
    re.I | re.M,
)
# A signature line that names the writer's firm as an agency: "Tallis & Reed Recruitment",
# "Southerly Talent Partners", "Bramblegate Consulting - Engineering Leadership Search".
# ("Recruiting" and "Talent Acquisition" are how in-house teams sign, so they do not count.)
_AGENCY_NAME = re.compile(
    r"\b(?:recruitment|staffing|talent (?:partners|solutions|agency)|(?:executive|leadership) "
    r"search|search partners|resourcing|personnel|headhunt\w*|bemanning|bemanding|"
    r"rekruttering|rekrytering)\b"
    # a firm named "... Search" at the end of its name: "Thornbury Grey Search | +44 20 ..."
    r"|(?-i:\b[A-Z][\w&'’]+ Search)\b"
    r"(?!\s+(?!(?:pte|ltd|llc|llp|inc|limited|gmbh|ag|bv|sa|sas|pty)\b)\w)",
    re.I,
)


def signs_as_agency(text: str, dom: str) -> bool:
    """A line of ``text`` names the firm of ``dom`` followed by an agency word ("Tallis & Reed
    Recruitment"); a team before the firm ("Resourcing Coordinator | Harrowgate Mutual") is
    how an in-house team signs."""
    key = org_key(dom)
    for line in text.splitlines():
        if len(line) > 120 or not _AGENCY_NAME.search(line):
            continue
        for m in re.finditer(_CAP, line):
            if _domain_match(m.group(0), key) and _AGENCY_NAME.search(line, m.start()):
                return True
    return False


# The tool that sent the mail names itself: "Enviado con Equipa HR", "Sent via Hirebird",
# "Powered by Talentry", or the sender's display name "Lumbre Energía vía Equipa HR".
_SENT_WITH = re.compile(
    rf"\b(?i:sent|delivered|powered|enviado|envoy[ée]|gesendet|verzonden|inviato)\s+"
    rf"(?i:with|by|via|through|con|avec|par|por|mit|met|tramite|com|pelo|da)\s+({_CAP})"
)
# "Acme via Workable", "Oleifici Sabatini tramite Reclutando", "Marion Haug über Kontakta"
_VIA = re.compile(
    r"\s(?:via|vía|über|ueber|par|por|por meio de|através de|tramite|through|door|przez|"
    # Bulgarian and Russian: "Данубиус Софтуер чрез DEV. BG", "X через hh.ru"
    r"чрез|через)\s+(.+)$",
    re.I,
)


def relayed_by(name: str) -> str | None:
    """The person or company a relay's display name stands for ("X via Y" -> "X")."""
    m = _VIA.search(name)
    return name[: m.start()].strip(' "') if m else None


# A notification host ("notifications.peoplegrid.example") sending as another company ("Corrib
# Beverages Careers"): the host belongs to the tool.
_NOTIFY_HOST = re.compile(r"^(?:notifications?|notify|mailer|mail|email|e|em|alerts?|bounce)\.")


def sending_tools(texts: Iterable[str], senders: Iterable[Person]) -> list[str]:
    """Names of the tools that say they sent the mail (never the employer, though an unknown
    one's domain looks like a company's)."""
    out = [m.group(1) for t in texts for m in _SENT_WITH.finditer(t)]
    for p in senders:
        if m := _VIA.search(p.name):
            out.append(m.group(1).strip())
        host = domain(p.email)
        if p.name and _NOTIFY_HOST.match(host) and not _domain_match(p.name, org_key(host)):
            out.append(org_key(host))
    return out


def without_tools(domains: list[str], tools: Iterable[str]) -> list[str]:
    """``domains`` less those of the sending ``tools``, unless nothing else is left."""
    names = list(tools)
    kept = [d for d in domains if not any(_domain_match(t, org_key(d)) for t in names)]
    return kept or domains


# An outsourcer hires its own staff for a client's account: "final interview with the
# account", "Senior Recruiter - ANZ Accounts | Reefline Outsourcing". Its "client interview"
# is the client's say on the outsourcer's hire, so the outsourcer is the employer.
_OUTSOURCER = re.compile(
    r"\b(?:with|for|by|from|on) the account\b|\bthe account (?:put|has|wants|is|will)\b|"
    # (a region's accounts in capitals, "ANZ Accounts", not "the accounts team")
    r"\b(?:bpo|outsourcing|contact cent(?:er|re)|call cent(?:er|re))\b|"
    r"(?-i:\b[A-Z]{2,4} Accounts\b)",
    re.I,
)


def hires_for_an_account(text: str) -> bool:
    """The writer is an outsourcer hiring its own staff for a client's account."""
    return _OUTSOURCER.search(text) is not None


def says_it_searches(text: str) -> bool:
    """The writer presents themself as a search firm or agency working for a client (not an
    outsourcer hiring for a client's account)."""
    return _SEARCH_FIRM.search(text) is not None and not _OUTSOURCER.search(text)


def is_agency_domain(dom: str, known: Collection[str] = ()) -> bool:
    """``dom`` reads as a recruitment agency's, judged by its organisation part, or is one of
    the ``known`` agencies (domains whose mail said so)."""
    return dom in known or bool(_AGENCY_KEY.search(org_key(dom)))


def clients_first(domains: list[str], known: Collection[str] = ()) -> list[str]:
    """``domains`` with agency domains moved last, when any other corporate domain is there."""
    agencies = [d for d in domains if is_agency_domain(d, known)]
    if not agencies or len(agencies) == len(domains):
        return domains
    return [d for d in domains if d not in agencies] + agencies


def without_accents(text: str) -> str:
    """Lower-case ``text`` with accents dropped ("Ipê" -> "ipe"), to compare names with
    addresses and domains, which are written in ASCII."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_UNDECOMPOSED)


# Letters that Unicode does not split into a base and an accent: "Bałtyk" is "baltyk" in a
# domain, "Søren" is "soren", "Straße" is "strasse"
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"}
)


def _compact(name: str) -> str:
    # "Ipê Pagamentos" spells the domain "ipepag": compare without accents
    return re.sub(r"[^a-z0-9]", "", without_accents(name).replace("&", "and"))


_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def _umlauts(name: str) -> str:
    """German letters as a domain spells them: "Hohenlohe Fördertechnik" is
    ``hohenlohe-foerdertechnik``."""
    return name.translate(_UMLAUTS)


def spells_a_domain(name: str, domains: Iterable[str]) -> bool:
    """``name`` spells one of ``domains`` ("Rheinknie Privatbank AG" for rheinknie-bank)."""
    return any(_domain_match(name, org_key(d)) for d in domains)


_PLACE_TITLES = {"mount": "Mt", "saint": "St", "fort": "Ft", "sainte": "Ste"}
_PLACE_TITLE = re.compile(rf"(?i)\b(?:{'|'.join(_PLACE_TITLES)})\b")


_CIVIC_TITLE = re.compile(
    r"^(?:City|Town|District|Village|County|Municipality|Township|Borough|Regional District|"
    r"City and County|City & County|Town and County|Commonwealth|State)"
    r"\s+of\s+"
)


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Each country's English name, lower-cased and unaccented, to its two-letter code (the
    United Kingdom's as its domains write it, "uk")."""
    import pycountry  # (its import alone takes 75 ms: only on the first name it could help)

    codes = {without_accents(c.name).lower(): c.alpha_2.lower() for c in pycountry.countries}
    codes["united kingdom"] = "uk"
    return codes


def _name_then_country(words: list[str], key: str) -> bool:
    """A national arm's name ends in its country (one word or two), its domain in the
    country's two-letter code: "HKP Nigeria" is ``hkpng``."""
    for k in (1, 2):
        code = _country_codes().get(" ".join(words[-k:])) if len(words) > k else None
        if code and "".join(words[:-k]) + code == key.replace("-", ""):
            return True
    return False


# the word a domain adds to a name's initials: "crmchealth" for "Chattahoochee Regional Medical
# Center"
_DOMAIN_FIELDS = ("health", "healthcare", "group", "careers", "jobs", "hr", "talent", "global")


def _initials_then_field(words: list[str], key: str) -> bool:
    """The initials of ``words`` (three at least), then a word of :data:`_DOMAIN_FIELDS`,
    spell ``key``."""
    initials = "".join(w[0] for w in words if w not in _SMALL_WORDS)
    flat = key.replace("-", "")
    return len(initials) >= 3 and any(flat == initials + f for f in _DOMAIN_FIELDS)


def _domain_match(name: str, key: str) -> bool:
    if not key or len(key) < 3:
        return False
    # ("Brandt & Voss" is brandtvoss: without the joining word, not without every "and")
    bare = re.sub(r"(?i)\s+(?:&|and|und|e|y|et)\s+", " ", name)
    joined = key.replace("-", "")  # "hireline-k12" is "HireLine K12"
    # ("The Crooked Anchor Hotel" is crookedanchor: the article is no part of the domain)
    # ("Qasr Al Najd Hospitality" is qasrnajd: nor the Arabic article inside a name)
    unarticled = re.sub(r"(?i)\s+(?:al|el)[\s-]+", " ", bare)
    # ("Mount Lofty University" is mtlofty-uni: a place's title word shortened)
    shortened = _PLACE_TITLE.sub(lambda m: _PLACE_TITLES[m.group(0).lower()], bare)
    # ("City of Fraser Bend" is fraserbend: a public body's own title is no part of its domain)
    civic = _CIVIC_TITLE.sub("", name)
    forms = {name, bare, _umlauts(bare), re.sub(r"^The\s+", "", bare), unarticled, shortened, civic}
    for form in forms:
        cand = _compact(form)
        if cand and (
            cand in (key, joined)
            or _opens_with(form, (key, joined))
            or (key.startswith(cand) and len(cand) >= 4)
            # a letter that ends one word and opens the next is written once: "Ben Nghe
            # Foods" is benghe-foods
            or _DOUBLED.sub(r"\1", cand) == _DOUBLED.sub(r"\1", joined)
        ):
            return True
    # (accents folded: "Mont-Salève" is mont-saleve)
    words = re.findall(r"[a-z]+", without_accents(name))
    # "kinoshita-foundation" is "Kinoshita Family Foundation": every part of the key is a word,
    # or ends one ("rheinknie-bank" is "Rheinknie Privatbank AG")
    parts = key.split("-")
    if (
        len(parts) > 1
        and words[:1] == parts[:1]
        and all(any(w == p or (len(p) >= 4 and w.endswith(p)) for w in words) for p in parts)
    ):
        return True
    if _words_then_initials(words, key.replace("-", "")):
        return True
    if _name_then_country(words, key) or _initials_then_field(words, key):
        return True
    # "stdeclans-rathcarran" is "St. Declan's College" (of Rathcarran): the key's first part
    # spells the name's own words, the rest of the name is what kind of place it is, and the
    # rest of the key a place (a word, not initials: "harbourside-lhd" is the Local Health
    # District, not "Harbourside Hospital")
    if len(parts) > 1 and all(len(p) >= 5 for p in parts[1:]):
        tokens = name.split()
        for k in range(1, len(tokens)):
            rest = {w.lower().strip(".,") for w in tokens[k:]}
            if _compact(" ".join(tokens[:k])) == parts[0] and rest <= _INSTITUTION_WORDS:
                return True
    # "mares-labs" is "Marésia Labs": the first word shortened, the other parts whole
    if (
        len(parts) > 1
        and len(words) == len(parts)
        and len(parts[0]) >= 4
        and words[0].startswith(parts[0])
        and words[1:] == parts[1:]
    ):
        return True
    # "wuermtal-medtech" is "Würmtal Medizintechnik GmbH": the first word whole, then each part
    # a contraction of the next word (its letters in order)
    folded = [w.lower() for w in re.findall(r"[A-Za-z]+", _umlauts(name))]
    if (
        len(parts) >= 2
        and folded[:1] == parts[:1]
        and len(folded) >= len(parts)
        and all(_contracts(p, w) for p, w in zip(parts[1:], folded[1:], strict=False))
    ):
        return True
    # "daemsupplies" is "Daem Industrial Supplies", "foothillsrail" "Foothills Shortline
    # Railway": the first word and the last (or its start), a middle word left out
    flat = key.replace("-", "")
    if (
        len(words) >= 3
        and (words[0] + words[-1]).startswith(flat)
        and len(flat) >= len(words[0]) + 3
    ):
        return True
    # "kgcommodities" is "Keizersgracht Commodities B.V.": the first word shortened to two
    # letters or more (its first, then others of it in order), the rest whole
    plain = re.findall(r"[a-z]+", without_accents(_without_legal_form(name)))
    whole_rest = "".join(plain[1:])
    head = flat[: len(flat) - len(whole_rest)]
    if (
        len(plain) >= 2
        and len(whole_rest) >= 5
        and flat.endswith(whole_rest)
        and 2 <= len(head) < len(plain[0])
        and head[0] == plain[0][0]
        and _in_order(head, plain[0])
    ):
        return True
    # "cphealth" is "Carolina Piedmont Health": the initials, then the last words (or the
    # start of them: "pdrail" is "Prairie Dominion Railway")
    # (the small words left out: "mmnoreste" is "Manufacturas Metálicas del Noreste")
    content = [w for w in words if w not in _NOT_INITIALS]
    if any(
        ("".join(w[0] for w in ws[:k]) + "".join(ws[k:])).startswith(key.replace("-", ""))
        and len(key.replace("-", "")) >= k + 3
        for ws in (words, content)
        for k in range(2, len(ws))
    ):
        return True
    # "avalabanka" is "Banka Avala": a two-word name whose kind comes first, as Serbian and
    # Italian write it ("Banca Intesa" is also "intesabanca")
    if len(words) == 2 and len(words[0]) >= 4 and words[1] + words[0] == key.replace("-", ""):
        return True
    initials = "".join(w[0] for w in words if w not in {"and", "of"})
    # "kumo-kk" is "Kumo Kitchen": the first word, then the initials of the name
    if len(parts) == 2 and words[:1] == parts[:1] and parts[1] == initials:
        return True
    return len(initials) >= 2 and initials == key


_DOUBLED = re.compile(r"(.)\1+")


def _contracts(part: str, word: str) -> bool:
    """``part`` is ``word`` shortened: its first letter, then letters of it in order ("medtech"
    of "medizintechnik")."""
    return len(part) >= 3 and part[0] == word[0] and _in_order(part, word)


def _words_then_initials(words: list[str], key: str) -> bool:
    """The first words whole, then the initials of the rest (two at least) spell ``key``:
    "Blue Agave Restaurant Group" is ``blueagaverg``, "Halcyon Clinical Research" ``halcyoncr``."""
    # (a legal form at the end is no part of it: "Mont-Salève Asset Management SA" is
    # ``montsaleveam``)
    forms = [words, words[:-1]] if words and words[-1] in _LEGAL_FORMS else [words]
    return any(
        "".join(ws[:k]) + "".join(w[0] for w in ws[k:]) == key
        for ws in forms
        for k in range(1, len(ws) - 1)
    )


def _without_legal_form(name: str) -> str:
    """``name`` without a legal form at its end ("Çınar Tekstil A.Ş." -> "Çınar Tekstil")."""
    words = name.split()
    if len(words) > 1 and squash(words[-1]) in _TRAILING_FORMS:
        words = words[:-1]
    return " ".join(words)


def _spells_whole(name: str, keys: set[str]) -> bool:
    """``name``, its legal form left off, spells one of ``keys``."""
    return squash(_without_legal_form(name)) in keys


_INSTITUTION_WORDS = frozenset(
    {"college", "school", "academy", "university", "institute", "hospital", "clinic",
     "community", "secondary", "primary", "high", "grammar", "national", "group"}
)  # fmt: skip
_LEGAL_FORMS = frozenset(
    {"sa", "ag", "gmbh", "ltd", "inc", "llc", "plc", "sas", "spa", "bv", "nv", "oy", "ab", "as",
     "llp", "lp", "pllc", "pty", "corp", "limited"}
)  # fmt: skip
# ... and at the end of a name, Turkish "Ltd. Şti." too (squashed)
_TRAILING_FORMS = _LEGAL_FORMS | {"ltdsti", "sti"}


def _opens_with(name: str, keys: tuple[str, ...]) -> bool:
    """The first words of ``name`` spell a key, the last of them whole or by its start
    ("Acme Corp UK" for ``acme``, "Ostara Biotech" for ``ostarabio``); but not ending inside
    an acronym: "Halcyon CRA II" is not ``halcyoncr`` (Halcyon Clinical Research)."""
    words = name.split()
    for k, word in enumerate(words):
        head, tail = _compact(" ".join(words[:k])), _compact(word)
        for key in keys:
            rest = key[len(head) :] if key.startswith(head) else ""
            if rest and (tail == rest or (tail.startswith(rest) and not word.isupper())):
                return True
    return False


_NOT_COMPANY = frozenset(
    [
        "i", "we", "you", "the", "hi", "hello", "dear", "thanks", "thank", "best", "regards",
        "interview", "interviews", "zoom", "google", "meet", "microsoft", "teams", "calendar",
        # the word "interview" in the languages a subject opens with it ("Haastattelu - X")
        "haastattelu", "intervju", "entrevista", "entretien", "colloquio", "sollicitatiegesprek",
        "співбесіда",
        "invitation", "confirmed", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "re", "fwd", "fw", "subject",
        "when", "where", "join", "please", "our", "your", "my", "next", "updated", "technical",
        "hiring", "manager", "phone", "screen", "virtual", "onsite", "date", "time", "location",
        "interviewer", "recruiter", "recruiting", "talent", "acquisition", "team",
        # a booking tool's status in other languages: "Confirmé : Premier échange (30 min)"
        "confirmé", "confirmée", "confirmado", "confirmada", "confermato", "bestätigt",
        "annulé", "annulée", "cancelado", "cancelada", "annullato", "abgesagt",
    ]
)  # fmt: skip


_PLACE_SUFFIX = re.compile(
    r"[ \t]+(?:Head Office|Headquarters|HQ|Main Office|Regional Office|Branch|Campus)$"
)


# A name that begins with "The" ("the Sous Chef role at The Aldridge Melbourne"): kept whole, to
# be matched against the domain ``thealdridge`` (a bare "The Team" matches no domain)
_THE_NAME = re.compile(r"The[ \t]+(?!Team\b|Hiring\b|Recruit)[A-Z][\w&'’-]{2,}")


# a person's title before the firm: "General Manager of Corniche Pearl Hotel Doha"
_TITLE_OF = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,3}(?:Manager|Director|Head|President|Officer|Chair|Dean|Chief)"
    r"\s+of\s+(?:the\s+)?(?=[A-Z])"
)
# the step a subject names after the firm: "Acme Structured Interview", "Acme Phone Screen"
_STEP_TAIL = re.compile(
    r"(?:\s+(?:structured|panel|phone|video|virtual|technical|final|first|second|hr|onsite|"
    r"on-site|intro|introductory|recruiter|screening|callback))*\s+"
    # (the step, or its short name: "Saffronleaf F2F: Case study", "Quillmate Virtual Onsite")
    # ("Brandt & Kessler Office Visit": campus recruiting's final round)
    r"(?:interview|screen|call|callback|F2F|face-to-face|loop|onsite|on-site|superday|"
    r"office visit)s?$",
    re.I,
)


# a sentence's end closes a name, but not the last point of dotted initials: "the U.S.
# Geospatial Resources Service" is one name ("M. Kessler" is a person's initial and name)
_SENTENCE_END = re.compile(r"(?<!\b[A-Z]\.[A-Z])[.!?]\s")


def company_candidates(texts: Iterable[str]) -> list[str]:
    """Capitalised phrases in company positions ("at X", "X Talent Acquisition", signatures)."""
    out: list[str] = []
    for text in texts:
        for rx in _COMPANY_PATTERNS:
            for m in rx.finditer(text):
                # "at Pallet Peak. Just confirming": a sentence end closes the name
                name = _SENTENCE_END.split(m.group(1))[0].strip(" .,'’-")
                name = _PLACE_SUFFIX.sub("", name)  # "at NNDC Head Office": the firm's site
                if len(name) > 1 and (
                    name.split()[0].lower() not in _NOT_COMPANY or _THE_NAME.match(name)
                ):
                    out.append(name)
        for seg in re.split(r"\s+[-|–—:]\s+|:\s+|\s*\|\s*|\s\(|\)", text.split("\n", 1)[0]):
            # "FHRA Structured Interview - Program Analyst": the firm, then its step
            seg = _STEP_TAIL.sub("", seg.strip(" .,")) or seg.strip(" .,")
            if re.fullmatch(_CAP, seg) and seg.split()[0].lower() not in _NOT_COMPANY:
                out.append(seg)
    return out


_LINK = re.compile(r"<?(?:https?://|www\.)[^\s>]+>?", re.I)


def pick_company(
    texts: list[str],
    domains: list[str],
    display_names: list[str],
    agencies: Collection[str] = (),
    people: Collection[str] = (),
) -> tuple[str | None, str]:
    """Choose the employer; returns ``(name, why)``.

    A phrase that matches a corporate domain wins; then the display name of an ATS sender
    ("Acme Corp <no-reply@ats>"); then the domain itself, title-cased. ``people`` are the
    names of the people in the mail: "Thomas Lambert" is never the firm ``vandamme-lambert``.
    """
    # (a meeting link's "meeting_AgRiNoRd26" is no name)
    texts = [_LINK.sub(" ", t) for t in texts]
    cands = company_candidates(texts) + display_names
    if not domains:
        # Everyone writes from personal mail (a founder on Gmail): the company's own web
        # domain written in the text ("the role at Acme (acme.io)") stands in for it.
        domains = _written_domains(texts)
    keys = [org_key(d) for d in domains]
    body = public_body(domains, texts)
    if body:
        return body, f"public body named in the mail (the domain {domains[0]} names none)"
    agency_keys = {org_key(d) for d in domains if is_agency_domain(d, agencies)}
    if keys and all(k in agency_keys for k in keys):
        client = _client_of_agency(texts, keys)
        # (a submittal's subject names the candidate: "Candidate submittal - Delia Marchetti")
        if client and client.lower() not in {p.lower() for p in people}:
            return client, "client named by an agency recruiter"
    scored: dict[str, int] = {}
    # an agency's own name counts only when no client company is there: with a client's
    # domain and no phrase for it, the client's domain still names the employer (below)
    clients = [k for k in keys if k not in agency_keys]
    # (a relay's display name that spells the domain is the firm's: "Foothills Shortline
    # Railway <reply@indeed...>" beside dale@foothillsrail)
    named = {
        p.lower()
        for p in people
        if len(p.split()) >= 2 and not any(_domain_match(p, k) for k in keys)
    }
    scored = {
        c: n
        for c, n in _named_companies(cands, texts, clients or keys).items()
        if c.lower() not in named
    }
    if scored:
        best = max(scored, key=lambda c: (scored[c], len(c) <= 40, len(c)))
        # (a phrase that runs on past the name, beside the name alone that spells the domain
        # whole: "Çınar Tekstil Satın Alma" of a sentence is "Çınar Tekstil" of the signature)
        whole = {k.replace("-", "") for k in keys}
        best = next(
            (
                c
                for c in scored
                if c != best
                and scored[c] == scored[best]
                and squash(best).startswith(squash(_without_legal_form(c)))
                and _spells_whole(c, whole)
                and not _spells_whole(best, whole)
            ),
            best,
        )
        best = _TEAM_SUFFIX.sub("", best) or best
        best = _TITLE_OF.sub("", best) or best
        best = _spelled_out(best, texts) or best
        brand = _brand_under(best, texts)
        if brand:
            return brand, f"brand of {best!r}, whose domain {keys[0]} the mail comes from"
        return _TEAM_SUFFIX.sub("", best) or best, f"phrase matching domain {keys[0]}"
    if not keys:
        # personal mail and no web domain: a recruiter names the client ("recruiting for
        # Kitehill"), or the sender's signature ("Service Manager, Acme Marine") the employer
        client = _client_named(texts)
        if client and client.lower() not in {p.lower() for p in people}:
            return client, "client named by a recruiter or a careers platform"
        for text in texts:
            for m in _SIGNATURE_COMPANY.finditer(text):
                title, firm = m.group(1), m.group(2)
                signs_a_job = _JOB_WORDS.search(title) or _FOUNDER_TITLE.search(title)
                if signs_a_job and firm.split()[0].lower() not in _NOT_COMPANY:
                    # an agency's recruiter on personal mail ("Senior Technical Recruiter |
                    # Motor City Technical Staffing") books for the client the subject opens
                    # with ("Brightline Seating - Warren - phone interview Thurs")
                    client = _client_of_agency(texts, []) if _AGENCY_NAME.search(firm) else None
                    if client:
                        return client, "client an agency's recruiter names in the subject"
                    return firm.strip(" .,"), "signature of the sender"
        for text in texts:
            if legal := _CYRILLIC_REGISTERED_NAME.search(text):
                return legal.group(1) or legal.group(2), "registered name with its legal form"
        # ... or a line that is a firm's registered name: "Reyes & Sons Electric LLC"
        for text in texts:
            for m in _REGISTERED_NAME.finditer(text):
                if m.group(1).split()[0].lower() not in _NOT_COMPANY:
                    return m.group(1), "registered name in the signature"
    for name in display_names:
        # (a texting gateway's "(907) 555-0163" is a number, no name)
        if re.search(r"[^\W\d_]", name) and not re.search(
            r"calendar|calendly|notification|no.?reply|team$|recruit", name, re.I
        ):
            return _TEAM_SUFFIX.sub("", name) or name, "display name of the sender"
    if keys:
        # the registered name of the signature, when it shares a word with the domain: the
        # domain ``ceresiopharma`` belongs to "Farmaceutica Ceresio SA"
        for text in texts:
            for m in _REGISTERED_NAME.finditer(text):
                words = [w.lower() for w in re.findall(r"[^\W\d_]{4,}", m.group(1))]
                if any(w in k for w in words for k in keys):
                    return m.group(0).strip(), f"registered name sharing a word with {keys[0]}"
        # a display name that spells the domain with its spaces: "Osteria Lunetta
        # <luca@osterialunetta.example>", as the owner addressed the restaurant
        spelled = next(
            (n for n in people if " " in n.strip() and squash(n) == squash(keys[0])), None
        )
        if spelled:
            return spelled.strip(), f"display name spelling the domain {domains[0]}"
        # (a domain's short last parts are the initials of words the mail never spells out:
        # kazdala-ws is "KazDala Well Services", shown as "Kazdala", not "Kazdala Ws")
        parts = keys[0].split("-")
        while len(parts) > 1 and len(parts[0]) >= 4 and re.fullmatch(r"[a-z]{1,3}", parts[-1]):
            parts.pop()
        return " ".join(parts).title(), f"sender domain {domains[0]}"
    return None, "no company found"


# domains a whole government shares: the name of the domain is no employer's
_SHARED_PUBLIC_KEYS = frozenset({"state", "gov", "govt", "government", "county", "city"})
# a public body with its kind in its name: "Colorado Office of Performance and Evaluation",
# "Colorado Division of Land Information" (the first word may be a place)
_PUBLIC_BODY = re.compile(
    rf"(?:{_UPPER}[\w'’-]*[ \t]+)?(?:Office|Division|Department|Agency|Bureau|Commission|"
    rf"Authority|Board|Ministry)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_UPPER}[\w'’-]*"
    rf"(?:[ \t]+(?:and[ \t]+|&[ \t]+|of[ \t]+|for[ \t]+)?{_UPPER}[\w'’-]*){{0,4}}|"
    rf"{_UPPER}[\w'’-]*(?:[ \t]+{_UPPER}[\w'’-]*){{1,4}}[ \t]+(?:Office|Division|Department|"
    r"Agency|Bureau|Commission|Authority)\b"
)
# (the personnel office that writes for every agency is not the one hiring)
_PERSONNEL = re.compile(r"\b(?:Human Resources|Personnel|Talent|Recruit\w*|Employment)\b")


def public_body(domains: list[str], texts: list[str]) -> str | None:
    """When every domain is one a whole government shares ("state.co.us"), the agency that
    hires: the first public body the texts name, other than a personnel office."""
    if not domains or not all(org_key(d) in _SHARED_PUBLIC_KEYS for d in domains):
        return None
    for text in texts:
        for m in _PUBLIC_BODY.finditer(text):
            if not _PERSONNEL.search(m.group(0)) and m.group(0).split()[0] not in {"The", "Our"}:
                return m.group(0)
    return None


def _brand_under(parent: str, texts: list[str]) -> str | None:
    """The brand the text says belongs to the company of the mail domain: "Quillfeather (a QF
    Holdings company)", "Marlowe & Pike (MP Group Ltd)", "Tessellate Maps (we're part of the
    Orrery Group family)". The candidate applies to the brand, not to its parent."""
    p = re.escape(parent)
    rx = re.compile(
        rf"({_CAP})[ \t]*(?:\(|,[ \t]|[ \t]+[–—-][ \t]+)[ \t]*(?:(?:we'?re|we are|it'?s|is)[ \t]+)?"
        rf"((?:a|an)[ \t]+|(?:a[ \t]+)?part[ \t]+of[ \t]+(?:the[ \t]+)?|"
        # "Falkenried Maschinenbau GmbH – ein Unternehmen der Falkenried Gruppe", "une société
        # du groupe X", "una empresa del grupo X"
        r"ein(?:e)?[ \t]+(?:Unternehmen|Tochter\w*|Marke)[ \t]+der[ \t]+|"
        r"une[ \t]+(?:soci[ée]t[ée]|filiale|marque)[ \t]+d[ue][ \t]+(?:groupe[ \t]+)?|"
        rf"(?:una|uma)[ \t]+(?:empresa|marca)[ \t]+d(?:el|o|a)[ \t]+(?:grupo[ \t]+)?)?({p})"
        r"(?:[ \t]+(?:company|group|family|brand|subsidiary))?[ \t]*(?:[),.]|$)",
        re.M,
    )
    # "Jonah O'Rourke (Tidewell Health)" is a person and their employer: a bare bracket names
    # a parent only when the parent is written as a holding ("MP Group Ltd", "Kumo K.K.")
    holding = _HOLDING.search(parent) is not None
    for text in texts:
        for m in rx.finditer(text):
            brand = m.group(1).strip(" .,")
            if brand.isupper() and len(brand) <= 5:
                continue  # "Regional Brand Manager, APAC (Paper Lantern Group)": a region
            said = m.group(2) is not None
            bracket = text[m.end(1) : m.start(2) if said else m.start(3)].strip().startswith("(")
            if (
                brand != parent
                and (said or (holding and bracket))
                and brand.split()[0].lower() not in _NOT_COMPANY
                and not _JOB_WORDS.search(brand)
            ):
                return brand
    return None


_HOLDING = re.compile(
    r"\b(?:group|holdings?|ltd|limited|inc|llc|plc|gmbh|ag|s\.?a|k\.?k|co|corp\w*)\.?$", re.I
)


_STEP_WITH = re.compile(
    r"(?:interview|entrevista|entretien|entrevue|gespr\u00e4ch|gesprek|colloquio|call|chat|"
    r"conversa|conversaci[óo]n|conversation|интервью|собеседование|встреча|співбесіда|розмова|"
    # Serbian and Croatian "Razgovor sa engineering menadžerom", "разговор са директором"
    r"razgovor\w*|разговор\w*|intervju\w*|интервју\w*)\s+"
    # (with the step's rank between, as French writes it: "Entretien final avec le Directeur
    # Général", "Entretien technique avec")
    r"(?:(?:final|finale|technique|rh)\s+)?"
    r"(?:with|com|con|avec|mit|met|с|з|sa|s|са)\b",
    re.I,
)


# (Hungarian Outlook: "VS:" (válasz, a reply) and "TO:" (továbbítás, a forward), in capitals)
_REPLY_PREFIXES = frozenset(
    {"re", "fw", "fwd", "aw", "wg", "sv", "vs", "tr", "rv", "res", "enc", "to"}
)


def _without_reply_prefix(segment: str) -> str:
    """A subject segment without its "Re:" / "Fwd:" / "AW:" / "WG:"."""
    return re.sub(r"^(?:(?:re|fwd?|aw|wg)\s*|(?-i:TO|VS)):\s*", "", segment, flags=re.I)


_STEP_SEGMENT = re.compile(
    r"[LR]\d|(?:TR|MR|HR)\d|round\s*\d+|(?:(?:client|technical|managerial|hr|final|first|second|phone|video|"
    r"panel)\s+)?(?:interview|round|discussion|screen)(?:\s+\w+)?",
    re.I,
)


_CLIENT_NAMED = re.compile(
    rf"\b(?i:our|my|the|notre|mon|nuestro|nosso) (?i:client|cliente)[ \t]*[,:]?[ \t]+({_CAP})|"
    # "I can now tell you who the client is: it's Blue Grotto Gaming", "the client is X"
    rf"\b(?i:the client is)[ \t]*:?[ \t]+(?:(?i:it['’]s|it is)[ \t]+)?({_CAP})|"
    rf"(?m:^)[ \t]*(?i:client|cliente)[ \t]*:[ \t]*({_CAP})|"
    # an interviewing service for its client: "Karat conducts this interview on behalf of
    # Juniper Relay"
    r"\b(?i:conducts|runs|hosts) (?i:this|the|your) (?i:interview|session) "
    rf"(?i:on behalf of) ({_CAP})|"
    # "Interview is set with Clearwater Packaging:", "your interview is booked with X"
    rf"\b(?i:interview) (?i:is )?(?i:set|scheduled|booked|confirmed|arranged|lined up) "
    rf"(?i:with|at) ({_CAP})|"
    # a contract recruiter on personal mail: "Keel Talent | recruiting for Kitehill", "working
    # with Kitehill (they build planning tools) on their Staff UX Researcher search"
    rf"\b(?i:recruiting|sourcing) (?i:for) ({_CAP})|"
    # "We've been retained by Kalkara Pay, a payment institution ..., to find an AML Compliance
    # Manager"
    rf"\b(?i:retained|engaged|instructed|mandated) (?i:by) ({_CAP})|"
    rf"\b(?i:working|partnering|partnered) (?i:with) ({_CAP})(?: \([^()\n]{{0,80}}\))? "
    rf"(?i:on (?:their|its|the)) |"
    # a careers platform's notice: "Cascadia Polytechnic University scheduled an interview with
    # you", "Interview scheduled: Cascadia Polytechnic University"
    rf"(?m:^)[ \t]*({_CAP}) (?:has )?(?i:scheduled|booked) an? (?i:interview) (?i:with you)|"
    rf"(?m:^)(?i:interview scheduled):[ \t]+({_CAP})[ \t]*$|"
    # a founder on personal mail: "I'm one of two cofounders at Lumenfold", "a role at Lumenfold"
    rf"\b(?i:co-?founders?|founders?|ceo|cto) (?i:at|of) ({_CAP})|"
    rf"\b(?i:a|the) (?i:role|position|job|opening) (?i:at) ({_CAP})"
)


def _client_named(texts: list[str]) -> str | None:
    """The client a recruiter names in so many words ("our client, Drywash Semiconductor")."""
    for text in texts:
        for m in _CLIENT_NAMED.finditer(text):
            # (a sentence's end is no part of the name: "on behalf of Juniper Relay. Your")
            name = next(g for g in m.groups() if g)
            name = re.split(r"\.\s+(?=(?:Your|The|We|You|This|Please|Our|If|It)\b)", name)[0]
            name = name.strip(" .,:")
            if name.split()[0].lower() not in _NOT_COMPANY and not _JOB_WORDS.search(name):
                return name
    return None


def _client_of_agency(texts: list[str], agency_keys: list[str]) -> str | None:
    """Only an agency writes: the client it names ("on behalf of our client, Drywash
    Semiconductor", "Client: Hollis & Marr"), else the one it names in the subject's opening
    segment ("Tallgrass Robotics - final step") when the body names it too, is the employer."""
    if not texts:
        return None
    client = _client_named(texts)
    if client:
        return client
    # "Fernbank Robotics <> Sam: intro call confirmed": "<>" joins the two sides
    for seg in re.split(r"\s+[-|–—:]\s+|:\s+|\s*\|\s*|\s+<>\s+", texts[0].split("\n", 1)[0]):
        seg = _without_reply_prefix(seg.strip(" .,"))
        if seg.lower() in _REPLY_PREFIXES:
            continue  # "AW: Re: Kinetiq Rail - ...": the split leaves the prefixes alone
        # "Interview confirmed - Cheapside Advisory, Risk Consultant": the client, then the job
        head, _, job = seg.partition(", ")
        if job and _JOB_WORDS.search(job) and not _JOB_WORDS.search(head):
            seg = head
        # "Client interview - Appointment Setter VA (Holloway Roofing)": the client after the job
        bracket = re.fullmatch(rf"[^()]*\(({_CAP})\)", seg)
        if bracket and _JOB_WORDS.search(seg.split("(")[0]) and _names_a_client(bracket[1], texts):
            seg = bracket.group(1)
        if not re.fullmatch(_CAP, seg) or seg.split()[0].lower() in _NOT_COMPANY:
            continue
        if any(_domain_match(seg, k) for k in agency_keys) or _JOB_WORDS.search(seg):
            continue
        if _STEP_SEGMENT.fullmatch(seg):
            continue  # "Interview Schedule - L1 - Vardhan Finserv": the step, not the client
        if re.search(r"\b(?:desk|team|division|department|unit)$", seg, re.I):
            continue  # "Merchandising Executive - Bangladesh Knitwear Desk": a team, no firm
        if any(re.search(rf"\b(?:in|near|based in) {re.escape(seg)}\b", t) for t in texts):
            continue  # "Contract ME role - Poway": "our clients in Poway" name a place
        first = seg.split()[0]
        if any(re.search(rf"\b{re.escape(first)}\b", t) for t in texts[1:]):
            return seg
    return None


def _names_a_client(name: str, texts: list[str]) -> bool:
    """A subject's bracket after the job ("Appointment Setter VA (Holloway Roofing)") names the
    client when the mail writes it outside brackets too ("si Mr. Greg Holloway ng Holloway
    Roofing"); not a qualifier of the title ("Sr. IT Project Manager (ServiceNow ITSM)
    position", "Senior Civil Engineer (Infrastructure)") nor a requisition code."""
    if len(name.split()) < 2 or re.search(r"\d", name):
        return False
    named = re.escape(name)
    if any(re.search(rf"\({named}\)\s+(?:position|role|post|job|vacancy)", t) for t in texts):
        return False
    return any(re.search(rf"(?<!\()\b{named}\b(?!\))", t) for t in texts[1:])


_JOB_CODE = re.compile(r"\d{3,}")


def _named_companies(cands: list[str], texts: list[str], keys: list[str]) -> dict[str, int]:
    """Phrases that spell one of ``keys``, with how often: company positions first, then any
    capitalised phrase ("Acme Bio onsite (1 of 2)", "Jo Doe / Acme Robotics")."""
    scored: dict[str, int] = {}
    for c in cands:
        if _JOB_CODE.search(c):
            continue  # "JO 26-IAHP-ENG-4471" is a job opening's number, not a name
        for key in keys:
            if _domain_match(c, key):
                scored[c] = scored.get(c, 0) + 1
    if scored:
        return _whole_names(scored, keys, texts)
    if not keys:
        return scored
    for text in texts:
        # (an address's mailbox is no phrase: "CypressBayInterviews@cypressbay.example")
        for m in re.finditer(_CAP, _EMAIL.sub(" ", text)):
            # (each sentence of the run: "Tessa Lund, Assistant Principal. Inland Pines School
            # District" holds the name after the first full stop)
            for sentence in _SENTENCE_END.split(m.group(0)):
                phrase = _spelling_phrase(_TITLE_OF.sub("", sentence).split(), keys)
                if phrase:
                    scored[phrase] = scored.get(phrase, 0) + 1
    return _whole_names(scored, keys, texts)


def _spelling_phrase(words: list[str], keys: list[str]) -> str | None:
    """The longest opening run of ``words`` that spells one of ``keys``."""
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n]).strip(" .,'’-")
        if not phrase or _JOB_CODE.search(phrase):
            return None
        # ("The Halcyon Las Vegas" for thehalcyonlv: an article opens a name)
        if phrase.split()[0].lower() in _NOT_COMPANY and not _THE_NAME.match(phrase):
            return None
        if any(_phrase_spells(phrase, k) for k in keys):
            return phrase
    return None


# the last word of a building's name: "Fortizza House" is where Fortizza Entertainment sits
_BUILDING_WORDS = frozenset(
    {"house", "tower", "towers", "building", "centre", "center", "plaza", "hq", "headquarters"}
)


def _whole_names(scored: dict[str, int], keys: list[str], texts: list[str]) -> dict[str, int]:
    """Name a short form by the phrase that spells the whole domain, where a text writes it:
    with ``quebrachosoftware``, "Quebracho" of a subject is "Quebracho Software" of the
    signature, and with ``brandtvoss`` "Brandt" is "Brandt & Voss". A building's name gives
    way to any other ("Fortizza House" to "Fortizza Entertainment plc")."""
    firms = {c: n for c, n in scored.items() if c.split()[-1].lower() not in _BUILDING_WORDS}
    if not firms:
        # only a building: the firm is the name it carries, where that spells the domain
        # ("Asante Whitfield House, 4th Floor" of asantewhitfield is Asante Whitfield's)
        for c, n in scored.items():
            firm = c.rsplit(None, 1)[0] if " " in c else c
            if any(_phrase_spells(firm, k) for k in keys):
                firms[firm] = firms.get(firm, 0) + n
    scored = firms or scored
    out: dict[str, int] = {}
    whole = {k.replace("-", "") for k in keys}
    for c, n in scored.items():
        name = c
        if squash(c) not in whole and any(k.startswith(squash(c)) for k in whole):
            name = next((w for t in texts for w in _longer_forms(c, t) if squash(w) in whole), c)
            name = next((q for t in texts for q in _quoted_registered(c, t)), name)
        out[name] = out.get(name, 0) + n
    return out


# A Baltic firm's registered name in quotes after its legal form: UAB „Nemuno finansai“
_QUOTED_REGISTERED = re.compile(r"\b(?:UAB|AB|MB|SIA|AS|O\u00dc)\s+[„“\"]([^„“”\"\n]{2,60})[“”\"]")


def _quoted_registered(name: str, text: str) -> Iterator[str]:
    """The registered name in quotes that opens with ``name`` (a lower-case word may follow
    it: "Nemuno" is „Nemuno finansai“ of nemunofin)."""
    for m in _QUOTED_REGISTERED.finditer(text):
        if m.group(1).startswith(name + " "):
            yield m.group(1)


def _longer_forms(name: str, text: str) -> Iterator[str]:
    """``name`` with the next one or two capitalised words after it in ``text``."""
    for m in re.finditer(rf"\b{re.escape(name)}((?:[ \t]+(?:&[ \t]+)?[A-Z][\w&]*){{1,2}})", text):
        words = re.findall(r"[ \t]+(?:&[ \t]+)?[A-Z][\w&]*", m.group(1))
        for k in range(1, len(words) + 1):
            yield name + "".join(words[:k])


def squash(name: str) -> str:
    """``name`` lower-cased, umlauts spelled out, all but letters and digits dropped: what a
    domain key looks like ("Brandt & Voss" -> "brandtvoss")."""
    # (other accents dropped: "Çınar Tekstil" is ``cinartekstil``)
    return re.sub(r"[^a-z0-9]", "", without_accents(_umlauts(name)))


# the small words an acronym skips: "Office of Coastal Waterways" (OCW), "Banque Lagunaire de
# Côte d'Ivoire" (BLCI)
_NOT_INITIALS = frozenset(
    {"and", "of", "the", "for", "de", "du", "des", "del", "da", "do", "das", "dos", "d", "la", "le",
     "et", "y", "e"}
)  # fmt: skip


def _spelled_out(acronym: str, texts: list[str]) -> str | None:
    """The full name an all-capitals company name abbreviates ("OCW" -> "Office of Coastal
    Waterways"), when a text spells it out; also a name's closing acronym ("Grand Canal FS" ->
    "Grand Canal Fund Services")."""
    *head, last = acronym.split() or [""]
    if head and last.isupper() and last.isalpha() and 2 <= len(last) <= 4:
        lead = " ".join(head)
        for text in texts:
            for m in re.finditer(rf"\b{re.escape(lead)}((?:[ \t]+[A-Z][a-z]+){{2,4}})", text):
                words = m.group(1).split()[: len(last)]
                if "".join(w[0] for w in words) == last:
                    return f"{lead} {' '.join(words)}"
        return None
    if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 6):
        return None
    for text in texts:
        for m in re.finditer(_CAP, text):
            words = m.group(0).split()
            for n in range(len(words), 1, -1):
                phrase = " ".join(words[:n]).strip(" .,'’-")
                initials = "".join(
                    w[0] for w in re.findall(r"[^\W\d_]+", phrase) if w.lower() not in _NOT_INITIALS
                )
                if initials.upper() == acronym and phrase.upper() != acronym:
                    return phrase
    return None


_WRITTEN_DOMAIN = re.compile(r"(?<![@\w.-])((?:[a-z0-9-]+\.)+[a-z]{2,})\b", re.I)


def _written_domains(texts: Iterable[str]) -> list[str]:
    """Corporate-looking web domains written in ``texts`` (not mail, vendor or tool hosts)."""
    out: list[str] = []
    for text in texts:
        for m in _WRITTEN_DOMAIN.finditer(text):
            d = m.group(1).lower()
            if (
                not is_free_mail(d)
                and not is_vendor_domain(d)
                and re.search(r"[a-z]{3}", org_key(d))
                and d not in out
            ):
                out.append(d)
    return out


def _phrase_spells(phrase: str, key: str) -> bool:
    """The phrase's words, glued, start with the domain key: "Acme Bio" for ``acme``/``acmebio``.

    Stricter than :func:`_domain_match` (no initials): a free-floating phrase anywhere in a text
    must really spell the organisation, not merely share its initials.
    """
    parts = [p for p in re.split(r"[-_.]", key.lower()) if p]
    c, key = _compact(phrase), _compact(key)
    if _opens_with(phrase, (key,)) or (key.startswith(c) and len(c) >= 5):
        return True
    # "City and County of Denver" for ``denvergov``: a public body's title left off
    place = _compact(_CIVIC_TITLE.sub("", phrase))
    if place != c and key.startswith(place) and len(place) >= 5:
        return True
    # "Halcyon Clinical Research" for ``halcyoncr``
    if _words_then_initials([w.lower() for w in re.findall(r"[A-Za-z]+", phrase)], key):
        return True
    lowered = re.findall(r"[a-z]+", without_accents(phrase))
    if _name_then_country(lowered, key) or _initials_then_field(lowered, key):
        return True
    # a long name and its long initials: "Cottonwood Valley School District" for cvsd; one
    # part of a bilingual or prefixed key will do: "Northern Health Statistics Agency" for
    # nhsa-asns, "Ministry of Municipal Renewal" for ontario-mmr
    if any(len(part) >= 6 and c.endswith(part) and c != part for part in parts if part != key):
        return True  # "Manitoba Department of Prairie Watersheds" for mb-prairiewatersheds
    # ("Women's": the "s" after an apostrophe is no word of its own)
    words = [
        w
        for w in re.findall(r"[A-Za-z]+", phrase)
        if w.lower() not in _SMALL_WORDS and not (len(w) == 1 and w.islower())
    ]
    if len(words) < 3:
        return False
    spelled = {"".join(w[0] for w in words).lower()}
    if words[0].isupper() and len(words[0]) <= 3:
        # a region before the name: "BC Ministry of Rural Connectivity" for gov-bc-mrc
        spelled.add("".join(w[0] for w in words[1:]).lower())
    if words[-1].isupper() and 2 <= len(words[-1]) <= 5:
        # the initials, then an acronym kept whole: "Bayou City Electrical JATC" for bcejatc
        spelled.add("".join(w[0] for w in words[:-1]).lower() + words[-1].lower())
    # (three letters are spelled by chance, unless the phrase names a public body or a firm:
    # "Department of Climate Adaptation" for dca)
    long_enough = len(key) >= 4 or (len(key) == 3 and _BODY_WORD.search(phrase) is not None)
    return (
        (long_enough and key in spelled)
        or any(len(part) >= 3 and part in spelled for part in parts if part != key)
        or _abbreviates(words, key)
    )


def _abbreviates(words: list[str], key: str) -> bool:
    """Every word of a name of three words or more, shortened, spells ``key`` in order: each
    word gives the key its next letters, the first of them its own first letter ("Clyde Valley
    Hospitals Charity" for ``cvhcharity``, "Northshore Veterinary Specialists" for
    ``nsvetspecialists``, "North Pacific Observer Services" for ``npobs``)."""
    folded = [squash(w) for w in words]
    # ("Chattahoochee Eye Associates" for ``chatteye``: what kind of firm it is may be left off
    # a long key)
    kind = len(folded)
    while kind > 2 and folded[kind - 1] in _FIRM_KINDS:
        kind -= 1
    if kind < len(folded) and len(key) >= 6 and _spells_each(folded[:kind], key):
        return True
    # (short keys and two-word names are spelled by chance; bare initials are matched above)
    if len(key) < 5 or len(folded) < 3 or len(key) == len(folded):
        return False
    return _spells_each(folded, key)


# the words after a name that say what kind of firm it is (a legal form is not: "Halden & Price
# Ltd" spells haldenprice only without it, and the name is shown without it)
_FIRM_KINDS = frozenset({"associates", "partners", "group", "company", "holdings"})


def _spells_each(folded: list[str], key: str) -> bool:
    """Each of the ``folded`` words, shortened, gives ``key`` its next letters, in order."""
    # reach[i]: the key's first i letters are spelled by the words read so far
    reach = {0}
    for word in folded:
        reach = {
            j
            for i in reach
            if i < len(key) and key[i] == word[:1]
            for j in range(i + 1, len(key) + 1)
            if _in_order(key[i:j], word)
        }
    return len(key) in reach


def _in_order(letters: str, word: str) -> bool:
    """``letters`` appear in ``word`` in this order."""
    rest = iter(word)
    return all(c in rest for c in letters)


_BODY_WORD = re.compile(
    r"\b(?:Department|Ministry|Office|Agency|Council|Commission|Authority|Institute|University|"
    r"Board|Bureau|Service|Association|Foundation|Trust)\b"
)


_SMALL_WORDS = frozenset({"and", "of", "the", "for", "on", "in", "de", "du", "des", "la", "le"})


# A Portuguese/Spanish gendered ending written into a title ("Engenheiro(a)") cuts the title
# patterns short; other bracketed endings ("actuariel(le)") are kept as written
_GENDER_MARK = re.compile(r"(?<=[a-zà-ÿ])(?:\((?:a|o|as|os)\)|[·.](?:se|e|ne|rice)s?\b)")


def pick_role(texts: Iterable[str], company: str | None = None) -> str | None:
    """The job title from "application for the X role", "Bewerbung als X" and similar.

    The most explicit pattern wins whichever text it is in; within a pattern, the first text.
    The ``company`` is never the job ("Odwołanie rozmowy technicznej – Ursus Data" names the
    step, then the employer).
    """
    texts = [_GENDER_MARK.sub("", t) for t in texts]
    # Mail bodies are hard-wrapped ("for the Head of\nCustomer Success role"): the patterns that
    # end on a fixed word ("role", "position") may read across one line break.
    unfolded = [_WRAP.sub(" ", t) for t in texts if "\n" in t]
    ended = [_ROLE_PATTERNS[i] for i in (0, 3, 4, 5)]
    passes = [(rx, texts) for rx in _ROLE_FIELDS]
    passes += [(rx, g) for rx in ended for g in (texts, unfolded)]
    passes += [(rx, texts) for rx in _ROLE_PATTERNS if rx not in ended]
    passes += [(_OPENING_TITLE, texts)]
    for rx, group in passes:
        for text in group:
            for m in rx.finditer(text):
                raw = next((g for g in m.groups() if g), "")
                role = _clean_role(raw)
                if role and m.group(0).endswith("team") and _only_field_words(role):
                    continue  # "hiring for the Market Data Platform team": a team, not a job
                if role and not (company and role.casefold() == company.casefold()):
                    return expand_acronym(role, texts)
    # A title line that only abbreviates the job ("Acme: SRE technical interview") while the body
    # spells it out ("Site Reliability Engineer, Platform team"): the spelled-out form is the job.
    for text in texts:
        for seg in re.split(r"\s+[-|–—]\s+|:\s+|\s*\|\s*", text.split("\n", 1)[0]):
            head = seg.split()[0] if seg.split() else ""
            if head.isupper() and head.isalpha():
                full = expand_acronym(head, texts)
                if full != head and _JOB_WORDS.search(full.split()[-1]):
                    return full
    return None


def role_last_resort(texts: Iterable[str]) -> str | None:
    """A title in Japanese, Korean, Chinese or Turkish, or in a startup's loose phrasing ("we're
    hiring our first Mobile Engineer"): the last resort, after every English or European pattern
    and the subject's segments found none."""
    for rx in _LAST_ROLE_PATTERNS:
        for text in texts:
            for m in rx.finditer(text):
                role = _clean_role(m.group(1))
                if role:
                    return role
    return None


# a title in another script, then its Latin twin: "Ахлах уурхайн инженер (Senior Mining
# Engineer)", "... (ил уурхай) / Senior Mining Engineer"
_LATIN_TWIN = (
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:\(|/[ \t]*)"
    r"([A-Z][A-Za-z&/ .,'-]{2,60}?)[ \t]*[)\"”»\n]"
)


def latin_twin(role: str, texts: Iterable[str]) -> str:
    """``role``'s Latin-script twin where a text writes one beside it (the draft is English),
    else ``role``."""
    if re.search(r"[A-Za-z]", role):
        return role
    for text in texts:
        for m in re.finditer(re.escape(role) + _LATIN_TWIN, text):
            twin = _clean_role(m.group(1))
            if twin:
                return twin
    return role


def without_company(role: str | None, company: str | None) -> str | None:
    """``role`` without the company's name in front: "Calder Wynn 2027 Graduate Program",
    "Azulejo Labs (Product Designer)" name the job after the company."""
    if not role or not company:
        return role
    # "Founding Learning Designer, Owlery Learning": the company after the title
    # (or its first word, where the title was cut inside the name: "..., Ardlinn")
    first = re.escape(company.split()[0]) if len(company.split()[0]) >= 4 else None
    tail = re.search(
        rf"(?:,| at| -| –| \|)\s+{re.escape(company)}\b[\w ]*$"
        rf"|\s*\({re.escape(company)}\b[\w ]*\)$" + (rf"|,\s+{first}$" if first else ""),
        role,
        re.I,
    )
    if tail and tail.start() > 0:
        return role[: tail.start()]
    if not role.lower().startswith((company.lower() + " ", company.lower() + ",")):
        return role
    rest = role[len(company) + 1 :].strip(" -–—:|,")
    if rest.startswith("(") and rest.endswith(")") and rest.count("(") == 1:
        rest = rest[1:-1]
    return rest or role


# what joins the candidate to the other side in a title: "Nadia Petrov <> Tomás Ferreira |
# Product Design Lead", "Rhiannon Kealy / Medical Information Pharmacist"
_OTHER_SIDE = re.compile(r"^\s*(?:<>|/|&|x\b|\+)\s*(?:[^|:–—]+?\s*(?:[|:–—]|\s-\s)\s*)?")


def without_owner(role: str | None, owner_name: str) -> str | None:
    """``role`` without the candidate's own name in front ("Ong Wei Ting (Senior Product
    Manager)", "Devon McAllister - Embedded Software Engineer II") or the meeting's other side
    after it ("<> Tomás Ferreira | Product Design Lead")."""
    rest = without_company(role, owner_name or None)
    if not rest or rest == role:
        return role
    if _OTHER_SIDE.match(rest):
        rest = _OTHER_SIDE.sub("", rest, count=1)
    return rest.strip(" -–—:|/") or role


def share_companies(interviews: Sequence[Interview]) -> list[Interview]:
    """One employer named one way: an interview whose mail gave only the domain ("Pdrail",
    "Brenner Voss") takes the fuller name another interview spelled out for it ("Prairie
    Dominion Railway", "Brenner & Voss Logistik GmbH")."""
    names = {iv.company for iv in interviews if iv.company}
    out: list[Interview] = []
    for iv in interviews:
        key = _compact(iv.company or "")
        # (the domain's parts, when the name was made from them: "Wuermtal Medtech")
        parts = "-".join(re.findall(r"[a-z0-9]+", (iv.company or "").lower()))
        full = next(
            (
                n
                for n in sorted(names)
                if n != iv.company
                and " " in n
                and (_domain_match(n, key) or ("-" in parts and _domain_match(n, parts)))
            ),
            None,
        )
        out.append(replace(iv, company=full) if full and len(full) > len(iv.company or "") else iv)
    return out


def share_roles(interviews: Sequence[Interview]) -> list[Interview]:
    """Roles made consistent across one company's interviews in the same mailbox.

    A later round often abbreviates the job ("SRE") or leaves it out that an earlier invite
    spelled out ("Site Reliability Engineer"): an abbreviation whose initials match a sibling's
    title is expanded, and a missing role takes the company's only stated title.
    """
    by_company: dict[str, list[str]] = {}
    for iv in interviews:
        if iv.company and iv.role:
            titles = by_company.setdefault(_compact(iv.company), [])
            if iv.role not in titles:
                titles.append(iv.role)
    out: list[Interview] = []
    for iv in interviews:
        # "Cairnpoint" and "Cairnpoint Education" are one company named shorter or longer
        key = _compact(iv.company or "")
        titles = list(
            dict.fromkeys(
                t
                for k, ts in by_company.items()
                if key and (k.startswith(key) or key.startswith(k))
                for t in ts
            )
        )
        role = iv.role
        if role is None and len(titles) == 1:
            role = titles[0]
        elif role is not None:
            role = expand_acronym(role, [t for t in titles if t != role])
            # "HR Business Partner" in one step's subject, "HR Business Partner - Retail
            # Network" in the mail that lists both steps: the one title, written in full
            longer = [t for t in titles if re.match(rf"{re.escape(role)}(?:\s+[-–—]\s+|,\s+)", t)]
            role = longer[0] if len(longer) == 1 else role
        out.append(iv if role == iv.role else replace(iv, role=role))
    return out


_WRAP = re.compile(r"(?<=\S)[ \t]*\n[ \t]*(?=\S)")


def expand_acronym(role: str, texts: Iterable[str]) -> str:
    """The full title when ``role`` is an abbreviation the texts spell out ("SRE" -> "Site
    Reliability Engineer"); else ``role`` unchanged."""
    words = role.split()
    for i, head in enumerate(words):
        if not (2 <= len(head) <= 5 and head.isupper() and head.isalpha()):
            if head[-1:] == "," and head[:-1] in _SALES_TITLES:  # "AE, Public Sector"
                return " ".join([*words[:i], _SALES_TITLES[head[:-1]] + ",", *words[i + 1 :]])
            continue
        titled = _JOB_WORDS.search(" ".join(words[:i] + words[i + 1 :])) is not None
        # ("PCCM" is "Pulmonary and Critical Care Medicine": small words may join the letters)
        rx = re.compile(
            r"\b" + r"\s+(?:(?:and|of|&)\s+)?".join(rf"{c}[a-z]+" for c in head) + r"\b"
        )
        for text in texts:
            m = rx.search(text)
            if m:
                spelled = m.group(0).split()
                # (but "Executive VA" is an "Executive Virtual Assistant": the last word is
                # the job itself)
                if titled and i < len(words) - 1 and any(_JOB_WORDS.fullmatch(w) for w in spelled):
                    break  # "AP Chemistry Teacher" is no "Assistant Principal": AP qualifies it
                # "are hiring General Managers": the title is singular
                last = spelled[-1]
                if last.endswith("s") and _JOB_WORDS.fullmatch(last[:-1]):
                    spelled[-1] = last[:-1]
                return " ".join(words[:i] + spelled + words[i + 1 :])
        if head in _SALES_TITLES:
            # none of the texts spells it out, but sales titles are written one way
            return " ".join([*words[:i], _SALES_TITLES[head], *words[i + 1 :]])
    return role


# Sales and customer titles almost always abbreviated in mail ("the founding AE role")
_SALES_TITLES = {
    "AE": "Account Executive",
    "SDR": "Sales Development Representative",
    "BDR": "Business Development Representative",
    "CSM": "Customer Success Manager",
}


def role_from_segments(subject: str, company: str | None) -> str | None:
    """A subject segment that names a job ("Acme - Data Engineer phone screen")."""
    comp = _compact(company or "")
    subject = _GENDER_MARK.sub("", subject)
    # the title of whom the interview is with is not the job: "Interview with Tanner Olsen (VP
    # Implementation) – Darlene Pruitt"
    subject = _WITH_WHOM_TITLE.sub(r"\1", subject)
    # a job board's relay: "Kōwhai Civil Ltd sent you a message about Site Engineer – Civil"
    subject = _RELAYED_ABOUT.sub("", subject)
    # Japanese and Chinese subjects bracket their parts: "【会社】一次面接のご相談（職種）"
    # ("Detection Engineer @ Tidemark": an at-sign joins the job and the company)
    # (Chinese subjects join their parts with a bare dash: "橙子出行-司机端产品运营-电话沟通")
    parts = (
        # (a French title's bracketed ending is no part: "Ingénieur(e) en conception mécanique")
        # (a question opens a recruiter's subject: "Quick kōrero? Senior Policy Advisor")
        r"\s+[-|–—/@]\s+|:\s+|\?\s+|\s*\|\s*|\s\(|(?<!\(e)(?<!\(le)(?<!\(ne)(?<!\(es)\)"
        r"|[【】（）「」『』：\[\]｜－]"
        r"|(?<=[\u4e00-\u9fff])[-–—](?=[\u4e00-\u9fff])"
        # (and with a space: "宏嶺科技 策略行銷經理 主管面試" is the company, the job, the step)
        r"|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])"
    )
    for seg in re.split(parts, subject):
        seg = _without_reply_prefix(seg.strip())
        if company and seg.lower().startswith(company.lower() + " "):
            # "Tessa <> Oren (Pennywhistle founding researcher)": the company, then the job
            seg = seg[len(company) :].strip()
        if _LEVEL_STEP.match(seg):
            continue
        role = _clean_role(seg)
        if role and _compact(role) != comp and not (comp and _compact(role).startswith(comp)):
            return role
    return None


_RELAYED_ABOUT = re.compile(r"(?i)^.*?\bsent you a (?:new )?message about\s+(?:the\s+)?")
_WITH_WHOM_TITLE = re.compile(
    r"(\b(?i:with|w/)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})\s*\([^()]{1,40}\)"
)


# a step named by who holds it: "Partner interview", "Director conversation" (the interviewer's
# rank, not the job: "Product Manager interview" names two words and stays a job)
_LEVEL_STEP = re.compile(
    r"(?:partner|director|principal|founder|ceo|cto|executive|leadership|md)\s+"
    r"(?:interview|conversation|chat|meeting|round|discussion)\b",
    re.I,
)


# The interview step named before the title: "final stage for the Staff Engineer", "Hiring-manager
# conversation for the Senior SCADA Engineer"
_STEP_PREFIX = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:stage|round|step|conversation|interview|chat|call|screen|manager|"
    r"meeting|discussion)\s+(?:for|about|on)\s+(?:the|our|a|an|your)\s+(?=\S)",
    re.I,
)


# A step named before the title: "Recruiter Screen - Curriculum Designer", "Panel Interview: X"
_STEP_LEAD = re.compile(
    r"^(?:[\w-]+\s+){0,2}(?:screen|interview|call|chat|round|conversation)\s*[-–—:|]\s+(?=(?-i:[A-Z]))"
    # the interview word alone before the title in other languages: "Colloquio Digital
    # Marketing Specialist", "Entrevista Analista de Dados", "Rozmowa Senior Developer"
    r"|^(?:colloquio|entrevista|entretien|rozmowa|gespr\u00e4ch|vorstellungsgespr\u00e4ch)"
    r"(?:\s+(?:di selezione|conoscitivo|t[ée]cnic[ao]|techniczna|rekrutacyjna))?\s*[-–—:|]?\s+"
    r"(?=(?-i:[A-Z]))",
    re.I,
)


_NOT_A_TITLE_ALONE = frozenset(
    {"tech", "data", "product", "software", "engineering", "marketing", "sales", "senior"}
    | {"junior", "staff", "principal", "chief", "head", "lead", "executive", "ux", "ui"}
)


# job words that name a field, not a job ("Data structures", "Product case")
def _only_field_words(role: str) -> bool:
    """Every job word in ``role`` names a field ("Market Data Platform"), none a post."""
    return all(m.group(0).lower() in _FIELD_WORDS for m in _JOB_WORDS.finditer(role))


_FIELD_WORDS = frozenset(
    {"data", "product", "software", "engineering", "marketing", "sales", "tech", "ux", "ui"}
    | {"dados", "datos", "projet", "proyecto"}
)


_DANGLING = re.compile(r"(?:\s+(?:de|del|de la|la|le|les|des|du|di|da|do|of|the|and|y|et))+$")


# the last word of a session's name, not a job's: "Product Sense Case", "Data Case Study"
# ("Data Structures & Algorithms", "Data Debugging")
_SESSION_WORDS = frozenset(
    {"case", "study", "exercise", "challenge", "deep-dive", "walkthrough", "algorithms"}
    | {"structures", "coding", "debugging"}
)


def _clean_role(raw: str) -> str | None:
    # "Entrevista com gestor", "Interview with Dana": a step and a person, not a job title
    if _STEP_WITH.match(raw.strip()):
        return None
    raw = " ".join(raw.split())  # a title read across a hard wrap
    # "Operations Manager w/ Keisha Grant": the job, then whom the interview is with
    raw = re.split(r"\s+w/\s*(?=[A-Z])", raw)[0]
    if re.fullmatch(r"[\u4e00-\u9fff（）() ]+", raw) and " " in raw:
        raw = raw.split()[-1]  # "拾光数据 运营负责人": the company, then the job
    role = re.sub(r"\s*\((?:m|w|f|d|x|h)(?:/(?:m|w|f|d|x|h))+\)", "", raw, flags=re.I)
    # ("Especialista en Drenaje Vial": a specialist's field stays, see _FOREIGN_ROLE)
    role = re.split(
        r"\s+(?:bei|chez|(?<!cialista )(?<!geniero )(?<!geniera )(?<!nciado )(?<!nciada )en|"
        r"na|no|bij|at|da|do|du|della|hos)\s+(?:der|die|la|le|l'|de)?\s*[A-Z]",
        role,
    )[0]
    # a reference number after the title: "Industridesigner, ref.nr 2026/114", "(Ref. 4471)"
    role = re.sub(
        r"[\s,(]+(?:ref|ref\.?\s?nr|refnr|req|job id|id)\.?\s*:?\s*#?\s*[\w/-]*\d[\w/-]*\)?$",
        "",
        role,
        flags=re.I,
    )
    # a sentence end is not inside a title ("Head of Customer Success. No prep"), "Sr. X" is
    role = re.split(r"(?:(?<=[a-z]{3})|(?<=\)))\.\s+", role)[0]
    role = role.strip(" .,:;-")
    role = _ROLE_NOTE.sub("", role)
    role = _STEP_PREFIX.sub("", role)
    role = _STEP_LEAD.sub("", role)
    # a requisition number before the title: "Req 48213 Senior Pharmacist", "#2026-0193 X"
    role = re.sub(
        r"^(?:(?:req(?:uisition)?|ref|job|posting)\.?\s*#?\s*[\w-]*\d[\w-]*|#?[A-Z]{0,4}-?(?:\d\d-)?(?!20\d\d\s)\d{3,}[\w-]*)"
        r"\s*[-–:|]?\s+",
        "",
        role,
        flags=re.I,
    )
    role = _ROLE_TRIM.sub("", role).strip(" .,:;-")
    # a title cut off by a hard wrap ends on no connective: "Coordinador/a de Ensayos de la"
    role = _DANGLING.sub("", role)
    # an invitation line in any language before the title: "Uitnodiging eerste gesprek X",
    # "Einladung zum Vorstellungsgespräch X", "Convocation à un entretien X"
    role = re.sub(
        r"^(?:uitnodiging|einladung|invitaci[oó]n|convite|convocation|invitation)\b[^\n]{0,40}?"
        r"\b(?:\w*gesprek|\w*gespräch|entretien|entrevista|interview)\b\s*"
        r"(?:voor|für|pour|para|for|:|[-–])?\s*",
        "",
        role,
        flags=re.I,
    )
    role = re.sub(
        r"^(?:interview|invitation|updated invitation|confirmed|next steps?|entrevista|entretien|"
        r"interviu(?: tehnic)?|\u03b8\u03ad\u03c3\u03b7|"
        r"vorstellungsgespr[äa]ch|gesprek)\s*(?:for|para|pour|f[üu]r|voor|:)?\s*",
        "",
        role,
        flags=re.I,
    )
    # Samoan names the post before the title: "Tofiga Accounts Supervisor"
    role = re.sub(r"^tofiga\s+", "", role, flags=re.I)
    # the candidate named by initial in an event title: "Director, Global Programs (D. Ferraro)"
    role = re.sub(r"\s*\([A-Z]\.\s?[A-Z][\w'’-]+\)$", "", role)
    # ... or in full, the title in brackets: "Final round - Farah Iskandar (Senior Risk Data
    # Scientist)"
    named = re.fullmatch(r"[A-Z][\w'’-]+ [A-Z][\w'’-]+ \(([^()]+)\)", role)
    if named and _JOB_WORDS.search(named.group(1)) and not _JOB_WORDS.search(role.split("(")[0]):
        role = named.group(1)
    if role.count("(") > role.count(")"):
        role = role.split("(")[0].strip()
    elif role.endswith(")") and "(" not in role:
        role = role[:-1].strip()  # the bracket the title was written in: "(Cloud Engineer)"
    # "Product Analyst - Mia Castellano / Rachel Okoye": the people an invite title adds
    parts = re.split(r"\s+[-–—]\s+", role)
    while (
        len(parts) > 1
        and _PEOPLE_ONLY.fullmatch(parts[-1])
        and not _JOB_WORDS.search(parts[-1])
        and not _BUSINESS_UNIT.search(parts[-1])
    ):
        parts.pop()
    role = " - ".join(parts)
    if not role or len(role) > 70 or not _JOB_WORDS.search(role) or re.search(r"@|://", role):
        return None
    if re.search(r"\b(?:roles|positions|opportunities|vacancies|jobs)$", role, re.I):
        return None  # "Financial Controller roles": a kind of job an agency works on, not one
    if role.lower() in _NOT_A_TITLE_ALONE:
        return None  # "Tech-Interview", "Product sync": a field or a rank, not a job
    last = role.split()[-1]
    if (
        # (a session written in title case too: "Product Sense Case")
        (last.islower() or last.lower() in _SESSION_WORDS)
        and not _JOB_WORDS.fullmatch(last)
        and all(m.group(0).lower() in _FIELD_WORDS for m in _JOB_WORDS.finditer(role))
    ):
        return None  # "Data structures", "Product case": a session's subject, not a job
    if re.search(r"interview|\b(?:invitation|calendar|meeting|zoom|teams)\b", role, re.I):
        return None
    if role.endswith(("!", "?")) or re.search(r"\bwants? to\b|\bwould like\b", role, re.I):
        return None  # a sentence, not a title: "manager wants to talk tomorrow!"
    if re.search(r"\b(?:Dr|St|Ave|Rd|Blvd|Ln|Pkwy|Hwy)\b,.*,\s*[A-Z]{2}$", role):
        return None  # an address: "Executive Dr, Stafford, TX"
    if _EVENT_TYPE.match(role):
        return None
    # a title taken from running text ("au poste d'analyste ...") is shown as a title
    return role[0].upper() + role[1:]


def emails_in(text: str) -> list[tuple[str, str]]:
    """``(address, the 240 characters before it)`` for each address written in ``text`` (a
    list's heading may sit a few lines above: "Your panel will be:")."""
    return [
        (m.group(0).lower().rstrip("."), text[max(0, m.start() - 240) : m.start()])
        for m in _EMAIL.finditer(text)
    ]


_KINDS: list[tuple[InterviewKind, re.Pattern[str]]] = [
    (
        InterviewKind.ONSITE,
        re.compile(r"on-?site|loop|itinerary|panel|final round|superday|interview day", re.I),
    ),
    (
        InterviewKind.TECHNICAL,
        re.compile(
            r"technical|coding|system design|pair(?:ing)?|live (?:sql|coding)|whiteboard|"
            r"take a look at code|case interview|fachgespräch|technisch",
            re.I,
        ),
    ),
    (
        InterviewKind.PHONE_SCREEN,
        re.compile(
            r"phone screen|recruiter screen|screening|intro(?:ductory)? call|initial call|"
            r"first round|phone interview|erstgespräch",
            re.I,
        ),
    ),
    (
        InterviewKind.HIRING_MANAGER,
        re.compile(
            r"hiring manager|coffee chat|virtual coffee|with (?:our|the) (?:vp|head|director|"
            r"ceo|founder|cto)|\b(?:vp|head|director|founder|ceo|cto) of\b",
            re.I,
        ),
    ),
]


def pick_kind(text: str, interviewer_count: int) -> InterviewKind:
    """Interview kind from its words; two or more interviewers make a panel (onsite)."""
    for kind, rx in _KINDS:
        if rx.search(text):
            if kind is InterviewKind.TECHNICAL and interviewer_count >= 3:
                return InterviewKind.ONSITE
            return kind
    return InterviewKind.ONSITE if interviewer_count >= 3 else InterviewKind.OTHER


def people_of(msg: Message | None, ev: CalendarEvent | None) -> list[Person]:
    """Everyone named in the headers of ``msg`` and the organizer/attendees of ``ev``."""
    out: list[Person] = []
    if msg is not None:
        out += (
            ([msg.sender] if msg.sender else []) + list(msg.reply_to) + list(msg.to) + list(msg.cc)
        )
    if ev is not None:
        out += ([ev.organizer] if ev.organizer else []) + [a.person for a in ev.attendees]
    return out
