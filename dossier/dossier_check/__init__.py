"""The electronic-dossier check: pages grouped into documents, receipts linked, problems found, and
the decision of CONTRACT.md's `check-dossier`."""
