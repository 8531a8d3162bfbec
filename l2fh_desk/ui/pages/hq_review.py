"""HQ review: likely duplicate persons with both records side by side, link and unlink (audited); merge
conflicts with old and new values and the bundle each came from."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.vocab import PatientCategory, Sex
from l2fh_desk.exchange.hq import LikelyDuplicate, conflicts, hospitals
from l2fh_desk.hq.review import EVIDENCE_FIELDS, duplicates, evidence, link, unlink
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.free_text import number
from l2fh_desk.ui.labels import vocab_label
from l2fh_desk.ui.messages import describe_error
from l2fh_desk.ui.models.hq import ConflictColumn, ConflictModel
from l2fh_desk.ui.models.table import RecordTableModel
from l2fh_desk.ui.pages.base import Page
from l2fh_desk.ui.pages.common import RecordTable


class PairColumn(IntEnum):
    NAME_A = 0
    HOSPITAL_A = 1
    NAME_B = 2
    HOSPITAL_B = 3
    REASON = 4
    LINKED = 5


class PairModel(RecordTableModel):
    columns = PairColumn
    names: dict[str, str] = {}

    def headers(self) -> dict[int, str]:
        return {PairColumn.NAME_A: QCoreApplication.translate("HqReview", "Record A"), PairColumn.HOSPITAL_A: QCoreApplication.translate("HqReview", "Hospital A"),
                PairColumn.NAME_B: QCoreApplication.translate("HqReview", "Record B"), PairColumn.HOSPITAL_B: QCoreApplication.translate("HqReview", "Hospital B"),
                PairColumn.REASON: QCoreApplication.translate("HqReview", "Why"), PairColumn.LINKED: QCoreApplication.translate("HqReview", "Linked")}

    def sort_value(self, row: LikelyDuplicate, column: int) -> Any:
        return (row.name_a, self.names.get(row.hospital_a, row.hospital_a), row.name_b,
                self.names.get(row.hospital_b, row.hospital_b), row.reason, row.linked)[column]

    def tooltip(self, row: LikelyDuplicate, column: int) -> str | None:
        return "\n".join(row.evidence) or None

    def display(self, row: LikelyDuplicate, column: int) -> str:
        if column == PairColumn.LINKED:
            return QCoreApplication.translate("HqReview", "linked: one person") if row.linked else QCoreApplication.translate("HqReview", "not linked")
        if column == PairColumn.REASON:
            return QCoreApplication.translate("HqReview", row.reason)
        return str(self.sort_value(row, column))


FIELD_LABELS = {"hospital": QT_TRANSLATE_NOOP("HqReview", "Hospital"), "name": QT_TRANSLATE_NOOP("HqReview", "Name"), "sex": QT_TRANSLATE_NOOP("HqReview", "Sex"),
                "date_of_birth": QT_TRANSLATE_NOOP("HqReview", "Date of birth"), "category": QT_TRANSLATE_NOOP("HqReview", "Category"),
                "nationality": QT_TRANSLATE_NOOP("HqReview", "Nationality"), "unit": QT_TRANSLATE_NOOP("HqReview", "Unit"),
                "un_index_number": QT_TRANSLATE_NOOP("HqReview", "UN index number"), "encounters": QT_TRANSLATE_NOOP("HqReview", "Encounters"),
                "first_seen": QT_TRANSLATE_NOOP("HqReview", "First seen"), "last_seen": QT_TRANSLATE_NOOP("HqReview", "Last seen")}
REASONS = (QT_TRANSLATE_NOOP("HqReview", "same UN index number"), QT_TRANSLATE_NOOP("HqReview", "same name, sex and birth year"))


class ReviewPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._said: tuple[str, str, str] | None = None  # the last link or unlink message, said again on a switch
        self.pair_model = PairModel(self)
        self.pairs = RecordTable(self.pair_model, self)
        self.pairs.setObjectName("duplicate_pairs")  # beside the evidence panel: it scrolls sideways
        self.side = QTableWidget(len(EVIDENCE_FIELDS), 2, self, objectName="evidence")
        self.side.setWordWrap(True)
        self.side.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.link_button = QPushButton(self, objectName="link_pair")
        self.unlink_button = QPushButton(self, objectName="unlink_pair")
        self.link_button.clicked.connect(self.link_selected)
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.status = QLabel(self, objectName="review_status", wordWrap=True)
        self.conflict_model = ConflictModel(self)
        self.conflicts = RecordTable(self.conflict_model, self, stretch=ConflictColumn.NEW)
        self.pair_box, self.conflict_box = QGroupBox(self), QGroupBox(self)
        pair_layout = QVBoxLayout(self.pair_box)
        inner = QSplitter(Qt.Orientation.Horizontal, self.pair_box)
        inner.addWidget(self.pairs)
        inner.addWidget(self.side)
        pair_layout.addWidget(inner, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        buttons.addWidget(self.status, 1)
        pair_layout.addLayout(buttons)
        QVBoxLayout(self.conflict_box).addWidget(self.conflicts)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.pair_box)
        splitter.addWidget(self.conflict_box)
        QVBoxLayout(self).addWidget(splitter)
        self.pairs.selectionModel().selectionChanged.connect(self._show_pair)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Review")

    def retranslate(self) -> None:
        self.link_button.setText(self.tr("&Link: the same person"))
        self.unlink_button.setText(self.tr("&Unlink"))
        self.pair_model.retranslate()
        self.conflict_model.retranslate()
        self.side.setVerticalHeaderLabels([QCoreApplication.translate("HqReview", FIELD_LABELS[f]) for f in EVIDENCE_FIELDS])
        self.side.setHorizontalHeaderLabels([QCoreApplication.translate("HqReview", "Record A"), QCoreApplication.translate("HqReview", "Record B")])
        self._titles()
        if self._said is not None:  # what the last link or unlink said, in the new language
            self._say(*self._said)

    def _say(self, source: str, name_a: str, name_b: str) -> None:
        self._said = (source, name_a, name_b)
        self.status.setText(self.tr(source).replace("%1", name_a).replace("%2", name_b))

    def _titles(self) -> None:
        pairs = self.pair_model.rows()
        self.pair_box.setTitle(self.tr("Likely duplicate persons: %1 to check, %2 linked")
                               .replace("%1", number(sum(not p.linked for p in pairs)))
                               .replace("%2", number(sum(p.linked for p in pairs))))
        self.conflict_box.setTitle(self.tr("Merge conflicts and refused rows: %1 (old and new value, source bundle)")
                                   .replace("%1", number(self.conflict_model.rowCount())))

    def refresh(self) -> None:
        chosen = self.pairs.selected()
        PairModel.names = dict(hospitals(self.ctx.store))
        self.pair_model.set_rows(duplicates(self.ctx.store))
        self.conflict_model.set_rows(conflicts(self.ctx.store))
        if chosen is None or not self.pairs.select_where(
                lambda p: (p.patient_a, p.patient_b) == (chosen.patient_a, chosen.patient_b)):
            self.pairs.select_first()
        self._titles()
        self._show_pair()

    def _show_pair(self) -> None:
        pair = self.pairs.selected()
        self.link_button.setEnabled(pair is not None and not pair.linked)
        self.unlink_button.setEnabled(pair is not None and pair.linked)
        for column, patient_id in enumerate((pair.patient_a, pair.patient_b) if pair else ()):
            values = evidence(self.ctx.store, patient_id).values
            for row, name in enumerate(EVIDENCE_FIELDS):
                text = _readable(name, values[name])
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.side.setItem(row, column, item)
        self.side.resizeRowsToContents()

    def link_selected(self) -> None:
        pair = self.pairs.selected()
        if pair is None:
            return
        try:
            link(self.ctx.store, pair.patient_a, pair.patient_b, reason=pair.reason, actor=self.ctx.actor)
        except DomainError as exc:
            self.status.setText(describe_error(exc))
            return
        self._say(QT_TRANSLATE_NOOP("ReviewPage", "Linked: HQ figures now count %1 and %2 as one person."),
                  pair.name_a, pair.name_b)
        self.ctx.signals.changed.emit("patient_links")

    def unlink_selected(self) -> None:
        pair = self.pairs.selected()
        if pair is None:
            return
        try:
            unlink(self.ctx.store, pair.patient_a, pair.patient_b, actor=self.ctx.actor)
        except DomainError as exc:
            self.status.setText(describe_error(exc))
            return
        self._say(QT_TRANSLATE_NOOP("ReviewPage", "Unlinked: %1 and %2 are counted as two people again."),
                  pair.name_a, pair.name_b)
        self.ctx.signals.changed.emit("patient_links")


_CODED = {"sex": Sex, "category": PatientCategory}


def _readable(field: str, value: str) -> str:
    """A stored code ("female", "local_civilian") as the analyst reads it, in the window's language."""
    kind = _CODED.get(field)
    if kind is None or value not in {member.value for member in kind}:
        return value
    return vocab_label(kind(value))
