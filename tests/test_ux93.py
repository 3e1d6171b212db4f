"""Command-line leftovers a council's staff met: `reportdb show 2023-hanbit-jaemu` (a file's name as `ls` lists
it, without its extension) found nothing; `reportdb` alone exited 2 with the help on stderr; `search --limit 0`
said click's range of SQLite's integers; a folder holding only a README said it held no report, not that its
README was skipped."""

import pytest

from tests.test_cli_journeys import copy_sample, jaemu_db, reportdb  # noqa: F401  (jaemu_db: a fixture)

JAEMU = "2023-hanbit-jaemu"


def shown(stdout: str) -> dict[str, str]:
    """`show`'s facts table: `id`, `path`, `format` …, each as printed."""
    return {cells[0].strip(): cells[1].strip() for line in stdout.splitlines() if line.startswith("│")
            and len(cells := line.split("│")[1:-1]) == 2}


@pytest.fixture
def twins(tmp_path):
    """The sample report as its text and its PDF beside it, loaded: ids 1 (the PDF) and 2 (the text)."""
    for suffix in (".txt", ".pdf"):
        copy_sample(JAEMU + suffix, tmp_path / "in" / (JAEMU + suffix))
    assert reportdb("ingest", "in", "--db", "r.db", "--workers", "1", cwd=tmp_path).returncode == 0
    return tmp_path


def test_a_file_name_without_its_extension_shows_its_text_and_says_where_its_pdf_is(twins):
    """Before: `Error: no document matches '2023-hanbit-jaemu': try an id from …`, exit 1."""
    folder = twins.resolve() / "in"
    note = f"{JAEMU}: showing its text, {JAEMU}.txt ({JAEMU}.pdf is id 1)\n"
    for typed in (JAEMU, f"in/{JAEMU}", str(folder / JAEMU)):
        result = reportdb("show", typed, "--db", "r.db", cwd=twins)
        assert (result.returncode, result.stderr) == (0, note.replace(JAEMU, typed, 1)), typed
        facts = shown(result.stdout)
        assert (facts["id"], facts["path"], facts["format"]) == ("2", str(folder / f"{JAEMU}.txt"), "text")
    pdf = reportdb("show", f"{JAEMU}.pdf", "--db", "r.db", cwd=twins)
    assert (pdf.returncode, pdf.stderr) == (0, "")
    assert (shown(pdf.stdout)["id"], shown(pdf.stdout)["format"]) == ("1", "pdf")


def test_a_pdf_alone_is_shown_by_its_name_without_its_extension(tmp_path):
    copy_sample(JAEMU + ".pdf", tmp_path / (JAEMU + ".pdf"))
    assert reportdb("ingest", JAEMU + ".pdf", "--db", "r.db", cwd=tmp_path).returncode == 0
    result = reportdb("show", JAEMU, "--db", "r.db", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    assert (shown(result.stdout)["id"], shown(result.stdout)["format"]) == ("1", "pdf")


def test_a_name_without_its_extension_in_two_folders_lists_their_texts_to_pick_by_id(twins):
    """Two versions of the report (a corrected copy in another folder): which one is the user's to say."""
    copy_sample(JAEMU + ".txt", twins / "fixed" / (JAEMU + ".txt"))
    fixed = twins / "fixed" / (JAEMU + ".txt")
    fixed.write_text(fixed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert reportdb("ingest", "fixed", "--db", "r.db", cwd=twins).returncode == 0
    result = reportdb("show", JAEMU, "--db", "r.db", cwd=twins)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (f"Error: 2 documents match '{JAEMU}'; give one id: 3 (한빛구의회 2023, {JAEMU}.txt), "
                             f"2 (한빛구의회 2023, {JAEMU}.txt)\n")
    one = reportdb("show", f"fixed/{JAEMU}", "--db", "r.db", cwd=twins)
    assert (one.returncode, one.stderr, shown(one.stdout)["id"]) == (0, "", "3")


def test_a_name_of_a_text_and_a_markdown_beside_it_lists_both(twins):
    """Two texts of one name (`.txt` and `.md`) and no rule to pick: listed, as any two documents a name matches."""
    md = twins / "in" / (JAEMU + ".md")
    md.write_text((twins / "in" / (JAEMU + ".txt")).read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert reportdb("ingest", "in", "--db", "r.db", cwd=twins).returncode == 0
    result = reportdb("show", JAEMU, "--db", "r.db", cwd=twins)
    assert (result.returncode, result.stderr) == (1, (
        f"Error: 3 documents match '{JAEMU}'; give one id: 3 (한빛구의회 2023, {JAEMU}.md), "
        f"1 (한빛구의회 2023, {JAEMU}.pdf), 2 (한빛구의회 2023, {JAEMU}.txt)\n"))


def test_a_file_named_as_typed_comes_before_one_whose_name_without_its_extension_it_is(tmp_path):
    copy_sample(JAEMU + ".txt", tmp_path / JAEMU)
    other = copy_sample("2025-hanbit-bokji.txt", tmp_path / (JAEMU + ".txt"))
    assert reportdb("ingest", JAEMU, other.name, "--db", "r.db", cwd=tmp_path).returncode == 0
    result = reportdb("show", JAEMU, "--db", "r.db", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    assert shown(result.stdout)["path"] == str(tmp_path.resolve() / JAEMU)


def test_a_name_matching_no_file_is_still_refused_as_before(twins):
    result = reportdb("show", "hanbit-jaemu", "--db", "r.db", cwd=twins)
    assert (result.returncode, result.stderr) == (1, (
        "Error: no document matches 'hanbit-jaemu': try an id from "
        "`reportdb query 'SELECT id, department, year, path FROM documents'`\n"))


def test_reportdb_alone_prints_the_help_and_exits_0(tmp_path):
    """Before: the help on stderr, exit 2, as a mistake."""
    alone = reportdb(cwd=tmp_path)
    helped = reportdb("--help", cwd=tmp_path)
    assert (alone.returncode, alone.stderr) == (0, "")
    assert alone.stdout == helped.stdout
    assert alone.stdout.splitlines()[0] == "Usage: main [OPTIONS] COMMAND [ARGS]..."  # `main` to CliRunner
    assert "Commands:" in alone.stdout.splitlines()
    process = reportdb(cwd=tmp_path, own_process=True)
    assert (process.returncode, process.stderr, process.stdout.splitlines()[0]) == (
        0, "", "Usage: python -m pipeline.cli [OPTIONS] COMMAND [ARGS]...")


@pytest.mark.parametrize("limit", ["0", "-3"])
def test_a_search_limit_below_1_says_it_shows_nothing(jaemu_db, limit):  # noqa: F811
    """Before: `0 is not in the range 1<=x<=4611686018427387904.`"""
    result = reportdb("search", "재산", "--db", jaemu_db, "--limit", limit, cwd=jaemu_db.parent)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.splitlines()[-1] == (
        f"Error: Invalid value for '--limit': {limit} shows no match: give 1 or more")
    too_many = reportdb("search", "재산", "--db", jaemu_db, "--limit", str(10**20), cwd=jaemu_db.parent)
    assert (too_many.returncode, too_many.stderr.splitlines()[-1]) == (
        2, "Error: Invalid value for '--limit': 100000000000000000000 is past what SQLite counts: give at most "
           "4611686018427387904")
    one = reportdb("search", "재산", "--db", jaemu_db, "--limit", "1", cwd=jaemu_db.parent)
    assert (one.returncode, one.stdout.splitlines()[0].strip()) == (0, "the first match; there are more (--limit N)")


def test_a_folder_holding_only_readmes_says_they_were_skipped(tmp_path):
    """Before: `in: no .txt, .md or .pdf reports found`, as of an empty folder."""
    (tmp_path / "in" / "2024").mkdir(parents=True)
    (tmp_path / "in" / "README.md").write_text("# 보고서 모음\n", encoding="utf-8")
    (tmp_path / "in" / "2024" / "readme.txt").write_text("notes\n", encoding="utf-8")
    (tmp_path / "in" / "notes.docx").write_text("x", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    line = "in: no .txt, .md or .pdf reports found (2024/readme.txt, README.md skipped: a README is read only when "\
           "given by name)"
    checked = reportdb("check", "in", "empty", cwd=tmp_path)
    assert (checked.returncode, checked.stderr) == (1, f"{line}\nempty: no .txt, .md or .pdf reports found\n")
    ingested = reportdb("ingest", "in", "--db", "r.db", cwd=tmp_path)
    assert (ingested.returncode, ingested.stdout.splitlines()[:4]) == (1, [
        "skipped   in/2024/readme.txt (a README: given by name, it is read)",
        "skipped   in/README.md (a README: given by name, it is read)",
        "skipped   in/notes.docx (not .txt, .md or .pdf)", line])


def test_a_folder_of_many_readmes_names_three(tmp_path):
    for name in ("a", "b", "c", "d"):
        (tmp_path / "in" / name).mkdir(parents=True)
        (tmp_path / "in" / name / "README.md").write_text("notes\n", encoding="utf-8")
    checked = reportdb("check", "in", cwd=tmp_path)
    assert (checked.returncode, checked.stderr) == (1, (
        "in: no .txt, .md or .pdf reports found (a/README.md, b/README.md, c/README.md, … skipped: a README is "
        "read only when given by name)\n"))
