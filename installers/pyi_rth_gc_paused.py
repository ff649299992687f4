# PyInstaller run-time hook (minigrid.spec): the cyclic garbage collector rests while the other
# run-time hooks import Qt (PySide6's hook) and the rest, as it rests from Qt's import in the
# source tree (minigrid_app.ui.app: the objects made then live as long as the program).
# installers/minigrid_entry.py turns it back on before anything else runs.
import gc

gc.disable()
