"""reportdb: read → document model → extract → check → load → command."""
