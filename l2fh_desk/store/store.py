"""The store object passed explicitly to every caller: one database, migrated, with one repository per aggregate."""

from __future__ import annotations

from pathlib import Path

from l2fh_desk.domain.clock import SYSTEM_CLOCK, Clock
from l2fh_desk.store import heads, presence, seal
from l2fh_desk.store.app_settings import AppSettings
from l2fh_desk.store.beds import Beds, Wards
from l2fh_desk.store.db import Database
from l2fh_desk.store.encounters import Encounters
from l2fh_desk.store.errors import StorageError, StorageProblem
from l2fh_desk.store.hospitals import Hospitals, Rotations, Staff
from l2fh_desk.store.migrate import heads_migration, latest_version, migrate
from l2fh_desk.store.outreach import Outreach
from l2fh_desk.store.patients import Patients
from l2fh_desk.store.settings import HOSPITAL_ID, Drafts, Settings
from l2fh_desk.store.users import Users
from l2fh_desk.store.ward import Admissions, Evacuations


class Store:
    def __init__(self, path: Path | str, *, create: bool = True, readonly: bool = False,
                 clock: Clock = SYSTEM_CLOCK) -> None:
        self.db = Database(path, readonly=readonly, create=create, clock=clock)
        self._holds = not readonly
        if self._holds:
            presence.hold(self.db.path)  # until close: `restore` refuses while another process holds it
        try:
            if readonly:
                if self.db.user_version > latest_version():
                    raise StorageError(StorageProblem.TOO_NEW, f"schema {self.db.user_version}")
            else:
                applied = migrate(self.db)
                seal.arm(self.db, migrated=bool(applied))
                heads.arm(self.db, started=heads_migration() in applied)
        except BaseException:
            self.close()
            raise
        self.settings = Settings(self)
        self.drafts = Drafts(self)
        self.app_settings = AppSettings(self)  # the typed settings, with their defaults
        self._has_schema = bool(self.db.user_version)
        self._origin = ""
        self.db.on_rollback.append(self._forget_origin)
        self.hospitals = Hospitals(self)
        self.rotations = Rotations(self)
        self.staff = Staff(self)
        self.patients = Patients(self)
        self.encounters = Encounters(self)
        self.admissions = Admissions(self)
        self.evacuations = Evacuations(self)
        self.wards = Wards(self)
        self.beds = Beds(self)
        self.outreach = Outreach(self)
        self.users = Users(self)

    def reconnect(self) -> None:
        """A new connection to the same file (after it was encrypted in place), armed as at open."""
        self.db.reconnect()
        if not self.db.readonly:
            seal.arm(self.db, migrated=False)

    @property
    def origin(self) -> str:
        """This installation's hospital id: the `hospital_id` settings row ("" in an HQ database or before the
        first run). Read once it exists (it never changes), forgotten when a transaction is rolled back."""
        if not self._origin and self._has_schema:
            self._origin = str(self.settings.get(HOSPITAL_ID, ""))
        return self._origin

    def _forget_origin(self) -> None:
        self._origin = ""

    @property
    def path(self) -> Path:
        return self.db.path

    def reopen(self, *, readonly: bool = False) -> Store:
        """Another store on the same file, opened the same way: a connection of the calling thread's own
        (background work, a report's snapshot), closed by the caller."""
        return Store(self.path, create=False, readonly=readonly, clock=self.clock)

    @property
    def clock(self) -> Clock:
        return self.db.clock

    def close(self) -> None:
        if self._holds:
            heads.sign_quietly(self.db, "close")
            self._holds = False
            presence.release(self.db.path)
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
