from __future__ import annotations

from pydantic import Field

from schemas.budget import BudgetLine
from schemas.common import Record


class ProjectItem(Record):
    """A bullet under a project's □ heading (사업개요, 주요 추진실적, 향후계획 …), nested as printed."""

    heading: str
    depth: int
    text: str
    start_month: int | None = None
    end_month: int | None = None
    year: int | None = None  # the year start_month is in (the report's, its part's or another), end_month too
    end_year: int | None = None  # the year end_month is in where it is another (`11월 ~ 익년 2월`), else None
    # each month it runs in, `2025-04` (`--04` where no year is known): a list's listed only (`4월·9월`), where
    # start_month..end_month is its span (4–9); None where it has no months
    months: list[str] | None = None
    amount_krw: int | None = None
    children: list[ProjectItem] = Field(default_factory=list)


class Project(Record):
    """A project of a section such as `Ⅱ 주요업무 추진실적`; `title_from` is 'body' or 'toc'; `title` its name
    alone, without the continuity marker a plan prints with it (`continuity`)."""

    section: str
    seq: int
    title: str | None = None
    title_from: str | None = None
    team: str | None = None
    purpose: str | None = None
    unit_name: str | None = None  # the 단위사업 it sits in, where the report prints it (`단위사업: …`)
    # `신규`, `계속`, `확대`, `축소`, `변경`, `완료` or `종료`, where its title is so marked (`① 제목 [계속] (팀)`)
    continuity: str | None = None
    former_title: str | None = None  # the name it had before, printed after its title: `(구 청사 관리)`
    items: list[ProjectItem] = Field(default_factory=list)
    budget_lines: list[BudgetLine] = Field(default_factory=list)
    # the budgets its text states (`예산: 1,560,000천원(시비 560,000 …)`), every year's in the order stated, read once
    # (`stated_budgets`): its budget_lines where it prints no table; no record, only compared with its table
    stated_budget_lines: list[BudgetLine] = Field(default_factory=list, exclude=True)
    # the sources of its total cost over its years its overview prints (`총사업비: 3,600백만원(국비 1,800, …)`), as a
    # cost table by sources keeps its 총사업비 column: no year's budget, so not among `budget_lines`; stored as they are
    total_cost_lines: list[BudgetLine] = Field(default_factory=list)
