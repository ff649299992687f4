# PyInstaller run-time hook (see minigrid.spec, _deferred_runtime_hooks): PyInstaller's own
# run-time hooks for a few modules, run when the program first imports the module instead of
# at every start.
#
# PyInstaller runs its hook for multiprocessing (and for pkgutil) before the program's first
# line, and each hook imports its module to patch it: multiprocessing alone brings in socket,
# subprocess, pickle and selectors, ≈ 5 % of the time until the window has painted, although
# the window starts the engine's process only after its first paint. Here each hook's code
# (copied unchanged from PyInstaller by the spec into HOOKS) runs right after its module has
# been executed, so the program finds the module patched exactly as before, whenever it
# imports it. A worker process started by multiprocessing imports the module at once
# (installers/minigrid_entry.py calls multiprocessing.freeze_support() for it).

import builtins
import sys

#: module name → source of PyInstaller's run-time hook for it (filled in by the spec)
HOOKS = {}


def _install(hooks):
    class PatchAfterImport:
        """A meta path finder that finds nothing itself: for a module in ``hooks`` it takes the
        spec the other finders give and has the hook run once the module's code has run."""

        def find_spec(self, name, path=None, target=None):
            if name not in hooks:
                return None
            source = hooks.pop(name)
            if not hooks:
                sys.meta_path.remove(self)
            for finder in sys.meta_path:
                if finder is self or not hasattr(finder, "find_spec"):
                    continue
                spec = finder.find_spec(name, path, target)
                if spec is not None:
                    break
            else:
                return None
            if spec.loader is None or not hasattr(spec.loader, "exec_module"):
                return spec
            spec.loader = ThenHook(spec.loader, name, source)
            return spec

    class ThenHook:
        """The module's own loader, then the hook; the module keeps its own loader."""

        def __init__(self, loader, name, source):
            self.loader, self.name, self.source = loader, name, source

        def create_module(self, spec):
            return self.loader.create_module(spec)

        def exec_module(self, module):
            module.__loader__ = module.__spec__.loader = self.loader
            self.loader.exec_module(module)
            code = compile(self.source, f"pyi_rth_{self.name}.py", "exec")
            exec(code, {"__name__": f"pyi_rth_{self.name}", "__builtins__": builtins})

    if hooks:
        sys.meta_path.insert(0, PatchAfterImport())


_install(dict(HOOKS))
del _install
