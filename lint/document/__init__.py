"""The document model and how Markdown files become it."""
