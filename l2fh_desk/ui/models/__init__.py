"""Qt item models over domain objects (columns declared once, display text and a raw sortable value)."""
