"""The countries of the demo offices as an office there knows them: first-level areas (counties,
states, governorates, districts, provinces, departments, oblasts) with their main town, phone
numbers, people's names, banks, currency and web domains. Shared by every feature's demo builder
so that a Kenyan record is in Kenya, with a Kenyan phone number and a Kenyan name.

Place and bank names are public facts (national statistics offices, central banks); phone
formats follow each country's numbering plan (ITU-T E.164 country codes, national mobile ranges).
"""
from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    area: str  # the first-level division: "Turkana"
    town: str  # its main town: "Lodwar"
    local: str = ""  # how local groups write the area: "de l'Artibonite" (Haiti), "المفرق" (Jordan)


@dataclass(frozen=True)
class Country:
    office: str
    iso2: str
    name: str
    capital: str
    area_word: str  # what a first-level division is called: County, State, ...
    places: tuple[Place, ...]
    phone: str  # '#' stands for a digit
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    banks: tuple[str, ...]
    currency: str
    domains: dict  # kind of organisation -> second-level domain (or.ke, go.ke, ...)
    address_form: str  # {n} a number, {street}, {town}
    streets: tuple[str, ...]
    language: str = "en"  # of the names made up for local organisations

    def address(self, rng: random.Random, town: str) -> str:
        return self.address_form.format(n=rng.randint(2, 480), street=rng.choice(self.streets),
                                        town=town, box=rng.randint(1000, 99999))

    def phone_number(self, rng: random.Random) -> str:
        return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in self.phone)

    def person(self, rng: random.Random) -> str:
        return f"{rng.choice(self.first_names)} {rng.choice(self.last_names)}"

    def place_names(self) -> list[str]:
        return [p.area for p in self.places]


def _places(*rows: str) -> tuple[Place, ...]:
    return tuple(Place(*row.split("|")) for row in rows)


COUNTRIES: dict[str, Country] = {c.office: c for c in (
    Country("KEN", "KE", "Kenya", "Nairobi", "County", _places(
        "Nairobi|Nairobi", "Mombasa|Mombasa", "Kisumu|Kisumu", "Nakuru|Nakuru",
        "Uasin Gishu|Eldoret", "Turkana|Lodwar", "Garissa|Garissa", "Wajir|Wajir",
        "Mandera|Mandera", "Marsabit|Marsabit", "Kilifi|Kilifi", "Kwale|Kwale",
        "Kakamega|Kakamega", "Bungoma|Bungoma", "Machakos|Machakos", "Kitui|Kitui",
        "Homa Bay|Homa Bay", "Migori|Migori", "Siaya|Siaya", "Busia|Busia", "Nyeri|Nyeri",
        "Meru|Meru", "Isiolo|Isiolo", "Samburu|Maralal", "West Pokot|Kapenguria",
        "Baringo|Kabarnet", "Kajiado|Kajiado", "Narok|Narok", "Tana River|Hola", "Lamu|Lamu"),
        "+254 7## ### ###",
        ("Wanjiru", "Achieng", "Kamau", "Njeri", "Akinyi", "Wafula", "Chebet", "Kiprono",
         "Halima", "Abdi", "Nafula", "Mutua", "Wairimu", "Omondi", "Faith", "Grace", "Brian",
         "Mercy", "Dennis", "Esther", "Amina", "Peter"),
        ("Mwangi", "Otieno", "Kamau", "Wanjiku", "Ochieng", "Kiprop", "Mutua", "Njoroge",
         "Wafula", "Hassan", "Abdullahi", "Chebet", "Odhiambo", "Kariuki", "Kiplagat", "Mohamed",
         "Onyango", "Muthoni"),
        ("Equity Bank", "KCB Bank Kenya", "Co-operative Bank of Kenya", "NCBA Bank",
         "Stanbic Bank Kenya", "Absa Bank Kenya"), "KES",
        {"ngo": "or.ke", "gov": "go.ke", "company": "co.ke", "academic": "ac.ke"},
        "{street}, P.O. Box {box}, {town}",
        ("Moi Avenue", "Kenyatta Avenue", "Ngong Road", "Oginga Odinga Street", "Uhuru Highway")),
    Country("NGA", "NG", "Nigeria", "Abuja", "State", _places(
        "Borno|Maiduguri", "Yobe|Damaturu", "Adamawa|Yola", "Kano|Kano", "Kaduna|Kaduna",
        "Katsina|Katsina", "Sokoto|Sokoto", "Zamfara|Gusau", "Kebbi|Birnin Kebbi",
        "Bauchi|Bauchi", "Gombe|Gombe", "Jigawa|Dutse", "Niger|Minna", "Plateau|Jos",
        "Benue|Makurdi", "Lagos|Ikeja", "Oyo|Ibadan", "Ogun|Abeokuta", "Enugu|Enugu",
        "Anambra|Awka", "Rivers|Port Harcourt", "Cross River|Calabar", "Akwa Ibom|Uyo",
        "Kwara|Ilorin", "Edo|Benin City", "Ebonyi|Abakaliki"),
        "+234 80# ### ####",
        ("Chinedu", "Ngozi", "Aisha", "Musa", "Fatima", "Emeka", "Oluwaseun", "Yetunde",
         "Ibrahim", "Zainab", "Chiamaka", "Tunde", "Hauwa", "Adebayo", "Blessing", "Usman"),
        ("Okafor", "Bello", "Adeyemi", "Abubakar", "Okonkwo", "Mohammed", "Eze", "Ogunleye",
         "Danjuma", "Nwosu", "Ibrahim", "Adeleke", "Yusuf", "Obi"),
        ("Zenith Bank", "Access Bank", "First Bank of Nigeria", "Guaranty Trust Bank",
         "United Bank for Africa"), "NGN",
        {"ngo": "org.ng", "gov": "gov.ng", "company": "com.ng", "academic": "edu.ng"},
        "{n} {street}, {town}",
        ("Ahmadu Bello Way", "Awolowo Road", "Herbert Macaulay Way", "Sultan Road", "Ring Road")),
    Country("JOR", "JO", "Jordan", "Amman", "Governorate", _places(
        "Amman|Amman|عمّان", "Irbid|Irbid|إربد", "Zarqa|Zarqa|الزرقاء", "Mafraq|Mafraq|المفرق",
        "Ajloun|Ajloun|عجلون", "Jerash|Jerash|جرش", "Balqa|Salt|البلقاء", "Madaba|Madaba|مادبا",
        "Karak|Karak|الكرك", "Tafilah|Tafilah|الطفيلة", "Ma'an|Ma'an|معان",
        "Aqaba|Aqaba|العقبة"),
        "+962 79 ### ####",
        ("Omar", "Rania", "Lina", "Khaled", "Ahmad", "Dana", "Yousef", "Hala", "Sami", "Noor",
         "Tariq", "Rawan", "Laith", "Maha", "Leila", "Rahim"),
        ("Haddad", "Khalil", "Al-Masri", "Nasser", "Saleh", "Qasem", "Hamdan", "Obeidat",
         "Al-Zoubi", "Tarawneh", "Majali", "Shdeifat"),
        ("Arab Bank", "Housing Bank for Trade and Finance", "Jordan Kuwait Bank",
         "Cairo Amman Bank", "Bank al Etihad"), "JOD",
        {"ngo": "org.jo", "gov": "gov.jo", "company": "com.jo", "academic": "edu.jo"},
        "{street} Street, building {n}, {town}",
        ("Zahran", "Mecca", "Al-Jami'a", "King Hussein", "Al-Hashimi")),
    Country("BGD", "BD", "Bangladesh", "Dhaka", "District", _places(
        "Dhaka|Dhaka", "Chattogram|Chattogram", "Cox's Bazar|Cox's Bazar", "Sylhet|Sylhet",
        "Sunamganj|Sunamganj", "Khulna|Khulna", "Satkhira|Satkhira", "Barishal|Barishal",
        "Bhola|Bhola", "Rajshahi|Rajshahi", "Rangpur|Rangpur", "Kurigram|Kurigram",
        "Gaibandha|Gaibandha", "Mymensingh|Mymensingh", "Jamalpur|Jamalpur",
        "Bandarban|Bandarban", "Netrokona|Netrokona"),
        "+880 17## ######",
        ("Rahim", "Nusrat", "Farhana", "Tanvir", "Sadia", "Arif", "Shirin", "Kamal", "Taslima",
         "Mahmud", "Rumana", "Habib"),
        ("Hossain", "Rahman", "Akter", "Islam", "Chowdhury", "Uddin", "Begum", "Khan", "Sarker",
         "Ahmed", "Haque", "Das"),
        ("Sonali Bank", "BRAC Bank", "Dutch-Bangla Bank", "Islami Bank Bangladesh",
         "Eastern Bank"), "BDT",
        {"ngo": "org.bd", "gov": "gov.bd", "company": "com.bd", "academic": "ac.bd"},
        "House {n}, {street}, {town}",
        ("Road 7", "Road 12", "Station Road", "College Road", "Court Road")),
    Country("PHL", "PH", "Philippines", "Manila", "Province", _places(
        "Metro Manila|Manila", "Cebu|Cebu City", "Leyte|Tacloban", "Samar|Catbalogan",
        "Northern Samar|Catarman", "Eastern Samar|Borongan", "Davao del Sur|Digos",
        "Cotabato|Kidapawan", "Maguindanao|Cotabato City", "Lanao del Sur|Marawi", "Sulu|Jolo",
        "Zamboanga del Sur|Pagadian", "Bohol|Tagbilaran", "Iloilo|Iloilo City",
        "Negros Occidental|Bacolod", "Albay|Legazpi", "Sorsogon|Sorsogon City",
        "Camarines Sur|Pili", "Surigao del Norte|Surigao City", "Bukidnon|Malaybalay"),
        "+63 9## ### ####",
        ("Maria", "Jose", "Ana", "Mark", "Kristine", "John Paul", "Rowena", "Angelo", "Liza",
         "Ramon", "Jocelyn", "Rafael"),
        ("Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Dela Cruz", "Villanueva",
         "Ramos", "Aquino", "Castillo", "Navarro"),
        ("BDO Unibank", "Land Bank of the Philippines", "Metrobank",
         "Bank of the Philippine Islands", "Philippine National Bank"), "PHP",
        {"ngo": "org.ph", "gov": "gov.ph", "company": "com.ph", "academic": "edu.ph"},
        "{n} {street} Street, {town}",
        ("Rizal", "Bonifacio", "Mabini", "Burgos", "Quezon")),
    Country("HTI", "HT", "Haiti", "Port-au-Prince", "Département", _places(
        "Ouest|Port-au-Prince|de l'Ouest", "Artibonite|Gonaïves|de l'Artibonite",
        "Nord|Cap-Haïtien|du Nord", "Nord-Est|Fort-Liberté|du Nord-Est",
        "Nord-Ouest|Port-de-Paix|du Nord-Ouest", "Centre|Hinche|du Centre",
        "Sud|Les Cayes|du Sud", "Sud-Est|Jacmel|du Sud-Est",
        "Grand'Anse|Jérémie|de la Grand'Anse", "Nippes|Miragoâne|des Nippes"),
        "+509 3# ## ####",
        ("Jean", "Marie", "Pierre", "Rose", "Jacques", "Nadège", "Wilson", "Guerline", "Stanley",
         "Fabienne", "Ricardo", "Mirlande"),
        ("Pierre", "Joseph", "Jean-Baptiste", "Louis", "Charles", "Etienne", "Saint-Fleur",
         "Dorsainvil", "Alexis", "Noël", "Célestin", "Auguste"),
        ("Unibank", "Sogebank", "Banque Nationale de Crédit", "Capital Bank",
         "Banque de l'Union Haïtienne"), "HTG",
        {"ngo": "org.ht", "gov": "gouv.ht", "company": "com.ht", "academic": "edu.ht"},
        "{n}, {street}, {town}",
        ("Rue Capois", "Rue Pavée", "Rue Lamarre", "Avenue John Brown", "Route Nationale 1"), "fr"),
    Country("UKR", "UA", "Ukraine", "Kyiv", "Oblast", _places(
        "Kyiv|Kyiv", "Kharkiv|Kharkiv", "Odesa|Odesa", "Dnipropetrovsk|Dnipro",
        "Zaporizhzhia|Zaporizhzhia", "Lviv|Lviv", "Mykolaiv|Mykolaiv", "Kherson|Kherson",
        "Sumy|Sumy", "Chernihiv|Chernihiv", "Poltava|Poltava", "Vinnytsia|Vinnytsia",
        "Zakarpattia|Uzhhorod", "Chernivtsi|Chernivtsi", "Donetsk|Kramatorsk",
        "Ivano-Frankivsk|Ivano-Frankivsk"),
        "+380 67 ### ## ##",
        ("Olena", "Andriy", "Iryna", "Oleksandr", "Natalia", "Dmytro", "Kateryna", "Serhiy",
         "Yulia", "Taras", "Oksana", "Viktor"),
        ("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko",
         "Oliynyk", "Lysenko", "Moroz", "Savchenko", "Rudenko"),
        ("PrivatBank", "Oschadbank", "Ukrgasbank", "Raiffeisen Bank Ukraine", "Ukreximbank"),
        "UAH", {"ngo": "org.ua", "gov": "gov.ua", "company": "com.ua", "academic": "edu.ua"},
        "{n} {street}, {town}",
        ("Shevchenka Street", "Franka Street", "Hrushevskoho Street", "Soborna Street", "Nezalezhnosti Avenue")),
)}


def country(office: str) -> Country:
    """The demo country of an office (an unknown office borrows Kenya's, as a demo only can)."""
    return COUNTRIES.get(office, COUNTRIES["KEN"])
