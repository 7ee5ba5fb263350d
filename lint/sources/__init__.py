"""Loaders for the project's knowledge: bibliography, glossary."""
