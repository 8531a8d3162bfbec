"""Dialogs: they gather input, the core validates and saves; errors appear beside the field they concern."""
