"""Names, units and places for a believable Vietnamese L2FH at Bentiu (UNMISS)."""

from __future__ import annotations

VN_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
             "Ngô", "Dương", "Lý", "Đinh", "Trịnh")
VN_MIDDLE_MALE = ("Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thanh", "Công", "Tiến")
VN_MIDDLE_FEMALE = ("Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Kim")
VN_GIVEN_MALE = ("Anh", "Hùng", "Dũng", "Tuấn", "Nam", "Hải", "Long", "Thắng", "Quân", "Khánh", "Phúc", "Trung",
                 "Sơn", "Đạt", "Cường", "Việt", "Hiếu", "Lộc")
VN_GIVEN_FEMALE = ("Ánh", "Lan", "Hương", "Hạnh", "Thảo", "Linh", "Trang", "Ngọc", "Mai", "Phương", "Hằng", "Yến",
                   "Nhung", "Thủy", "Huyền", "Giang", "Diệp")

SS_GIVEN_MALE = ("Gatluak", "Riek", "Kuol", "Deng", "Garang", "Chuol", "Gatwech", "Bol", "Lual", "Majok", "Puok",
                 "Nhial", "Tut", "Koang", "Duop", "Malual", "Thon", "Yien")
SS_GIVEN_FEMALE = ("Nyaruach", "Nyakuoth", "Nyabol", "Nyadak", "Nyamal", "Achol", "Nyayiel", "Nyagoa", "Abuk",
                   "Ayen", "Nyandeng", "Nyakume", "Nyaluak", "Adut")
SS_FAMILY = ("Gatkuoth", "Chuol", "Riek", "Deng", "Kuol", "Machar", "Puok", "Duop", "Thok", "Wal", "Lam", "Jock",
             "Gai", "Kueth", "Nyuon", "Bith", "Tap", "Biel")

# UN personnel: (nationality, unit, male given names, female given names, family names)
UN_CONTINGENTS = (
    ("India", "INDBATT-2", ("Rajesh", "Amit", "Sanjay", "Vikram", "Rahul"), ("Priya", "Sunita", "Anjali"),
     ("Sharma", "Singh", "Kumar", "Yadav", "Patel")),
    ("Bangladesh", "BANENGR", ("Mohammad", "Rafiq", "Kamal", "Shahid"), ("Nasrin", "Farhana"),
     ("Rahman", "Hossain", "Islam", "Ahmed")),
    ("China", "CHNENGR", ("Wei", "Jun", "Lei", "Hao"), ("Li", "Mei", "Xiu"), ("Wang", "Zhang", "Liu", "Chen")),
    ("Ghana", "GHANBATT", ("Kwame", "Kofi", "Yaw", "Kwabena"), ("Akosua", "Ama", "Efua"),
     ("Mensah", "Owusu", "Boateng", "Asante")),
    ("Rwanda", "RWANBATT-3", ("Jean", "Eric", "Patrick", "Emmanuel"), ("Aline", "Claudine", "Diane"),
     ("Mugisha", "Habimana", "Niyonzima", "Uwimana")),
    ("Mongolia", "MONBATT", ("Bat-Erdene", "Ganbold", "Tömör"), ("Oyunchimeg", "Sarnai"),
     ("Batbayar", "Dorj", "Enkhbold")),
    ("Nepal", "NEPBATT", ("Ram", "Bikash", "Suman"), ("Sita", "Gita"), ("Gurung", "Thapa", "Shrestha", "Rai")),
    ("Viet Nam", "VN L2FH", VN_GIVEN_MALE, VN_GIVEN_FEMALE, VN_FAMILY),
)
UN_POLICE_UNITS = (("Ghana", "GHA FPU"), ("Nepal", "NEP FPU"), ("Rwanda", "RWA FPU"), ("Nigeria", "UNPOL IPO"))
UN_CIVILIAN_UNITS = ("UNMISS Civil Affairs", "UNMISS Human Rights", "UNMISS Mission Support", "UNHAS", "UNMAS")
CONTRACTOR_UNITS = ("Fuel contractor", "Catering contractor", "Construction contractor")

BENTIU_PLACES = ("Bentiu IDP camp, sector 3", "Rubkona town", "Bentiu Primary School", "Kuergena village",
                 "Rotriak", "Nhialdiu", "Bentiu town market", "Rubkona Secondary School", "Bentiu State Hospital",
                 "Guit county", "Bentiu POC women's centre", "Ngop village")
PARTNERS = ("WHO", "UNICEF", "FAO", "IOM", "Unity State Ministry of Health", "Bentiu women's association",
            "Rubkona county education office", "UNMISS Civil Affairs", "")

VN_RANKS = ("Colonel", "Lieutenant Colonel", "Major", "Captain", "Senior Lieutenant", "Lieutenant", "Master Sergeant",
            "Sergeant", "Corporal")
SPECIALTIES = (
    ("Commander", 1), ("Surgeon", 6), ("Anaesthetist", 3), ("Internal medicine", 5), ("Obstetrics and gynaecology", 2),
    ("Paediatrics", 2), ("Dentist", 2), ("Radiology", 2), ("Laboratory", 3), ("Pharmacist", 3), ("Nurse", 16),
    ("Mental health", 1), ("Epidemiology and preventive medicine", 2), ("Logistics", 5), ("Driver", 4),
    ("Interpreter", 2), ("Engineer", 2), ("Cook", 2),
)
EVAC_DESTINATIONS = ("Level 3 hospital, Juba (UNMISS)", "Level 3 hospital, Juba (Bangladesh)",
                     "Level 4 hospital, Nairobi", "Bentiu State Hospital", "Level 3 hospital, Entebbe")
