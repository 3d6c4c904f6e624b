"""Input at the edge: case files (JSON) and batches (JSON, CSV, XLSX) into the case model."""
