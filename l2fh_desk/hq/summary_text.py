"""The ministry summary's headings and labels: key -> (English, Vietnamese, French)."""

from __future__ import annotations

from l2fh_desk.reports.i18n import Translator

TEXT: dict[str, tuple[str, str, str]] = {
    "title": ("Ministry summary", "Báo cáo tổng hợp gửi Bộ", "Synthèse pour le ministère"),
    "subtitle": ("Level-2 Field Hospitals across hospitals, rotations and years",
                 "Các Bệnh viện dã chiến cấp 2 theo bệnh viện, đợt luân phiên và năm",
                 "Hôpitaux de campagne de niveau 2 par hôpital, rotation et année"),
    "department": ("Department", "Cục", "Département"),
    "period": ("Period", "Giai đoạn", "Période"),
    "period_value": ("{start} to {end}", "từ {start} đến {end}", "du {start} au {end}"),
    "all_time": ("All time", "Toàn bộ thời gian", "Toute la période"),
    "hospitals": ("Hospitals", "Bệnh viện", "Hôpitaux"),
    "all_hospitals": ("All hospitals HQ holds", "Tất cả bệnh viện Bộ chỉ huy đang lưu", "Tous les hôpitaux du QG"),
    "rotations": ("Rotations", "Đợt luân phiên", "Rotations"),
    "all_rotations": ("All", "Tất cả", "Toutes"),
    "rotation_range": ("{first} to {last}", "từ {first} đến {last}", "de {first} à {last}"),
    "persons_total": ("Distinct persons over the whole scope (linked records counted once): {n}",
                      "Số người riêng biệt trong toàn phạm vi (hồ sơ đã liên kết tính một lần): {n}",
                      "Personnes distinctes sur tout le périmètre (dossiers liés comptés une fois) : {n}"),
    "s_figures": ("Figures per hospital and rotation", "Số liệu theo bệnh viện và đợt luân phiên",
                  "Chiffres par hôpital et rotation"),
    "hospital": ("Hospital", "Bệnh viện", "Hôpital"),
    "rot": ("Rot.", "Đợt", "Rot."),
    "persons": ("Patients (persons)", "Bệnh nhân (người)", "Patients (personnes)"),
    "encounters": ("Encounters", "Lượt khám", "Consultations"),
    "admissions": ("Admissions", "Nhập viện", "Hospitalisations"),
    "bed_days": ("Bed-days", "Ngày giường", "Journées d'hosp."),
    "surgeries": ("Surgeries", "Phẫu thuật", "Chirurgies"),
    "evacuations": ("Evacuations", "Tải thương", "Évacuations"),
    "deaths": ("Deaths", "Tử vong", "Décès"),
    "doa": ("Dead on arrival", "Tử vong trước khi đến", "Décédés à l'arrivée"),
    "s_category": ("Encounters by UN category", "Lượt khám theo đối tượng LHQ", "Consultations par catégorie ONU"),
    "s_outreach": ("Outreach by kind: activities and people reached", "Hoạt động cộng đồng theo loại: số hoạt động và số người được tiếp cận",
                   "Actions de proximité par type : activités et personnes atteintes"),
    "kind": ("Kind", "Loại", "Type"),
    "activities": ("Activities", "Hoạt động", "Activités"),
    "reached": ("People reached", "Người được tiếp cận", "Personnes atteintes"),
    "s_diagnoses": ("Top diagnoses", "Chẩn đoán thường gặp nhất", "Diagnostics les plus fréquents"),
    "code": ("ICD-10", "ICD-10", "CIM-10"),
    "diagnosis": ("Diagnosis", "Chẩn đoán", "Diagnostic"),
    "s_mds": ("WHO EMT MDS health events", "Sự kiện sức khỏe theo MDS của WHO EMT",
              "Événements de santé du MDS OMS EMT"),
    "event": ("Health event", "Sự kiện sức khỏe", "Événement de santé"),
    "count": ("Diagnoses", "Số chẩn đoán", "Diagnostics"),
    "s_staff": ("Staff and women's share against the UN target", "Quân số và tỷ lệ nữ so với chỉ tiêu LHQ",
                "Personnel et part des femmes par rapport à la cible ONU"),
    "staff": ("Staff", "Quân số", "Personnel"),
    "women": ("Women", "Nữ", "Femmes"),
    "share": ("Share", "Tỷ lệ", "Part"),
    "target": ("UN target", "Chỉ tiêu LHQ", "Cible ONU"),
    "met": ("met", "đạt", "atteinte"),
    "not_met": ("not met", "chưa đạt", "non atteinte"),
    "s_compare_rotations": ("Encounters, rotation over rotation", "Lượt khám qua các đợt luân phiên",
                            "Consultations, rotation après rotation"),
    "s_compare_hospitals": ("Patients (persons), hospital beside hospital", "Bệnh nhân (người), so sánh giữa các bệnh viện",
                            "Patients (personnes), hôpital par hôpital"),
    "s_trend": ("Encounters per year (trend)", "Lượt khám theo năm (xu hướng)", "Consultations par année (tendance)"),
    "none": ("No record in this scope.", "Không có hồ sơ trong phạm vi này.", "Aucun enregistrement dans ce périmètre."),
    "total": ("Total", "Tổng", "Total"),
    "method": ("How the figures are counted: a record belongs to its rotation when its day lies in the period; "
               "patient records an analyst linked as one person are counted once; voided records are left out.",
               "Cách tính: một hồ sơ thuộc đợt luân phiên của nó khi ngày của hồ sơ nằm trong giai đoạn; các hồ sơ "
               "bệnh nhân được chuyên viên liên kết là một người chỉ tính một lần; hồ sơ đã hủy không được tính.",
               "Méthode : un enregistrement compte pour sa rotation si son jour est dans la période ; les dossiers "
               "qu'un analyste a liés comme une même personne comptent une fois ; les enregistrements annulés sont exclus."),
}


def st(tr: Translator, key: str, **values: object) -> str:
    text = TEXT[key][("en", "vi", "fr").index(tr.lang)]
    return text.format(**values) if values else text
