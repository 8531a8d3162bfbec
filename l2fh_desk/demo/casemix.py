"""A plausible field case mix for Bentiu: what brings UN personnel and local civilians to an L2FH."""

from __future__ import annotations

from dataclasses import dataclass

from l2fh_desk.domain.vocab import ProcedureKind, Triage


@dataclass(frozen=True)
class Case:
    weight: int
    icd10: str
    complaint: str
    treatment: str
    triage: Triage = Triage.T3
    procedure: ProcedureKind | None = None
    admit_rate: float = 0.02
    evac_rate: float = 0.0
    children_only: bool = False
    adults_only: bool = False
    pregnancy: bool = False
    injury: bool = False


CASES: tuple[Case, ...] = (
    Case(160, "B54", "Fever, headache and joint pains for 2 days", "Artemether-lumefantrine 3 days; paracetamol",
         admit_rate=0.04),
    Case(60, "B50.9", "High fever, vomiting; RDT positive for P. falciparum", "Artesunate IV then ACT",
         Triage.T2, admit_rate=0.25, evac_rate=0.01),
    Case(110, "J06.9", "Sore throat, cough and runny nose", "Paracetamol, fluids; return if worse"),
    Case(35, "J18.9", "Cough with fever and fast breathing", "Amoxicillin; oxygen if SpO2 < 92%", Triage.T2,
         admit_rate=0.2),
    Case(20, "U07.1", "Fever and cough; rapid antigen test positive", "Isolation 5 days; symptomatic care",
         admit_rate=0.05),
    Case(80, "A09", "Watery diarrhoea 5 times a day", "Oral rehydration salts and zinc", admit_rate=0.05),
    Case(12, "A06.0", "Bloody diarrhoea with cramps", "Metronidazole; ORS", Triage.T2, admit_rate=0.1),
    Case(6, "A01.0", "Prolonged fever and abdominal pain", "Ceftriaxone", Triage.T2, admit_rate=0.4),
    Case(45, "L30.9", "Itchy rash on the arms", "Hydrocortisone cream; antihistamine"),
    Case(30, "B86", "Itching worse at night; burrows between fingers", "Permethrin 5% for household"),
    Case(20, "B35.4", "Ring-shaped scaly patch on the trunk", "Clotrimazole cream 4 weeks"),
    Case(35, "S61.0", "Cut finger on sheet metal", "Wound cleaned and sutured; tetanus toxoid",
         procedure=ProcedureKind.MINOR, injury=True, adults_only=True),
    Case(30, "S93.4", "Twisted ankle during football", "Rest, ice, strapping; ibuprofen", injury=True),
    Case(12, "S52.5", "Fall on outstretched hand; wrist deformity", "Closed reduction and cast under sedation",
         Triage.T2, ProcedureKind.MINOR, admit_rate=0.3, injury=True),
    Case(10, "T14.1", "Laceration from a machete", "Wound debridement and closure", Triage.T2,
         ProcedureKind.MINOR, admit_rate=0.2, injury=True),
    Case(4, "S06.0", "Road traffic accident; brief loss of consciousness", "Observation; head injury advice",
         Triage.T2, admit_rate=0.6, evac_rate=0.1, injury=True),
    Case(3, "S72.0", "Motorbike crash; cannot bear weight on the left leg", "Traction; analgesia; evacuation",
         Triage.T1, ProcedureKind.MAJOR, admit_rate=1.0, evac_rate=0.7, injury=True, adults_only=True),
    Case(2, "S36.1", "Gunshot wound to the right upper abdomen", "Damage-control laparotomy",
         Triage.T1, ProcedureKind.MAJOR, admit_rate=1.0, evac_rate=0.8, injury=True, adults_only=True),
    Case(50, "K02.9", "Toothache for a week", "Extraction under local anaesthesia", adults_only=True),
    Case(20, "K04.7", "Swollen jaw and toothache", "Incision and drainage; amoxicillin",
         procedure=ProcedureKind.MINOR, adults_only=True),
    Case(14, "F43.2", "Poor sleep and low mood since deployment", "Counselling; follow-up in 1 week",
         adults_only=True),
    Case(5, "F32.9", "Persistent sadness, loss of interest", "Psychiatric review; sertraline", adults_only=True,
         evac_rate=0.05),
    Case(25, "I10", "Headache; high blood pressure at check", "Amlodipine 5 mg; lifestyle advice", adults_only=True),
    Case(20, "M54.5", "Low back pain after lifting", "Ibuprofen; exercises", adults_only=True),
    Case(20, "N39.0", "Burning on passing urine", "Nitrofurantoin 5 days", adults_only=True),
    Case(15, "H10.9", "Red, sticky eyes", "Chloramphenicol eye drops"),
    Case(15, "K29.7", "Epigastric pain after meals", "Omeprazole 4 weeks", adults_only=True),
    Case(8, "E43", "Child thin and weak; MUAC 10.8 cm", "Therapeutic feeding; referral to nutrition programme",
         Triage.T2, admit_rate=0.4, children_only=True),
    Case(4, "T63.0", "Snake bite on the foot while farming", "Immobilisation; antivenom; observation", Triage.T1,
         admit_rate=0.9),
    Case(2, "K35.8", "Right lower abdominal pain and fever", "Appendicectomy", Triage.T2, ProcedureKind.MAJOR,
         admit_rate=1.0),
    Case(10, "Z34.9", "Antenatal check", "Iron and folate; tetanus toxoid", pregnancy=True),
    Case(4, "O80", "Labour pains since the morning", "Normal vaginal delivery", Triage.T2,
         ProcedureKind.NORMAL_VAGINAL_DELIVERY, admit_rate=1.0, pregnancy=True),
    Case(2, "O14.1", "Headache and swelling at 34 weeks; BP 170/115", "Magnesium sulphate; caesarean section",
         Triage.T1, ProcedureKind.CAESAREAN_SECTION, admit_rate=1.0, evac_rate=0.2, pregnancy=True),
    Case(2, "O20.0", "Bleeding in early pregnancy", "Bed rest; ultrasound", Triage.T2, ProcedureKind.OBSTETRICS_OTHER,
         admit_rate=0.5, pregnancy=True),
)
