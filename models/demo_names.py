"""Names of the organisations an office works with, as its own partner list would read: the
country's ministries and county or state authorities, the UN agencies and development banks there
(each once), international NGOs' country programmes, national NGOs, companies, universities and
media, then community organisations and local firms named after their area. Every name is used
once per office, so no list shows six identical rows.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from .demo_places import Country, Place

# The mix of a country office's partner list: mostly civil society, then government, companies,
# research and media; the global kinds appear as long as their short lists last.
SEQUENCE = ("cso", "government", "cso", "un_agency", "private_sector", "cso",
            "academic_research", "cso", "multilateral", "government", "cso", "media", "cso",
            "global_programme", "private_sector", "cso", "government", "cso", "national_committee",
            "cso", "academic_research", "private_sector", "cso", "media")
GLOBAL = {
    "un_agency": ["World Food Programme", "World Health Organization", "UNHCR", "UNFPA",
                  "UN Development Programme", "Food and Agriculture Organization",
                  "International Organization for Migration", "UN Women", "UNESCO"],
    "national_committee": ["UNICEF UK", "German Committee for UNICEF", "UNICEF USA",
                           "Japan Committee for UNICEF"],
    "global_programme": ["Gavi, the Vaccine Alliance", "Global Partnership for Education",
                         "The Global Fund", "Education Cannot Wait"],
}
REGIONAL_BANK = {"KEN": "African Development Bank", "NGA": "African Development Bank",
                 "JOR": "Islamic Development Bank", "BGD": "Asian Development Bank",
                 "PHL": "Asian Development Bank", "HTI": "Inter-American Development Bank",
                 "UKR": "European Bank for Reconstruction and Development"}
INGOS = ["Save the Children", "World Vision", "Plan International", "International Rescue "
         "Committee", "Norwegian Refugee Council", "Terre des hommes", "Concern Worldwide",
         "Action Against Hunger", "CARE International", "Humanity & Inclusion"]
NATIONAL = {  # kind -> the country's own well-known organisations
    "KEN": {"government": ["Ministry of Health", "Ministry of Education", "Ministry of Water, "
                           "Sanitation and Irrigation", "State Department for Children Services",
                           "National Council for Children's Services",
                           "Kenya National Bureau of Statistics",
                           "National Drought Management Authority"],
            "cso": ["Kenya Red Cross Society", "Amref Health Africa in Kenya",
                    "Child Welfare Society of Kenya", "CRADLE - The Children Foundation",
                    "Kenya Alliance for Advancement of Children"],
            "private_sector": ["Safaricom PLC", "Equity Group Foundation", "KCB Foundation",
                               "Bidco Africa", "East African Breweries"],
            "academic_research": ["University of Nairobi", "Kenyatta University", "Moi University",
                                  "Maseno University", "Kenya Medical Research Institute"],
            "media": ["Nation Media Group", "Royal Media Services",
                      "Kenya Broadcasting Corporation", "The Standard Group"]},
    "NGA": {"government": ["Federal Ministry of Health and Social Welfare",
                           "Federal Ministry of Education", "Federal Ministry of Water Resources "
                           "and Sanitation", "National Primary Health Care Development Agency",
                           "National Population Commission", "National Bureau of Statistics"],
            "cso": ["Nigerian Red Cross Society", "Society for Family Health",
                    "Action Health Incorporated", "Girl Child Concerns",
                    "Women Environmental Programme"],
            "private_sector": ["Dangote Foundation", "MTN Nigeria", "Access Bank Plc",
                               "Flour Mills of Nigeria", "Airtel Nigeria"],
            "academic_research": ["University of Ibadan", "Ahmadu Bello University",
                                  "University of Maiduguri", "University of Lagos",
                                  "Nigerian Institute of Medical Research"],
            "media": ["Nigerian Television Authority", "Channels Television", "Daily Trust",
                      "Federal Radio Corporation of Nigeria"]},
    "JOR": {"government": ["Ministry of Education", "Ministry of Health",
                           "Ministry of Social Development", "Ministry of Water and Irrigation",
                           "Department of Statistics", "National Council for Family Affairs"],
            "cso": ["Jordan Red Crescent", "Jordan River Foundation", "Questscope",
                    "Tkiyet Um Ali", "Jordanian Hashemite Fund for Human Development"],
            "private_sector": ["Zain Jordan", "Orange Jordan", "Aramex", "Hikma Pharmaceuticals",
                               "Arab Potash Company"],
            "academic_research": ["University of Jordan", "Jordan University of Science and "
                                  "Technology", "Yarmouk University", "Hashemite University"],
            "media": ["Jordan Radio and Television Corporation", "Roya TV", "Al-Ghad",
                      "Jordan Times"]},
    "BGD": {"government": ["Ministry of Health and Family Welfare",
                           "Ministry of Primary and Mass Education",
                           "Department of Public Health Engineering",
                           "Ministry of Women and Children Affairs",
                           "Bangladesh Bureau of Statistics", "Department of Social Services"],
            "cso": ["BRAC", "Bangladesh Red Crescent Society", "Dhaka Ahsania Mission",
                    "Friendship", "Gonoshasthaya Kendra", "Aparajeyo Bangladesh"],
            "private_sector": ["Grameenphone", "PRAN-RFL Group", "Square Pharmaceuticals",
                               "bKash", "ACI Limited"],
            "academic_research": ["University of Dhaka", "icddr,b", "BRAC University",
                                  "University of Chittagong"],
            "media": ["Bangladesh Betar", "Bangladesh Television", "The Daily Star",
                      "Prothom Alo"]},
    "PHL": {"government": ["Department of Health", "Department of Education",
                           "Department of Social Welfare and Development",
                           "Philippine Statistics Authority", "Council for the Welfare of "
                           "Children", "National Nutrition Council"],
            "cso": ["Philippine Red Cross", "Child Protection Network Foundation",
                    "Philippine Business for Social Progress", "Community and Family Services "
                    "International", "Balay Mindanaw Foundation"],
            "private_sector": ["Jollibee Group Foundation", "Ayala Foundation", "SM Foundation",
                               "Globe Telecom", "Aboitiz Foundation"],
            "academic_research": ["University of the Philippines", "Ateneo de Manila University",
                                  "De La Salle University", "Mindanao State University"],
            "media": ["ABS-CBN", "GMA Network", "Philippine Daily Inquirer", "Bombo Radyo"]},
    "HTI": {"government": ["Ministère de la Santé Publique et de la Population",
                           "Ministère de l'Éducation Nationale et de la Formation "
                           "Professionnelle", "Direction Nationale de l'Eau Potable et de "
                           "l'Assainissement", "Institut du Bien-Être Social et de Recherches",
                           "Office National d'Identification",
                           "Ministère des Affaires Sociales et du Travail"],
            "cso": ["Croix-Rouge Haïtienne", "Zanmi Lasante", "Centre GHESKIO",
                    "Fondasyon Konesans ak Libète", "Fondation Haïtienne de Diabète"],
            "private_sector": ["Digicel Haïti", "Natcom", "Fondation Sogebank", "Unibank S.A.",
                               "Groupe Brandt"],
            "academic_research": ["Université d'État d'Haïti", "Université Quisqueya",
                                  "Université Notre Dame d'Haïti"],
            "media": ["Radio Kiskeya", "Radio Télévision Caraïbes", "Le Nouvelliste",
                      "Radio Vision 2000"]},
    "UKR": {"government": ["Ministry of Health of Ukraine", "Ministry of Education and Science "
                           "of Ukraine", "Ministry of Social Policy of Ukraine",
                           "National Social Service of Ukraine",
                           "State Statistics Service of Ukraine",
                           "Ministry of Digital Transformation"],
            "cso": ["Ukrainian Red Cross Society", "Voices of Children",
                    "SOS Children's Villages Ukraine", "Right to Protection", "Proliska",
                    "La Strada-Ukraine"],
            "private_sector": ["Kyivstar", "Nova Poshta", "Rozetka", "Vodafone Ukraine",
                               "Metinvest"],
            "academic_research": ["Taras Shevchenko National University of Kyiv",
                                  "Kharkiv National Medical University",
                                  "Ivan Franko National University of Lviv",
                                  "Kyiv School of Economics"],
            "media": ["Suspilne", "Ukrinform", "Ukrainska Pravda", "Hromadske"]},
}
SUBNATIONAL = {  # templates for the authorities of one area: {area}, {town}, {local}
    "KEN": ["{area} County Government", "{area} County Department of Health",
            "{area} County Department of Education"],
    "NGA": ["{area} State Ministry of Health", "{area} State Primary Health Care Development "
            "Agency", "{area} State Universal Basic Education Board"],
    "JOR": ["Directorate of Education, {area}", "Health Directorate of {area}",
            "Greater {town} Municipality"],
    "BGD": ["{area} District Administration", "Civil Surgeon's Office, {area}",
            "District Primary Education Office, {area}"],
    "PHL": ["Provincial Government of {area}", "{area} Provincial Health Office",
            "Schools Division of {area}"],
    "HTI": ["Direction Départementale Sanitaire {local}", "Direction Départementale d'Éducation "
            "{local}", "Mairie de {town}"],
    "UKR": ["{area} Oblast Military Administration", "Department of Education, {area} Oblast",
            "{town} City Council"],
}
FOCUS = ["Women's Health", "Youth Empowerment", "Child Rights", "Water and Sanitation",
         "Girls' Education", "Community Health", "Disability Inclusion", "Nutrition",
         "Early Learning", "Peace and Development", "Orphans Support", "Mothers' Welfare",
         "Adolescent Wellbeing", "Livelihoods", "Child Protection"]
FORMS = ["Network", "Association", "Initiative", "Trust", "Foundation", "Alliance", "Society",
         "Development Organisation", "Community Organisation", "Support Group"]
FOCUS_FR = ["la santé des femmes", "la jeunesse", "les droits de l'enfant",
            "l'eau et l'assainissement", "l'éducation des filles", "la santé communautaire",
            "l'inclusion des personnes handicapées", "la nutrition", "la petite enfance",
            "la paix et le développement", "la protection de l'enfance",
            "les moyens d'existence"]
FORMS_FR = ["Association pour", "Réseau pour", "Fondation pour", "Initiative pour",
            "Comité pour", "Collectif pour", "Organisation pour", "Groupement pour"]
COMMUNES_FR = {"HTI": ["Pétion-Ville", "Delmas", "Carrefour", "Léogâne", "Croix-des-Bouquets",
                       "Saint-Marc", "Dessalines", "Limbé", "Aquin", "Mirebalais", "Ouanaminthe",
                       "Cabaret", "Gressier", "Grand-Goâve", "Petit-Goâve", "Kenscoff",
                       "Cité Soleil", "Tabarre", "Arcahaie", "Verrettes"]}  # more local groups
ARABIC_FORMS = {"جمعية": "jamiya", "مؤسسة": "muassasa", "مبادرة": "mubadara",
                "ملتقى": "multaqa"}  # how their web addresses spell them
FOCUS_AR = ["رعاية الطفولة", "تمكين المرأة", "الشباب", "صحة الأم والطفل", "ذوي الإعاقة",
            "التنمية المجتمعية", "المياه والبيئة", "التعليم"]
FORMS_AR = ["جمعية", "مؤسسة", "مبادرة", "ملتقى"]
TRADES = ["Agro Supplies", "Water Services", "Pharmacy", "Transporters", "Printers",
          "Solar Solutions", "Builders", "Millers", "Hardware", "Dairy Cooperative",
          "Telecom Services", "Microfinance"]
TRADES_FR = ["Pharmacie", "Transport", "Imprimerie", "Quincaillerie", "Boulangerie",
             "Énergie Solaire", "Coopérative Laitière", "Microfinance"]
COMPANY = {"KEN": "Ltd", "NGA": "Ltd", "JOR": "Co.", "BGD": "Ltd", "PHL": "Inc.",
           "HTI": "S.A.", "UKR": "LLC"}
COLLEGES = ["College of Health Sciences", "Teachers Training College",
            "Technical Training Institute", "Centre for Development Research"]
COLLEGES_FR = ["Université Publique {local}", "École Normale {local}", "Institut de Formation {local}"]
DOMAIN_KIND = {"government": "gov", "private_sector": "company", "media": "company",
               "academic_research": "academic"}


@dataclass(frozen=True)
class OrgName:
    legal_name: str
    short_name: str
    partner_type: str
    cso_type: str | None  # national | international | community_based, for civil society
    place: Place | None  # the area the organisation belongs to, when local
    domain: str  # its web domain: turkanawhn.or.ke


SHORT = {"UN Development Programme": "UNDP", "Food and Agriculture Organization": "FAO",
         "International Organization for Migration": "IOM", "UN Women": "UN Women",
         "Gavi, the Vaccine Alliance": "Gavi", "Global Partnership for Education": "GPE",
         "The Global Fund": "Global Fund", "Education Cannot Wait": "ECW",
         "European Union Delegation": "EU", "icddr,b": "icddr,b"}


def short_name(name: str) -> str:
    """The acronym people use: KRCS, MoH, UoN (an "of" kept when two letters would be too few)."""
    if name in SHORT:
        return SHORT[name]
    words = name.replace(",", " ").replace("-", " ").replace("'", " ").split()
    if len(words) == 1:
        return words[0][:10]
    if not any(w[0].isascii() for w in words):  # Arabic: the first letters, joined
        return "".join(w[0] for w in words if w != "في")[:4]
    capitals = [w for w in words if w[0].isupper()]
    acronym = "".join(w[0] for w in capitals)
    if len(acronym) <= 2 and "of" in words:
        acronym = "".join(w[0] if w[0].isupper() else "o" for w in words
                          if w[0].isupper() or w == "of")
    return acronym[:6]


def _slug(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isascii() and ch.isalnum())


class Namer:
    """Distinct organisation names of one office, kind by kind, in a deterministic order."""

    def __init__(self, country: Country, rng: random.Random):
        self.country, self.rng = country, rng
        self.used: set[str] = set()
        office = country.office
        national = NATIONAL.get(office, NATIONAL["KEN"])
        self.fixed = {kind: list(names) for kind, names in GLOBAL.items()}
        self.fixed["multilateral"] = ["World Bank", REGIONAL_BANK.get(office, "World Bank"),
                                      "European Union Delegation"]
        self.first = {kind: list(national.get(kind, [])) for kind in
                      ("government", "cso", "private_sector", "academic_research", "media")}
        self.first["cso"] += [f"{ingo} {country.name}" for ingo in INGOS]
        self.made = {kind: self._generated(kind) for kind in self.first}

    def _generated(self, kind: str) -> list[tuple[str, Place]]:
        c, places = self.country, self.country.places
        if kind == "government":
            names = [(t.format(area=p.area, town=p.town, local=p.local), p)
                     for t in SUBNATIONAL.get(c.office, SUBNATIONAL["KEN"]) for p in places]
        elif kind == "cso" and c.language == "fr":
            names = [(f"{form} {focus} {p.local}", p) for p in places for form in FORMS_FR
                     for focus in FOCUS_FR]
            names += [(f"{form} {focus} de {town}", places[0]) for town in
                      COMMUNES_FR.get(c.office, []) for form in FORMS_FR for focus in FOCUS_FR]
        elif kind == "cso":  # no "Peace and Development Development Organisation"
            names = [(f"{p.area} {focus} {form}", p) for p in places for focus in FOCUS
                     for form in FORMS if form.split()[0] not in focus]
            if c.office == "JOR":  # a share of Jordan's community groups write their name in Arabic
                names += [(f"{form} {focus} في {p.local}", p) for p in places for form in FORMS_AR
                          for focus in FOCUS_AR]
        elif kind == "private_sector" and c.language == "fr":
            names = [(f"{trade} {p.town} {COMPANY[c.office]}", p) for p in places
                     for trade in TRADES_FR]
        elif kind == "private_sector":
            names = [(f"{p.town} {trade} {COMPANY.get(c.office, 'Ltd')}", p) for p in places
                     for trade in TRADES]
        elif kind == "academic_research" and c.language == "fr":
            names = [(t.format(local=p.local), p) for p in places for t in COLLEGES_FR]
        elif kind == "academic_research":
            names = [(f"{p.town} {college}", p) for p in places for college in COLLEGES]
        else:  # media
            names = [(f"{p.town} Community Radio" if c.language == "en" else
                      f"Radio Communautaire {p.local}", p) for p in places]
        self.rng.shuffle(names)
        return names

    def next(self, kind: str) -> OrgName | None:
        """The next name of `kind`, or None when the kind has none left (the caller picks
        another kind)."""
        if kind in self.fixed:
            while self.fixed[kind]:
                name = self.fixed[kind].pop(0)
                if name not in self.used:
                    return self._made(name, kind, None)
            return None
        while self.first[kind]:
            name = self.first[kind].pop(0)
            if name not in self.used:
                return self._made(name, kind, None)
        while self.made[kind]:
            name, place = self.made[kind].pop()
            if name not in self.used:
                return self._made(name, kind, place)
        return None

    def _made(self, name: str, kind: str, place: Place | None) -> OrgName:
        self.used.add(name)
        cso_type = None
        if kind == "cso":
            cso_type = ("red_cross" if any(w in name for w in ("Red Cross", "Red Crescent",
                                                              "Croix-Rouge")) else
                        "international" if name.endswith(self.country.name) and
                        any(name.startswith(i) for i in INGOS) else
                        "community_based" if place is not None else "national")
        short = short_name(name)
        slug = _slug(short)
        if len(slug) < 3:  # Radio Kiskeya: radiokiskeya.com.ht, not rk.com.ht
            slug = _slug(name)[:20]
        if not slug and place is not None:  # an Arabic name: jamiya-mafraq.org.jo
            slug = f"{ARABIC_FORMS.get(name.split()[0], 'jamiya')}-{_slug(place.area)}"
        if kind in GLOBAL or kind == "multilateral":
            domain = f"{slug}.org"
        else:
            domain = f"{slug}.{self.country.domains[DOMAIN_KIND.get(kind, 'ngo')]}"
        return OrgName(name, short, kind, cso_type, place, domain)
