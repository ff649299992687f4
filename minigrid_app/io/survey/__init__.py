"""Import households from a residents' survey: an Excel workbook (.xlsx) or a CSV file.

Three steps, each usable on its own (the command line and the import dialog use all three; the
first two through :func:`read_survey` (:mod:`.sheets`), which finds the sheet that holds the survey):

1. :func:`read_table` (:mod:`.read`) reads the file into a :class:`SurveyTable` of strings,
   refusing anything that is not a reasonable survey with a Dutch and English message;
2. :func:`choose_columns` (:mod:`.columns`) chooses a column per household field from the
   headers *and* the cells, with a reason per field, and recognises a file that is one
   household's monthly history rather than a survey;
3. :func:`convert` (:mod:`.convert`) turns every row into a household with a status
   (``ok``, ``doubtful``, ``refused``), reading every cell with
   :mod:`minigrid_app.core.reading`, the reader every entry path uses.

What importing then comes to (which rows become homes, the project's limit, a monthly
history's year's use) is decided once in :mod:`.outcome`; the command line and the dialog show it.
"""

from minigrid_app.io.survey.columns import (
    ColumnChoice,
    ColumnPlan,
    MonthlyHistory,
    choose_columns,
    guess_mapping,
    parse_column_choice,
)
from minigrid_app.io.survey.convert import ImportReport, Parsed, RowReport, convert, parse_cell
from minigrid_app.io.survey.outcome import (
    ImportOutcome,
    MonthlyOutcome,
    home_named,
    import_outcome,
    monthly_outcome,
    survey_report,
)
from minigrid_app.io.survey.read import read_table
from minigrid_app.io.survey.sheets import read_survey
from minigrid_app.io.survey.table import (
    DOUBTFUL,
    FIELD_LABELS_EN,
    FIELD_LABELS_NL,
    IMPORT_FIELDS,
    KNOWN,
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_ROWS,
    OK,
    REFUSED,
    STATUSES,
    ImportFileError,
    SurveyTable,
    column_letter,
)

__all__ = [
    "DOUBTFUL",
    "FIELD_LABELS_EN",
    "FIELD_LABELS_NL",
    "IMPORT_FIELDS",
    "KNOWN",
    "MAX_CELL_CHARS",
    "MAX_COLUMNS",
    "MAX_ROWS",
    "OK",
    "REFUSED",
    "STATUSES",
    "ColumnChoice",
    "ColumnPlan",
    "ImportFileError",
    "ImportOutcome",
    "ImportReport",
    "MonthlyHistory",
    "MonthlyOutcome",
    "Parsed",
    "RowReport",
    "SurveyTable",
    "choose_columns",
    "column_letter",
    "convert",
    "guess_mapping",
    "home_named",
    "import_outcome",
    "monthly_outcome",
    "parse_cell",
    "parse_column_choice",
    "read_survey",
    "read_table",
    "survey_report",
]
