"""Dialogs that stand on their own (opened from a page or the menu)."""
