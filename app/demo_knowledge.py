"""Knowledge articles of the demo call centre (routers, invoices, opening hours, returns) in the languages its
agents work in: Danish, Swedish, Norwegian and English. Added once, to an empty knowledge base only, so a
supervisor's edits survive a second demo load."""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.db.models import KnowledgeArticle

# (title, department or None, tags, body)
ARTICLES: tuple[tuple[str, str | None, str, str], ...] = (
    ("Genstart af router (Fiberbox 3)", "technical", "router,wifi,internet",
     "1. Bed kunden slukke routeren på knappen bag på boksen.\n2. Vent 30 sekunder.\n3. Tænd igen; lampen "
     "\"Internet\" lyser hvidt efter 2-3 minutter.\nLyser den rødt: opret en teknisk sag med routerens "
     "serienummer (står under boksen)."),
    ("Ingen internetforbindelse: fejlfinding", "technical", "router,internet,fejl",
     "Spørg først om lamperne på routeren. Ingen lys: strøm (tjek stikket). Rødt Internet-lys: linjefejl, "
     "tjek driftsstatus for postnummeret. Grønt lys men ingen forbindelse: genstart routeren og prøv med kabel."),
    ("Byta lösenord för wifi", "technical", "router,wifi,lösenord",
     "Kunden loggar in på 192.168.1.1 med uppgifterna på routerns undersida. Under Trådlöst → Säkerhet väljs "
     "ett nytt lösenord (minst 12 tecken). Alla enheter måste anslutas på nytt efteråt."),
    ("Router blinker oransje", "technical", "router,lampe",
     "Oransje blinkende lys betyr at routeren laster ned ny programvare. Ikke slå den av! Det tar opptil 10 "
     "minutter. Blinker den fortsatt etter 20 minutter: opprett en teknisk sak."),
    ("Kopi af faktura", None, "faktura,kopi",
     "Fakturakopier kan sendes fra kundekortet (Fakturaer → Send kopi). De sendes til kundens e-mail. Kunden "
     "kan også hente alle fakturaer på Mit Skranke. Papirkopi koster 29 kr."),
    ("Faktura: betalingsfrist og rykker", None, "faktura,betaling,rykker",
     "Betalingsfristen er 14 dage. Første rykker sendes 5 dage efter forfald (gebyr 100 kr). En kunde kan få "
     "udsat betalingen én gang pr. år i op til 30 dage; skriv en note på kundekortet."),
    ("Fel på fakturan", "sales", "faktura,kreditering",
     "Om kunden anser att fakturan är fel: be om fakturanumret, kontrollera abonnemang och startdatum. "
     "Kreditering upp till 500 kr får agenten göra direkt; över det skapas ett ärende till försäljning."),
    ("Invoice in English", None, "invoice,english",
     "Customers may receive invoices in English: set the customer's language on the card. The change applies "
     "from the next invoice; a copy of an old invoice can be re-sent in English from the invoice list."),
    ("Åbningstider i butikkerne", None, "åbningstider,butik",
     "Aarhus og Odense: mandag-fredag 10-18, lørdag 10-15. Lukket på helligdage. Kundeservice på telefon har "
     "åbent mandag-fredag 8-20 og weekend 10-16."),
    ("Öppettider i Malmö", None, "öppettider,butik,malmö",
     "Butiken i Malmö har öppet vardagar 10-18 och lördagar 10-14. Söndagar stängt. Röda dagar stängt."),
    ("Åpningstider i julen", None, "åpningstider,jul",
     "Kundeservice holder åpent 23. desember 8-16. Stengt 24.-26. desember og 1. januar. Butikkene følger "
     "kjøpesenterets åpningstider."),
    ("Returret: 30 dage", "sales", "retur,fortrydelse",
     "Udstyr købt hos os kan returneres inden for 30 dage i original emballage. Kunden får en returlabel på "
     "e-mail. Pengene tilbagebetales inden for 14 dage efter vi har modtaget varen."),
    ("Returnera en router", "sales", "retur,router",
     "Vid uppsägning ska hyrda routrar returneras inom 30 dagar. Skicka returetikett via e-post. Returneras "
     "routern inte debiteras 600 kr."),
    ("Retur av defekt utstyr", "technical", "retur,reklamasjon",
     "Defekt utstyr innen 2 år er en reklamasjon: kunden får nytt utstyr sendt før det gamle returneres. Noter "
     "serienummeret og feilen i saken."),
    ("Moving house: keeping the subscription", "sales", "flytning,address",
     "A customer who moves keeps their subscription. Check the new address for fibre coverage first; "
     "if there is none, offer 5G broadband with the same price for 6 months. The router moves with them."),
)


def add_demo_articles(session: Session) -> None:
    if session.scalar(select(exists().select_from(KnowledgeArticle))):
        return
    session.add_all(KnowledgeArticle(title=title, body=body, department=department, tags=tags, archived=False)
                    for title, department, tags, body in ARTICLES)
