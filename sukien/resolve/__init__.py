"""Resolve what the events need beyond their participants: dates, places and contexts."""
