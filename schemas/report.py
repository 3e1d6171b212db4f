from pydantic import BaseModel, ConfigDict

from schemas.budget import BudgetLine
from schemas.document import DocumentInfo
from schemas.projects import Project
from schemas.staffing import StaffingCount
from schemas.tables import GenericTable
from schemas.vehicles import VehicleFleet


class Report(BaseModel):
    """Everything one report file says, as typed records. A pure function of the file's bytes."""

    model_config = ConfigDict(extra="forbid")
    path: str
    format: str
    document: DocumentInfo
    staffing: list[StaffingCount] = []
    vehicles: list[VehicleFleet] = []
    budget: list[BudgetLine] = []
    projects: list[Project] = []
    tables: list[GenericTable] = []
