"""Views of a :class:`~newsdiff.models.Comparison`: JSON (the contract) and text."""
