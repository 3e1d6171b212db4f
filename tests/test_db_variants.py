"""The database's migrations and search, each test a case the review of the schema-10 change found wrong."""

import subprocess
import sys
from pathlib import Path

import pytest

from checks import run_checks
from pipeline.db import connect
from pipeline.load import load_report
from tests.corpus import as_old_schema
from tests.test_vehicles_more import report
from tests.test_vehicles_statuses import SHORTFALL_COLUMNS

ROOT = Path(__file__).resolve().parents[1]

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


@pytest.mark.parametrize(("version", "imported"), [(8, True), (9, False)])
def test_only_a_migration_that_reads_the_council_imports_the_extractors(tmp_path, version, imported):
    """The extractors take longer to import than `reportdb query` takes to run; before, migrating from schema 9,
    whose migration reads no council, imported them too."""
    connect(tmp_path / "r.db").close()
    as_old_schema(tmp_path / "r.db", version)
    probe = ("import sys; from pipeline.db import connect; connect(sys.argv[1]); "
             "print('extractors.document_info' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe, str(tmp_path / "r.db")], capture_output=True, text=True,
                            check=True, cwd=ROOT)
    assert result.stdout == f"{imported}\n"
