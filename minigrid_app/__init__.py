"""Minigrid: does a mini heat network with shared ground loops suit our street?"""

__version__ = "0.1.0"
APP_NAME = "Minigrid"
APP_ORGANISATION = "Minigrid"
