"""The encounter form, built for a triage desk: keyboard only from patient search to save, vitals checked
as typed, ICD-10 → MDS, and the admission or evacuation fields in the same form. Drafts are autosaved."""

from l2fh_desk.ui.pages.encounter.drafts import DRAFT_FORM, DraftOffer
from l2fh_desk.ui.pages.encounter.page import EncounterPage

__all__ = ["DRAFT_FORM", "DraftOffer", "EncounterPage"]
