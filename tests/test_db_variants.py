"""The database's migrations and search, each test a case the review of the schema-10 change found wrong."""

import pytest

from checks import run_checks
from pipeline.db import connect
from pipeline.load import load_report
from tests.corpus import as_old_schema
from tests.test_vehicles_more import report
from tests.test_vehicles_statuses import SHORTFALL_COLUMNS

HELD = [("보유", "계", "계", 11), ("보유", "승용", "소계", 7), ("보유", "승합", "소계", 4)]
BY_STATUS = [*HELD, ("정수", "계", "계", 12), ("정수", "승용", "소계", 7), ("정수", "승합", "소계", 5),
             ("과부족", "계", "계", -1), ("과부족", "승용", "소계", 0), ("과부족", "승합", "소계", -1)]


@pytest.mark.parametrize("version", [1, 4, 7, 8, 9])
def test_a_fleet_printing_its_quota_by_kind_migrates_with_the_rows_its_schema_held(tmp_path, version):
    """A reportdb before schema 8 stored the vehicles held only; its database, migrated, holds them as 보유 and no
    quota or shortfall as vehicles held. Before, the old database the tests made kept the 정수 and 과부족 rows."""
    r = report("공용차량 현황 : 총 11대", SHORTFALL_COLUMNS, "tabs")
    db = connect(tmp_path / "r.db")
    load_report(db, r, "sha-1", run_checks(r))
    db.close()
    as_old_schema(tmp_path / "r.db", version)
    db = connect(tmp_path / "r.db")
    assert db.execute("SELECT status, category, kind, count FROM vehicles ORDER BY id").fetchall() == (
        HELD if version < 8 else BY_STATUS)
