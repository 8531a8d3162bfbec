"""Use cases: one function per user action that spans several records, called by the window and the command line."""
