"""Files and formats around the engine (project files, tables, documents, workbooks).

Importing the package gives the engine its shipped g-function tables (read when first needed).
"""

from minigrid_app.io import gfunction_tables as _gfunction_tables

_gfunction_tables.install()
