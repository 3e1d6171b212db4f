"""Typed records (pydantic v2) for one report: what the extractors produce and the loader stores."""

from schemas.budget import BudgetLine
from schemas.common import Source
from schemas.document import DocumentInfo, GeneralText, GeneralTextPart
from schemas.findings import Finding
from schemas.projects import Project, ProjectItem
from schemas.report import Report
from schemas.staffing import StaffingCount
from schemas.tables import GenericTable
from schemas.vehicles import VehicleCount, VehicleFleet, group_of

__all__ = [
    "BudgetLine", "DocumentInfo", "Finding", "GeneralText", "GeneralTextPart", "GenericTable", "Project",
    "ProjectItem", "Report", "Source", "StaffingCount", "VehicleCount", "VehicleFleet", "group_of",
]
