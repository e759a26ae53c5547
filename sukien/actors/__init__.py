"""Actors: persons, organisations and countries named in a sentence, with office and country.

underthesea's tagger proposes proper-noun runs; the lexicons (titles, ranks,
honorifics, organisation heads, countries) split titles, organisations and
countries off the names and tell persons from places.
"""

from sukien.actors._mentions import Mention, find_mentions

__all__ = ["Mention", "find_mentions"]
