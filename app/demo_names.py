"""Word lists for the demo data: Danish, Swedish and Norwegian names, companies, number ranges and short texts.

Kept apart from app/demo_data.py so the generator reads as logic, not as lists. The phone number ranges are
checked against `phonenumbers` in tests/unit/app/test_demo_data.py (every prefix, many random numbers), so the
hot loop can build numbers from digits without parsing each one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166 region, as phonenumbers knows it
    calling_code: str  # "45"
    language: str  # BCP 47 tag stored on the customer
    timezone: str
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    company_forms: tuple[str, ...]  # legal suffixes: ApS, A/S, AB, AS …
    company_words: tuple[str, ...]
    towns: tuple[str, ...]
    mail_domains: tuple[str, ...]
    tld: str


DENMARK = Country(
    code="DK", calling_code="45", language="da", timezone="Europe/Copenhagen",
    first_names=(
        "Mette", "Anne", "Kirsten", "Hanne", "Lone", "Susanne", "Charlotte", "Camilla", "Louise", "Maria",
        "Ida", "Freja", "Sofie", "Mathilde", "Emma", "Karen", "Inger", "Birgitte", "Pernille", "Signe",
        "Jens", "Peter", "Lars", "Søren", "Niels", "Michael", "Henrik", "Thomas", "Rasmus", "Mads",
        "Frederik", "Mikkel", "Anders", "Morten", "Jesper", "Christian", "Bjørn", "Jørgen", "Ole", "Kasper",
    ),
    last_names=(
        "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Lauridsen", "Holm", "Østergaard",
        "Bjerregaard", "Skovgaard", "Dahl", "Lund", "Kjær", "Bech", "Frederiksen", "Nørgaard", "Høj",
        "Vestergaard", "Damgaard", "Friis", "Søndergaard", "Bach", "Juhl",
    ),
    company_forms=("ApS", "A/S", "I/S", "IVS"),
    company_words=("Tømrer", "VVS", "Bogføring", "Elektro", "Maskinfabrik", "Blomster", "Rengøring",
                   "Auto", "Revision", "Malerfirma", "Grafisk", "Bageri", "Køleteknik", "Ejendomme"),
    towns=("København", "Aarhus", "Odense", "Aalborg", "Esbjerg", "Randers", "Kolding", "Horsens",
           "Vejle", "Roskilde", "Herning", "Silkeborg", "Næstved", "Frederikshavn", "Køge", "Ærøskøbing"),
    mail_domains=("gmail.com", "hotmail.com", "outlook.dk", "live.dk", "mail.dk", "jubii.dk", "yahoo.dk"),
    tld="dk",
)

SWEDEN = Country(
    code="SE", calling_code="46", language="sv", timezone="Europe/Stockholm",
    first_names=(
        "Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Sara", "Emma", "Elin", "Åsa", "Ingrid",
        "Märta", "Linnéa", "Sofia", "Maja", "Agnes", "Ebba", "Birgitta", "Malin", "Ulrika",
        "Lars", "Mikael", "Anders", "Johan", "Per", "Erik", "Karl", "Peter", "Björn", "Jörgen", "Göran",
        "Oskar", "Nils", "Magnus", "Fredrik", "Mats", "Håkan", "Stefan", "Gustav", "Axel",
    ),
    last_names=(
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
        "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson",
        "Lindberg", "Lindström", "Lindqvist", "Berglund", "Åberg", "Sjöberg", "Öberg", "Ström", "Söderberg",
        "Wallin", "Hedlund", "Holmgren", "Lundström-Berg", "Engström", "Sandberg", "Forsberg", "Nyström",
        "Björk", "Ek", "Falk", "Blom", "Hägglund", "Dahlgren", "Östlund",
    ),
    company_forms=("AB", "HB", "Handelsbolag", "Ekonomisk förening"),
    company_words=("Bygg", "Konsult", "Redovisning", "El", "Måleri", "Städ", "Fastigheter", "Trädgård",
                   "Bil", "Rör", "Snickeri", "Kyl", "Data", "Transport"),
    towns=("Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro", "Linköping", "Helsingborg",
           "Jönköping", "Norrköping", "Lund", "Umeå", "Gävle", "Borås", "Södertälje", "Växjö"),
    mail_domains=("gmail.com", "hotmail.com", "outlook.com", "telia.com", "bredband.net", "live.se",
                  "yahoo.se"),
    tld="se",
)

NORWAY = Country(
    code="NO", calling_code="47", language="nb", timezone="Europe/Oslo",
    first_names=(
        "Kari", "Ingrid", "Anne", "Marit", "Solveig", "Nora", "Emma", "Sofie", "Sigrid", "Tone", "Åse",
        "Hilde", "Randi", "Liv", "Ragnhild", "Silje", "Ingeborg", "Thea", "Marte", "Guro",
        "Ole", "Lars", "Knut", "Per", "Jan", "Bjørn", "Håkon", "Øyvind", "Ståle", "Eirik", "Jørgen",
        "Terje", "Geir", "Trond", "Arne", "Sindre", "Magnus", "Espen", "Halvard", "Ørjan",
    ),
    last_names=(
        "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
        "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen",
        "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund", "Sørensen", "Strand", "Solberg",
        "Bakken", "Kristoffersen", "Moen", "Gundersen", "Løken", "Bråten", "Haugland", "Sæther", "Ødegård",
        "Aasen", "Myhre", "Rønning", "Fjeld",
    ),
    company_forms=("AS", "ASA", "ANS", "DA"),
    company_words=("Rør", "Elektro", "Bygg", "Regnskap", "Maling", "Rengjøring", "Eiendom", "Bil",
                   "Snekker", "Transport", "Fiskeutstyr", "Data", "Hage", "Kjøleservice"),
    towns=("Oslo", "Bergen", "Trondheim", "Stavanger", "Drammen", "Fredrikstad", "Kristiansand", "Tromsø",
           "Sandnes", "Ålesund", "Bodø", "Tønsberg", "Hamar", "Lillehammer", "Molde", "Førde"),
    mail_domains=("gmail.com", "hotmail.com", "online.no", "outlook.com", "yahoo.no", "live.no",
                  "broadpark.no"),
    tld="no",
)

COUNTRIES = (DENMARK, SWEDEN, NORWAY)
# Most customers of a Danish call centre live in Denmark; neighbours make up the rest.
COUNTRY_WEIGHTS = (70, 18, 12)

# Number ranges as (national prefix digits, free digits after it, kind). Every number made by appending
# `free` random digits to `prefix` is valid for phonenumbers: the unit test proves it for every row.
# Denmark: 8 digits, no trunk prefix. A third digit 1–9 avoids the few unassigned x0 blocks.
_DK_MOBILE_HEADS = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42",
                    "50", "51", "52", "53", "60", "61", "71", "81", "91", "93")
_DK_FIXED_HEADS = ("32", "33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "54", "55",
                   "56", "57", "58", "59", "62", "63", "64", "65", "66", "69", "72", "73", "74", "75", "76",
                   "86", "87", "88", "89", "96", "97", "98", "99")
# Blocks inside the old landline areas that the numbering plan has since given to mobile operators.
_DK_MOBILE_BLOCKS = frozenset((
    "356", "357", "359", "362", "365", "366", "389", "398", "431", "441", "462", "466", "468", "472", "474",
    "476", "478", "485", "486", "488", "489", "493", "494", "495", "496", "498", "499", "542", "543", "545",
    "551", "552", "556", "571", "572", "573", "574", "577", "579", "584", "586", "587", "589", "597", "598",
    "627", "629", "641", "649", "662", "663", "664", "665", "667", "692", "693", "694", "697"))
DK_RANGES = tuple((head + d, 5, "mobile" if head in _DK_MOBILE_HEADS or head + d in _DK_MOBILE_BLOCKS
                   else "home")
                  for head in _DK_MOBILE_HEADS + _DK_FIXED_HEADS for d in "123456789")
# Sweden: national significant number (after the trunk 0): mobile 7x + 7 digits, Stockholm 8 + 7,
# Gothenburg 31 + 6, Malmö 40 + 6, Uppsala 18 + 6.
SE_RANGES = (("70", 7, "mobile"), ("72", 7, "mobile"), ("73", 7, "mobile"), ("76", 7, "mobile"),
             ("79", 7, "mobile"), ("8", 7, "home"), ("31", 6, "home"), ("40", 6, "home"), ("18", 6, "home"))
# Norway: 8 digits; mobiles start 4 or 9, landlines by region (Oslo 2x, Bergen 55, Trondheim 73 …).
NO_RANGES = tuple((p, 6, "mobile") for p in ("40", "41", "46", "47", "48", "90", "91", "92", "93", "94", "95",
                                             "97", "98", "99")) + tuple(
    (p, 6, "home") for p in ("21", "22", "23", "51", "52", "55", "56", "61", "62", "69", "70", "71", "72",
                             "73", "75", "77", "33", "35", "37", "38"))
RANGES = {"DK": DK_RANGES, "SE": SE_RANGES, "NO": NO_RANGES}

# Phone labels as agents type them, per language.
PHONE_LABELS = {
    "da": {"mobile": "Mobil", "home": "Fastnet", "work": "Arbejde"},
    "sv": {"mobile": "Mobil", "home": "Hem", "work": "Arbete"},
    "nb": {"mobile": "Mobil", "home": "Hjemme", "work": "Jobb"},
}

TAGS = ("vip", "b2b", "nyhedsbrev", "betaler-sent", "ny-kunde", "fiber", "mobil", "erhverv", "klage",
        "gdpr-begrænset")

CUSTOMER_NOTES = {
    "da": ("Foretrækker at blive ringet op om formiddagen.", "Har fået kompensation i marts.",
           "Skriv hellere end ring.", "Taler langsomt, giv god tid.", "Kontaktperson for firmaets aftale.",
           "Ønsker fakturaer på e-mail."),
    "sv": ("Vill helst bli uppringd på förmiddagen.", "Har fått kompensation i mars.",
           "Skriv hellre än ring.", "Kontaktperson för företagets avtal.", "Vill ha fakturor via e-post."),
    "nb": ("Vil helst bli ringt opp før lunsj.", "Har fått kompensasjon i mars.", "Skriv heller enn å ringe.",
           "Kontaktperson for firmaavtalen.", "Ønsker fakturaer på e-post."),
}

# Short interaction notes in the customer's language, with the disposition code (migration 0002) they go with.
INTERACTION_NOTES = {
    "da": (("Spurgte til faktura, forklaret.", "info"), ("Ændret adresse.", "resolved"),
           ("Router genstartet, virker igen.", "resolved"), ("Ønsker tilbud på erhvervsabonnement.", "sale"),
           ("Klager over ventetid.", "complaint"), ("Sag oprettet til teknik.", "ticket"),
           ("Ringer tilbage i morgen.", "callback"), ("Stillet om til salg.", "transferred"),
           ("Opsagt abonnement, ombestemte sig.", "resolved"), ("Forkert nummer.", "wrong-number")),
    "sv": (("Frågade om fakturan, förklarat.", "info"), ("Ändrat adress.", "resolved"),
           ("Routern omstartad, fungerar igen.", "resolved"), ("Vill ha offert på företagsabonnemang.", "sale"),
           ("Klagar på väntetiden.", "complaint"), ("Ärende skapat till teknik.", "ticket"),
           ("Ringer tillbaka i morgon.", "callback"), ("Kopplad till sälj.", "transferred"),
           ("Fel nummer.", "wrong-number")),
    "nb": (("Spurte om fakturaen, forklart.", "info"), ("Endret adresse.", "resolved"),
           ("Ruteren startet på nytt, virker igjen.", "resolved"), ("Ønsker tilbud på bedriftsavtale.", "sale"),
           ("Klager på ventetiden.", "complaint"), ("Sak opprettet til teknisk.", "ticket"),
           ("Ringer tilbake i morgen.", "callback"), ("Satt over til salg.", "transferred"),
           ("Feil nummer.", "wrong-number")),
}

SUBJECTS = {
    "da": ("Faktura", "Flytning", "Ustabilt internet", "Nyt abonnement", "Opsigelse", "Levering", "Ombytning",
           "Mobilt bredbånd", "Betalingsaftale", "Adgangskode"),
    "sv": ("Faktura", "Flytt", "Instabilt internet", "Nytt abonnemang", "Uppsägning", "Leverans", "Byte",
           "Mobilt bredband", "Avbetalning", "Lösenord"),
    "nb": ("Faktura", "Flytting", "Ustabilt internett", "Nytt abonnement", "Oppsigelse", "Levering", "Bytte",
           "Mobilt bredbånd", "Betalingsavtale", "Passord"),
}

TICKET_COMMENTS = {
    "da": ("Kunden har sendt billeder af fejlen.", "Tekniker booket til næste uge.", "Venter på svar fra kunden.",
           "Kreditnota sendt.", "Fejlen kunne genskabes, sendt videre.", "Kunden bekræfter at det virker nu."),
    "sv": ("Kunden har skickat bilder på felet.", "Tekniker bokad till nästa vecka.", "Väntar på svar från kunden.",
           "Kreditnota skickad.", "Kunden bekräftar att det fungerar nu."),
    "nb": ("Kunden har sendt bilder av feilen.", "Tekniker booket til neste uke.", "Venter på svar fra kunden.",
           "Kreditnota sendt.", "Kunden bekrefter at det virker nå."),
}

CALLBACK_REASONS = {
    "da": ("Vil have tilbud", "Spørgsmål om faktura", "Opfølgning på sag", "Ønskede ikke at vente i kø"),
    "sv": ("Vill ha offert", "Fråga om faktura", "Uppföljning av ärende", "Ville inte vänta i kö"),
    "nb": ("Ønsker tilbud", "Spørsmål om faktura", "Oppfølging av sak", "Ville ikke vente i kø"),
}

# The people and places of the demo call centre.
SITES = (("Butik Strøget, København", "Europe/Copenhagen"), ("Butik Bruuns Galleri, Aarhus", "Europe/Copenhagen"),
         ("Butik Triangeln, Malmö", "Europe/Stockholm"))
# (username, full name, role, SIP extension, site index or None)
NAMED_USERS = (("agent", "Mette Kjærgaard", "agent", "1001", None),
               ("supervisor", "Henrik Bøgh", "supervisor", "1900", None),
               ("counter", "Louise Friis", "counter", "2001", 0))
# (name, SIP number the PBX sends for the queue, service-level seconds, percent, disposition required)
QUEUES = (("Kundeservice", "+4570201000", 20, 80, False), ("Teknisk support", "+4570201010", 30, 80, True),
          ("Salg", "+4570201020", 20, 90, False), ("Erhverv", "+4570201030", 15, 90, True))
DEPARTMENTS = ("sales", "technical", "enterprise")
